//! Who is looking at a page, in which language, and the CSRF token their
//! forms carry. Computed once per request by the server's request-context
//! middleware and read by pages while rendering.
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Viewer {
    pub user: Option<SignedIn>,
    pub lang: String,
    pub plain: bool,
    pub csrf: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct SignedIn {
    pub id: i32,
    pub display_name: String,
    pub email: String,
    pub is_admin: bool,
    /// Forums this person moderates.
    pub moderates: Vec<i32>,
    /// Forums this person is a member of (moderators included).
    pub member_of: Vec<i32>,
    /// Forums for which this person enters door-to-door interviews.
    pub interviews_for: Vec<i32>,
    /// Offices this person works for.
    pub staff_of: Vec<i32>,
}

impl Viewer {
    pub fn is_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.is_admin)
    }

    pub fn dir(&self) -> &'static str {
        crate::i18n::dir_of(&self.lang)
    }

    /// The viewer of the request being rendered or served.
    pub fn current() -> Viewer {
        #[cfg(feature = "ssr")]
        {
            use leptos::prelude::use_context;
            if let Some(v) = use_context::<Viewer>() {
                return v;
            }
            use_context::<http::request::Parts>()
                .and_then(|p| p.extensions.get::<Viewer>().cloned())
                .unwrap_or_else(|| Viewer { lang: crate::i18n::DEFAULT_LANGUAGE.into(), ..Default::default() })
        }
        #[cfg(not(feature = "ssr"))]
        {
            leptos::prelude::use_context::<Viewer>().unwrap_or_default()
        }
    }
}
