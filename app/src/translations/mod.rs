//! Translated content: concerns, office answers and comments keep the
//! language they were written in and can carry translations. Readers see
//! their language when a translation exists, otherwise the original with a
//! note naming its language. Office staff, moderators and admins add
//! translations on one page per concern, by hand or with the optional
//! machine-translation service, whose work stays labelled until a person
//! saves it again.
#[cfg(feature = "ssr")]
use crate::web::parts::{Db, SharedSettings, part};
#[cfg(feature = "ssr")]
pub mod handlers;

use crate::error::PageError;
use crate::forms::{CsrfField, ErrorSummary, Field, Select, TextArea};
use crate::i18n::{t, t_args, LANGUAGES};
use crate::layout::PageTitle;
use crate::pages::{ErrorView, Loading};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};
pub use domain::translations::{Shown, ShownAs};

/// A language's name in the reader's language.
pub fn language_name(code: &str) -> String {
    t(&format!("language-name-{code}"))
}

/// The note under a text that is not in the reader's language or is a
/// translation; nothing for a text written in the reader's language.
#[component]
pub fn LanguageNote(shown: Shown) -> impl IntoView {
    let key = match shown.how {
        ShownAs::Original => return ().into_any(),
        ShownAs::Untranslated => "text-untranslated",
        ShownAs::Translated => "text-translated",
        ShownAs::Machine => "text-machine-translated",
    };
    let note = t_args(key, &[("language".into(), language_name(&shown.original))]);
    view! { <p class="text-language">{note}</p> }.into_any()
}

/// One existing translation of a text.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct TranslationRow {
    pub language: String,
    pub title: Option<String>,
    pub body: String,
    pub machine: bool,
}

/// A text of the concern that can be translated.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct TranslatableText {
    /// The form's `item` value, e.g. `event:12`.
    pub item: String,
    /// Fluent id naming what the text is (the concern, an answer, a comment).
    pub label: String,
    pub language: String,
    pub title: Option<String>,
    pub body: String,
    pub translations: Vec<TranslationRow>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TranslationPageData {
    pub reference: String,
    pub title: String,
    pub texts: Vec<TranslatableText>,
    /// A machine-translation service is configured.
    pub machine: bool,
}

#[server(endpoint = "translations/page", input = server_fn::codec::GetUrl)]
pub async fn translation_page(reference: String) -> Result<TranslationPageData, PageError> {
    let db: Db = part()?; let settings: SharedSettings = part()?;
    use crate::error::AppError;
    let user = crate::viewer::Viewer::current().user.ok_or(AppError::Unauthenticated)?;
    let c = domain::concerns::service::by_reference(&db, &reference).await?;
    if !domain::translations::service::may_translate(&db, &user, &c).await? {
        return Err(AppError::Forbidden.into());
    }
    Ok(handlers::page_data(&db, &settings, c).await?)
}

