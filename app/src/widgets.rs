//! Interactive islands: the only parts of a page that load WebAssembly.
//! They get their texts already translated as props, so the browser needs no
//! Fluent catalogue, and each works as a plain form without JavaScript.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct FilterEntry {
    pub href: String,
    pub label: String,
    pub detail: String,
}

fn matches(entry: &FilterEntry, query: &str) -> bool {
    let q = query.trim().to_lowercase();
    q.is_empty() || entry.label.to_lowercase().contains(&q) || entry.detail.to_lowercase().contains(&q)
}

/// A list of links with a filter box. Without JavaScript the box is a GET
/// form the server answers with the filtered list; once hydrated it filters
/// as you type and announces the number of matches.
#[island]
pub fn FilterList(
    entries: Vec<FilterEntry>,
    label: String,
    hint: String,
    /// A translated "# entries" text; `#` is replaced with the count.
    count_template: String,
    query: String,
) -> impl IntoView {
    let (query, set_query) = signal(query);
    let shown = {
        let entries = entries.clone();
        move || entries.iter().filter(|e| matches(e, &query.get())).cloned().collect::<Vec<_>>()
    };
    let count = {
        let shown = shown.clone();
        move || count_template.replace('#', &shown().len().to_string())
    };
    view! {
        <form method="get" class="filter" role="search">
            <label for="filter-q">{label}</label>
            <p class="hint" id="filter-q-hint">{hint}</p>
            <div class="inline">
                <input id="filter-q" name="q" type="search" aria-describedby="filter-q-hint"
                    prop:value=query
                    on:input=move |ev| set_query.set(event_target_value(&ev))/>
            </div>
        </form>
        <p class="count" role="status">{count}</p>
        <ul class="link-list">
            {move || shown().into_iter().map(|e| view! {
                <li><a href=e.href>{e.label}</a>" "<span class="detail">{e.detail}</span></li>
            }).collect_view()}
        </ul>
    }
}
