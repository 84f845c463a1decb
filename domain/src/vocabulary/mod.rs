//! The domain's typed values, stored under the snake-case names that are
//! also the suffixes of their Fluent ids. They sit below the tables
//! (`schema`) and every feature, so any of them may use them.

/// `parse` from the stored name and `Display` as it, for an enum that has
/// `ALL` and `as_str` (one rule for every stored name).
macro_rules! stored_names {
    ($($name:ty),* $(,)?) => {$(
        impl $name {
            /// The value with this stored name; `None` for anything else
            /// (a form, a query string, a file from outside).
            pub fn parse(name: &str) -> Option<Self> {
                Self::ALL.into_iter().find(|v| v.as_str() == name)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    )*};
}
pub mod concern_event;
pub mod concern_status;
pub mod forum;
pub mod participation;
pub mod ids;
pub mod place;
pub mod statistic;
pub mod survey;