/// The translation page of one concern: every text with its translations,
/// and the form for the chosen text (`?item=event:12&to=tr`).
#[component]
pub fn TranslationsPage() -> impl IntoView {
    let reference = use_params_map().with_untracked(|p| p.get("reference")).unwrap_or_default();
    let query = use_query_map();
    let chosen = query.with_untracked(|q| q.get("item")).unwrap_or_default();
    let target = query.with_untracked(|q| q.get("to")).unwrap_or_default();
    let data = Resource::new(move || reference.clone(), translation_page);
    view! {
        <Suspense fallback=Loading>
            {move || {
                let (chosen, target) = (chosen.clone(), target.clone());
                Suspend::new(async move {
                match data.await {
                    Ok(d) => {
                        let form = d.texts.iter().find(|x| x.item == chosen).cloned().map(|text| view! {
                            <TranslationForm reference=d.reference.clone() text target=target.clone() machine=d.machine/>
                        });
                        view! {
                            <PageTitle text=t_args("translations-title", &[("reference".into(), d.reference.clone())])/>
                            <p><a href=format!("/concerns/{}", d.reference)>{t("translations-back")}</a></p>
                            <p>{t("translations-intro")}</p>
                            <ErrorSummary/>
                            {form}
                            {d.texts.into_iter().map(|text| view! { <TextTranslations reference=d.reference.clone() text/> }).collect_view()}
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorView error=e/> }.into_any(),
                }
            })}}
        </Suspense>
    }
}

/// One text in its original language with the list of its translations.
#[component]
fn TextTranslations(reference: String, text: TranslatableText) -> impl IntoView {
    let base = format!("/concerns/{reference}/translations?item={}", text.item);
    let add = format!("{base}#translate");
    let heading = format!("text-{}", text.item.replace(':', "-"));
    let labelled = heading.clone();
    view! {
        <section aria-labelledby=labelled class="translatable">
            <h2 id=heading>{t(&text.label)}</h2>
            <p class="detail">{t_args("translations-original", &[("language".into(), language_name(&text.language))])}</p>
            <blockquote lang=text.language.clone()>
                {text.title.clone().map(|title| view! { <p><strong>{title}</strong></p> })}
                <p>{text.body.clone()}</p>
            </blockquote>
            {if text.translations.is_empty() {
                view! { <p>{t("translations-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="translations">
                        {text.translations.into_iter().map(|row| {
                            let edit = format!("{base}&to={}#translate", row.language);
                            let name = language_name(&row.language);
                            view! {
                                <li>
                                    <strong>{name.clone()}</strong>" "
                                    {if row.machine {
                                        view! { <span class="tag warning">{t("translation-machine-label")}</span> }.into_any()
                                    } else {
                                        view! { <span class="tag">{t("translation-person-label")}</span> }.into_any()
                                    }}
                                    <div lang=row.language.clone()>
                                        {row.title.map(|title| view! { <p><strong>{title}</strong></p> })}
                                        <p>{row.body}</p>
                                    </div>
                                    <a href=edit>{t_args(if row.machine { "translation-review" } else { "translation-edit" }, &[("language".into(), name)])}</a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <p><a href=add>{t("translation-add")}</a></p>
        </section>
    }
}

/// The form for one text: language, title (concerns only) and text, filled
/// with the existing translation into the chosen language.
#[component]
fn TranslationForm(reference: String, text: TranslatableText, target: String, machine: bool) -> impl IntoView {
    let languages: Vec<(String, String)> = LANGUAGES
        .iter()
        .filter(|l| l.id != text.language)
        .map(|l| (l.id.to_string(), language_name(l.id)))
        .collect();
    let existing = text.translations.iter().find(|r| r.language == target).cloned();
    let action = format!("/concerns/{reference}/translations?item={}", text.item);
    view! {
        <section id="translate" aria-labelledby="translate-heading" class="translation-form">
            <h2 id="translate-heading">{t_args("translation-form-title", &[("text".into(), t(&text.label))])}</h2>
            <blockquote lang=text.language.clone()>
                {text.title.clone().map(|title| view! { <p><strong>{title}</strong></p> })}
                <p>{text.body.clone()}</p>
            </blockquote>
            <form method="post" action=action class="stack" novalidate>
                <CsrfField/>
                <input type="hidden" name="item" value=text.item.clone()/>
                <Select name="language" label=t("translation-language") options=languages value=target.clone() empty=t("choose")/>
                {text.title.is_some().then(|| view! {
                    <Field name="title" label=t("concern-title") maxlength=200 value=existing.as_ref().and_then(|e| e.title.clone()).unwrap_or_default()/>
                })}
                <TextArea name="body" label=t("translation-text") hint=t("translation-text-hint") maxlength=5000 value=existing.map(|e| e.body).unwrap_or_default()/>
                <div class="actions">
                    <button type="submit" name="action" value="save">{t("translation-save")}</button>
                    {machine.then(|| view! {
                        <button type="submit" class="secondary" name="action" value="machine">{t("translation-machine")}</button>
                    })}
                </div>
            </form>
        </section>
    }
}
