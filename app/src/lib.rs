//! Quartier's web layer: the Leptos application. Pages render on the
//! server; only the islands in [`widgets`] hydrate in the browser. Behind
//! the `ssr` feature live the server functions and form handlers, which
//! call the domain crate (entities and services).
#![recursion_limit = "512"]

pub mod access;
pub mod accessibility;
pub mod accounts;
pub mod admin;
pub mod audit;
pub mod categories;
pub mod charts;
pub mod concerns;
pub mod districts;
pub mod error;
pub mod feeds;
pub mod forms;
pub mod forums;
pub mod home;
pub mod html;
pub mod i18n;
pub mod inbox;
pub mod layout;
pub mod moderation;
pub mod offices;
pub mod open311;
pub mod open_data;
pub mod pages;
pub mod places;
pub mod plain_language;
pub mod privacy;
pub mod routing;
pub mod statistics;
pub mod viewer;
pub mod widgets;
#[cfg(feature = "ssr")]
pub mod state;
pub mod surveys;
pub mod translations;
#[cfg(feature = "ssr")]
pub mod web;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};
use viewer::Viewer;

/// The HTML document. Language and direction come from the request.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // The response's CSP nonce goes on Leptos's inline scripts.
    #[cfg(feature = "ssr")]
    if let Some(nonce) = use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<web::CspNonce>().cloned()) {
        provide_context(leptos::nonce::Nonce::from_value(nonce.as_str()));
    }
    let viewer = Viewer::current();
    view! {
        <!DOCTYPE html>
        <html lang=viewer.lang.clone() dir=viewer.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <link rel="stylesheet" href="/assets/quartier.css"/>
                <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml"/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let viewer = Viewer::current();
    i18n::provide_i18n(&viewer.lang, viewer.plain);
    provide_context(viewer);
    // Every route (SsrMode::Async) renders completely before the response is
    // sent: pages are whole HTML documents that work without JavaScript.
    view! {
        <Router>
            <layout::Layout>
                <Routes fallback=pages::NotFound>
                    <Route path=path!("") view=home::HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/accessibility") view=accessibility::AccessibilityPage ssr=SsrMode::Async/>
                    <Route path=path!("/privacy") view=privacy::PrivacyPage ssr=SsrMode::Async/>
                    <Route path=path!("/privacy/request") view=privacy::PrivacyRequestPage ssr=SsrMode::Async/>
                    <Route path=path!("/privacy/request/confirm") view=privacy::PrivacyConfirmPage ssr=SsrMode::Async/>
                    <Route path=path!("/districts") view=districts::DistrictsPage ssr=SsrMode::Async/>
                    <Route path=path!("/districts/:id") view=districts::DistrictPage ssr=SsrMode::Async/>
                    <Route path=path!("/offices") view=offices::OfficesPage ssr=SsrMode::Async/>
                    <Route path=path!("/offices/:id") view=offices::OfficePage ssr=SsrMode::Async/>
                    <Route path=path!("/statistics") view=statistics::StatisticsPage ssr=SsrMode::Async/>
                    <Route path=path!("/statistics/participation") view=statistics::participation::ParticipationPage ssr=SsrMode::Async/>
                    <Route path=path!("/open-data") view=open_data::OpenDataPage ssr=SsrMode::Async/>
                    <Route path=path!("/forums") view=forums::ForumsPage ssr=SsrMode::Async/>
                    <Route path=path!("/forums/:id") view=forums::ForumPage ssr=SsrMode::Async/>
                    <Route path=path!("/forums/:id/:action") view=forums::ForumPage ssr=SsrMode::Async/>
                    <Route path=path!("/report") view=concerns::ReportPage ssr=SsrMode::Async/>
                    <Route path=path!("/report/sent") view=concerns::ReportSentPage ssr=SsrMode::Async/>
                    <Route path=path!("/concerns") view=concerns::ConcernsPage ssr=SsrMode::Async/>
                    <Route path=path!("/concerns/map") view=concerns::ConcernsPage ssr=SsrMode::Async/>
                    <Route path=path!("/concerns/:reference") view=concerns::ConcernPage ssr=SsrMode::Async/>
                    <Route path=path!("/concerns/:reference/translations") view=translations::TranslationsPage ssr=SsrMode::Async/>
                    <Route path=path!("/concerns/:reference/:action") view=concerns::ConcernPage ssr=SsrMode::Async/>
                    <Route path=path!("/surveys") view=surveys::SurveysPage ssr=SsrMode::Async/>
                    <Route path=path!("/surveys/:id") view=surveys::answer::AnswerPage ssr=SsrMode::Async/>
                    <Route path=path!("/surveys/:id/link") view=surveys::answer::AnswerPage ssr=SsrMode::Async/>
                    <Route path=path!("/surveys/:id/thanks") view=surveys::answer::ThanksPage ssr=SsrMode::Async/>
                    <Route path=path!("/surveys/:id/interview") view=surveys::answer::InterviewPage ssr=SsrMode::Async/>
                    <Route path=path!("/surveys/:id/edit") view=surveys::builder::BuilderPage ssr=SsrMode::Async/>
                    <Route path=path!("/surveys/:id/edit/:action") view=surveys::builder::BuilderPage ssr=SsrMode::Async/>
                    <Route path=path!("/surveys/:id/translate") view=surveys::builder::TranslatePage ssr=SsrMode::Async/>
                    <Route path=path!("/surveys/:id/check") view=surveys::builder::CheckPage ssr=SsrMode::Async/>
                    <Route path=path!("/surveys/:id/results") view=surveys::results_page::ResultsPage ssr=SsrMode::Async/>
                    <Route path=path!("/surveys/:id/codes") view=surveys::print::CodesPage ssr=SsrMode::Async/>
                    <Route path=path!("/surveys/:id/codes/sheet") view=surveys::print::CodesSheetPage ssr=SsrMode::Async/>
                    <Route path=path!("/surveys/:id/print") view=surveys::print::PrintPage ssr=SsrMode::Async/>
                    <Route path=path!("/surveys/:id/paper") view=surveys::paper_page::PaperPage ssr=SsrMode::Async/>
                    <Route path=path!("/surveys/:id/paper/review") view=surveys::paper_page::PaperReviewPage ssr=SsrMode::Async/>
                    <Route path=path!("/office") view=inbox::InboxPage ssr=SsrMode::Async/>
                    <Route path=path!("/moderation") view=moderation::TriagePage ssr=SsrMode::Async/>
                    <Route path=path!("/office/concerns/:id") view=inbox::OfficeConcernPage ssr=SsrMode::Async/>
                    <Route path=path!("/office/link/:token") view=inbox::OfficeLinkPage ssr=SsrMode::Async/>
                    <Route path=path!("/register") view=accounts::RegisterPage ssr=SsrMode::Async/>
                    <Route path=path!("/login") view=accounts::LoginPage ssr=SsrMode::Async/>
                    <Route path=path!("/logout") view=accounts::LoginPage ssr=SsrMode::Async/>
                    <Route path=path!("/forgot") view=accounts::ForgotPage ssr=SsrMode::Async/>
                    <Route path=path!("/reset") view=accounts::ResetPage ssr=SsrMode::Async/>
                    <Route path=path!("/account") view=accounts::AccountPage ssr=SsrMode::Async/>
                    <Route path=path!("/account/password") view=accounts::AccountPage ssr=SsrMode::Async/>
                    <Route path=path!("/account/email") view=accounts::AccountPage ssr=SsrMode::Async/>
                    <Route path=path!("/account/data") view=privacy::MyDataPage ssr=SsrMode::Async/>
                    <Route path=path!("/account/delete") view=privacy::MyDataPage ssr=SsrMode::Async/>
                    <Route path=path!("/account/data/prepare") view=privacy::MyDataPage ssr=SsrMode::Async/>
                    <Route path=path!("/language") view=accounts::LanguagePage ssr=SsrMode::Async/>
                    <Route path=path!("/plain-language") view=accounts::PlainLanguagePage ssr=SsrMode::Async/>
                    <Route path=path!("/admin") view=admin::AdminIndexPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/districts") view=districts::admin::AdminDistrictsPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/districts/new") view=districts::admin::AdminDistrictPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/districts/import") view=districts::admin::AdminDistrictImportPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/districts/boundaries") view=districts::admin::AdminBoundariesPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/districts/:id") view=districts::admin::AdminDistrictPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/planning-spaces") view=districts::admin::AdminPlanningSpacesPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/offices") view=offices::admin::AdminOfficesPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/offices/new") view=offices::admin::AdminOfficePage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/offices/:id") view=offices::admin::AdminOfficePage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/categories") view=categories::admin::AdminCategoriesPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/categories/new") view=categories::admin::AdminCategoryPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/categories/:id") view=categories::admin::AdminCategoryPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/forums") view=forums::admin::AdminForumsPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/forums/new") view=forums::admin::AdminForumPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/forums/:id") view=forums::admin::AdminForumPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/roles") view=admin::roles::AdminRolesPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/people/:id/delete") view=admin::roles::AdminRolesPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/rules") view=routing::admin::AdminRulesPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/api-keys") view=open311::admin::AdminApiKeysPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/api-keys/revoke") view=open311::admin::AdminApiKeysPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/rules/delete") view=routing::admin::AdminRulesPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/audit") view=audit::AuditPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/roles/revoke") view=admin::roles::AdminRolesPage ssr=SsrMode::Async/>
                </Routes>
            </layout::Layout>
        </Router>
    }
}

/// Every form endpoint of the application.
#[cfg(feature = "ssr")]
pub fn form_routes(state: &state::AppState) -> web::Routes {
    web::Routes::new()
        .merge(accounts::handlers::routes())
        .merge(accessibility::handlers::routes())
        .merge(concerns::handlers::routes())
        .merge(inbox::handlers::routes())
        .merge(moderation::handlers::routes())
        .merge(surveys::handlers::routes())
        .merge(translations::handlers::routes())
        .merge(forums::handlers::routes())
        .merge(privacy::handlers::routes())
        .merge(open311::api::routes())
        .merge(districts::handlers::routes())
        .merge(places::handlers::routes())
        .merge(statistics::handlers::routes())
        .merge(feeds::handlers::routes())
        .merge(open_data::handlers::routes())
        .merge(admin::routes(state.db.clone()))
}

/// How large a request body a path takes: uploads of photos and boundary
/// files take more than the forms' default.
#[cfg(feature = "ssr")]
pub fn body_limit(path: &str) -> Option<usize> {
    match path {
        "/report" => Some(concerns::handlers::REPORT_BODY_LIMIT),
        "/admin/districts/boundaries" => Some(districts::admin::BOUNDARY_BODY_LIMIT),
        _ => None,
    }
}
