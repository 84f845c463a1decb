//! The home page: what Quartier is, in plain words.
use crate::i18n::t;
use crate::layout::PageTitle;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <PageTitle text=t("home-title")/>
        <p class="lead">{t("home-lead")}</p>
        <section class="steps" aria-labelledby="how-heading">
            <h2 id="how-heading">{t("home-how-title")}</h2>
            <ol>
                <li>{t("home-step-report")}</li>
                <li>{t("home-step-route")}</li>
                <li>{t("home-step-answer")}</li>
                <li>{t("home-step-follow")}</li>
            </ol>
        </section>
        <section aria-labelledby="start-heading">
            <h2 id="start-heading">{t("home-start-title")}</h2>
            <ul class="cards">
                <li><a href="/report">{t("home-card-report")}</a><br/>{t("home-card-report-text")}</li>
                <li><a href="/districts">{t("home-card-districts")}</a><br/>{t("home-card-districts-text")}</li>
                <li><a href="/surveys">{t("home-card-surveys")}</a><br/>{t("home-card-surveys-text")}</li>
                <li><a href="/forums">{t("home-card-forums")}</a><br/>{t("home-card-forums-text")}</li>
                <li><a href="/offices">{t("home-card-offices")}</a><br/>{t("home-card-offices-text")}</li>
            </ul>
        </section>
        <section aria-labelledby="languages-heading">
            <h2 id="languages-heading">{t("home-languages-title")}</h2>
            <p>{t("home-languages-text")}" "<a href="/language">{t("home-languages-link")}</a></p>
        </section>
    }
}


