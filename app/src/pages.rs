//! Small pieces shared by pages: loading and error views, number formatting,
//! the not-found page.
use crate::error::PageError;
use crate::i18n::t;
use crate::layout::PageTitle;
use leptos::prelude::*;

#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading">{t("loading")}</p> }
}

/// Shows a failed load and sets its HTTP status on the page.
#[component]
pub fn ErrorView(error: PageError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(resp) = use_context::<leptos_axum::ResponseOptions>() {
        resp.set_status(http::StatusCode::from_u16(error.status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR));
    }
    let key = error.key;
    let sign_in = key == "error-unauthenticated";
    view! {
        <PageTitle text=t(&format!("{key}-title"))/>
        <p>{t(&key)}</p>
        {sign_in.then(|| view! { <p><a href="/login">{t("login")}</a></p> })}
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    view! { <ErrorView error=PageError::not_found()/> }
}
