//! Atom feeds of new concerns and public answers (the city, a district, a
//! category, an office, one concern) and of published survey results. Pages
//! announce theirs in the document head and link to it where readers see it.
#[cfg(feature = "ssr")]
pub mod handlers;

use leptos::prelude::*;

/// The feed of the page: `<link rel="alternate">` in the head, and a link
/// on the page. `title` is a translated text, never a resident's.
#[component]
pub fn FeedLink(#[prop(into)] href: String, #[prop(into)] title: String) -> impl IntoView {
    view! {
        <leptos_meta::Link rel="alternate" type_="application/atom+xml" href=href.clone() title=title.clone()/>
        <p class="feed-link"><a href=href type="application/atom+xml">{title}</a></p>
    }
}
