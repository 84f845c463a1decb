//! Who is looking at a page, in which language, and the CSRF token their
//! forms carry. Computed once per request by the server's request-context
//! middleware and read by pages while rendering.
pub use domain::accounts::SignedIn;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Viewer {
    pub user: Option<SignedIn>,
    pub lang: String,
    pub plain: bool,
    pub csrf: String,
}

impl Viewer {
    /// The viewer as the domain sees someone sending a report.
    #[cfg(feature = "ssr")]
    pub fn reporter(&self) -> domain::concerns::service::Reporter {
        domain::concerns::service::Reporter { user: self.user.clone(), lang: self.lang.clone(), plain: self.plain }
    }

    pub fn is_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.is_admin)
    }

    /// The reader's language; the default where the request set none
    /// (a response that is not a page: a download, a feed).
    pub fn language(&self) -> &str {
        if self.lang.is_empty() { crate::i18n::DEFAULT_LANGUAGE } else { &self.lang }
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
