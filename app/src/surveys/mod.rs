//! Surveys: forum moderators build them in plain language and many
//! languages; residents answer online, on paper or in door-to-door
//! interviews; results are counted by the database and can be published.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, part};
pub mod answer;
pub mod builder;
pub mod paper_page;
pub mod print;
pub mod results_page;
#[cfg(feature = "ssr")]
pub mod handlers;


use crate::error::PageError;
use crate::forms::{CsrfField, ErrorSummary, Field, Select};
use crate::i18n::t;
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use crate::viewer::Viewer;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A survey in a list.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct SurveyCard {
    pub id: i32,
    pub title: String,
    pub forum: String,
    pub state: domain::surveys::model::SurveyState,
    pub open: bool,
    pub results_public: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SurveyList {
    /// Published and closed surveys.
    pub public: Vec<SurveyCard>,
    /// Surveys of the forums the reader moderates, drafts included.
    pub managed: Vec<SurveyCard>,
    /// Forums in which the reader may start a survey.
    pub forums: Vec<(i32, String)>,
}

#[server(endpoint = "surveys/list", input = server_fn::codec::GetUrl)]
pub async fn fetch_surveys() -> Result<SurveyList, PageError> {
    use domain::forums::entity::forum;
    use sea_orm::EntityTrait;
    let db: Db = part()?;
    let viewer = Viewer::current();
    let db = &db;
    let forums: std::collections::HashMap<i32, String> =
        forum::Entity::find().all(db).await.map_err(crate::error::AppError::from)?.into_iter().map(|f| (f.id, f.name)).collect();
    let now = time::OffsetDateTime::now_utc();
    let cards = |list: Vec<domain::surveys::entity::survey::Model>, titles: std::collections::HashMap<i32, String>| -> Vec<SurveyCard> {
        list.into_iter()
            .map(|s| SurveyCard {
                title: titles.get(&s.id).cloned().unwrap_or_default(),
                forum: forums.get(&s.forum_id).cloned().unwrap_or_default(),
                open: s.state == domain::surveys::model::SurveyState::Published && s.opens_at.is_none_or(|o| o <= now) && s.closes_at.is_none_or(|c| now < c),
                id: s.id,
                state: s.state,
                results_public: s.results_public,
            })
            .collect()
    };
    let public = domain::surveys::service::public(db).await?;
    let manageable: Vec<i32> = match &viewer.user {
        Some(u) if u.is_admin => forums.keys().copied().collect(),
        Some(u) => u.moderates.clone(),
        None => Vec::new(),
    };
    let managed = domain::surveys::service::of_forums(db, &manageable).await?;
    let ids: Vec<i32> = public.iter().chain(managed.iter()).map(|s| s.id).collect();
    let titles = domain::surveys::service::titles(db, &ids, &viewer.lang, viewer.plain).await?;
    let mut my_forums: Vec<(i32, String)> = manageable.iter().filter_map(|id| forums.get(id).map(|n| (*id, n.clone()))).collect();
    crate::i18n::collate::sort_by_name(&mut my_forums, &viewer.lang, |f| &f.1);
    Ok(SurveyList { public: cards(public, titles.clone()), managed: cards(managed, titles), forums: my_forums })
}

pub fn state_label(card: &SurveyCard) -> String {
    match (card.state, card.open) {
        (domain::surveys::model::SurveyState::Published, true) => t("survey-state-open"),
        (domain::surveys::model::SurveyState::Published, false) => t("survey-state-published"),
        (s, _) => t(&format!("survey-state-{s}")),
    }
}

#[component]
pub fn SurveysPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| fetch_surveys());
    view! {
        <PageTitle text=t("surveys-title")/>
        <p class="lead">{t("surveys-intro")}</p>
        <crate::feeds::FeedLink href="/feeds/surveys.atom" title=t("feed-subscribe-surveys")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(list) => view! {
                        {if list.public.is_empty() {
                            view! { <p>{t("surveys-none")}</p> }.into_any()
                        } else {
                            view! { <SurveyCards cards=list.public manage=false/> }.into_any()
                        }}
                        {(!list.forums.is_empty()).then(|| {
                            let forums: Vec<(String, String)> = list.forums.iter().map(|(id, n)| (id.to_string(), n.clone())).collect();
                            let languages: Vec<(String, String)> = crate::i18n::LANGUAGES.iter().map(|l| (l.id.to_string(), l.name.to_string())).collect();
                            view! {
                                <section aria-labelledby="manage-heading">
                                    <h2 id="manage-heading">{t("surveys-manage")}</h2>
                                    <SurveyCards cards=list.managed manage=true/>
                                    <h3>{t("survey-new")}</h3>
                                    <ErrorSummary/>
                                    <form method="post" action="/surveys" class="stack">
                                        <CsrfField/>
                                        <Select name="forum" label=t("survey-forum") options=forums/>
                                        <Select name="language" label=t("survey-base-language") options=languages value=Viewer::current().lang/>
                                        <Field name="title" label=t("survey-title-field") required=true maxlength=200/>
                                        <button type="submit">{t("survey-create")}</button>
                                    </form>
                                </section>
                            }
                        })}
                    }.into_any(),
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn SurveyCards(cards: Vec<SurveyCard>, manage: bool) -> impl IntoView {
    view! {
        <ul class="concern-list">
            {cards.into_iter().map(|c| {
                let label = state_label(&c);
                let href = if manage { format!("/surveys/{}/edit", c.id) } else { format!("/surveys/{}", c.id) };
                view! {
                    <li>
                        <a href=href>{c.title.clone()}</a>
                        <span class="detail">" · "{c.forum.clone()}</span>
                        " "<span class=format!("status status-{}", c.state)>{label}</span>
                        {(c.results_public && !manage).then(|| view! { " "<a href=format!("/surveys/{}/results", c.id)>{t("survey-results")}</a> })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// The survey's texts for the page: language, direction and plain mode.
#[derive(Clone, Debug)]
pub struct Reading {
    pub lang: String,
    pub plain: bool,
}

impl Reading {
    pub fn text(&self, s: &domain::surveys::model::Survey, key: &str) -> String {
        s.text(key, &self.lang, self.plain)
    }

    pub fn dir(&self) -> &'static str {
        crate::i18n::dir_of(&self.lang)
    }

    /// A hint or button inside the survey, in the survey's language.
    pub fn t(&self, id: &str) -> String {
        crate::i18n::t_in(&self.lang, self.plain, id, &[])
    }

    pub fn t_args(&self, id: &str, args: &[(String, String)]) -> String {
        crate::i18n::t_in(&self.lang, self.plain, id, args)
    }
}
