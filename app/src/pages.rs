//! Small pieces shared by pages: loading and error views, number formatting,
//! the not-found page.
use crate::i18n::t;
use crate::layout::PageTitle;
use leptos::prelude::*;

#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading">{t("loading")}</p> }
}

/// The Fluent id carried by a server function error.
pub fn error_key(e: &ServerFnError) -> String {
    match e {
        ServerFnError::ServerError(key) if key.starts_with("error-") => key.clone(),
        _ => "error-internal".into(),
    }
}

/// Shows a failed load and sets the matching HTTP status on the page.
#[component]
pub fn ErrorView(error: ServerFnError) -> impl IntoView {
    let key = error_key(&error);
    #[cfg(feature = "ssr")]
    {
        let status = match key.as_str() {
            "error-not-found" => 404,
            "error-forbidden" | "error-csrf" | "error-results-private" => 403,
            "error-unauthenticated" => 401,
            "error-rate-limited" => 429,
            k if k.starts_with("error-link-") => 403,
            _ => 500,
        };
        if let Some(resp) = use_context::<leptos_axum::ResponseOptions>() {
            resp.set_status(http::StatusCode::from_u16(status).unwrap());
        }
    }
    let sign_in = key == "error-unauthenticated";
    view! {
        <PageTitle text=t(&format!("{key}-title"))/>
        <p>{t(&key)}</p>
        {sign_in.then(|| view! { <p><a href="/login">{t("login")}</a></p> })}
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    view! { <ErrorView error=ServerFnError::ServerError("error-not-found".into())/> }
}
