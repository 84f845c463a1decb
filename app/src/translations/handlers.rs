//! The translation form's endpoint and the loading of the translation page.
use crate::web::parts::{Db, SharedSettings};
use domain::translations::service::{self, Draft, Item, ItemKind};
use super::{TranslatableText, TranslationPageData, TranslationRow};
use domain::concerns::entity::{concern, concern_comment};
use crate::error::{AppError, AppResult};
use crate::web::{see_other, Submitted};
use axum::extract::{Path, State};
use axum::response::Response;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

pub fn routes() -> crate::web::Routes {
    crate::web::Routes::new().post("/concerns/{reference}/translations", save)
}

/// Every translatable text of the concern (its own text, public timeline
/// texts, visible comments) with its translations.
pub async fn page_data(db: &Db, settings: &SharedSettings, c: concern::Model) -> AppResult<TranslationPageData> {
    let mut texts = vec![TranslatableText {
        item: Item { kind: ItemKind::Concern, id: c.id }.key(),
        label: "translations-concern".into(),
        language: c.language.clone(),
        title: Some(c.title.clone()),
        body: c.description.clone(),
        translations: Vec::new(),
    }];
    for e in domain::concerns::service::timeline(db, c.id, false).await? {
        if !e.kind.translatable() {
            continue;
        }
        if let Some(body) = e.body.filter(|b| !b.is_empty()) {
            let label = if e.kind == domain::vocabulary::concern_event::EventKind::Answered { "translations-answer" } else { "translations-event" };
            texts.push(TranslatableText { item: Item { kind: ItemKind::Event, id: e.id }.key(), label: label.into(), language: e.language, title: None, body, translations: Vec::new() });
        }
    }
    let comments = concern_comment::Entity::find()
        .filter(concern_comment::Column::ConcernId.eq(c.id))
        .filter(concern_comment::Column::Hidden.eq(false))
        .order_by_asc(concern_comment::Column::Id)
        .all(db)
        .await?;
    for m in comments {
        texts.push(TranslatableText { item: Item { kind: ItemKind::Comment, id: m.id }.key(), label: "translations-comment".into(), language: m.language, title: None, body: m.body, translations: Vec::new() });
    }
    for row in service::all_of_concern(db, c.id).await? {
        let key = format!("{}:{}", row.item_kind, row.item_id);
        if let Some(text) = texts.iter_mut().find(|x| x.item == key) {
            text.translations.push(TranslationRow { language: row.language, title: row.title, body: row.body, machine: row.machine });
        }
    }
    Ok(TranslationPageData {
        reference: c.reference.clone().unwrap_or_default(),
        title: c.title,
        texts,
        machine: settings.translate_url.is_some(),
    })
}

/// The role named in the audit log for a translation.
fn role(user: &domain::accounts::SignedIn, c: &concern::Model) -> &'static str {
    if user.works_for(c.office_id) {
        "office"
    } else if user.is_admin {
        "admin"
    } else {
        "moderator"
    }
}

async fn save(State(db): State<Db>, State(settings): State<SharedSettings>, Path(reference): Path<String>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let user = f.viewer().user.ok_or(AppError::Unauthenticated)?;
        let c = domain::concerns::service::by_reference(&db, &reference).await?;
        if !service::may_translate(&db, &user, &c).await? {
            return Err(AppError::Forbidden);
        }
        let role = role(&user, &c);
        let notice = if f.get("action") == "machine" {
            let draft = machine_draft(&db, &settings, &c, f.get("item"), f.get("language")).await?;
            service::save(&db, Some(user.id), role, &c, &draft, true).await?;
            "machine-translated"
        } else {
            let draft = service::parse_draft(f.get("item"), f.get("language"), f.get("title"), f.get("body"))?;
            service::save(&db, Some(user.id), role, &c, &draft, false).await?;
            "saved"
        };
        Ok(see_other(&format!("/concerns/{reference}/translations?notice={notice}")))
    })
    .await
}

/// Asks the machine-translation service for the chosen text in the chosen
/// language. It never replaces a person's translation.
async fn machine_draft(db: &Db, settings: &SharedSettings, c: &concern::Model, item: &str, language: &str) -> AppResult<Draft> {
    let Some(base) = settings.translate_url.as_deref() else {
        return Err(AppError::invalid("", "error-machine-translation-off"));
    };
    let item = Item::parse(item).ok_or(AppError::NotFound)?;
    let language = service::parse_language(language)?;
    let source = service::original(db, c, item).await?;
    if source.language == language {
        return Err(AppError::invalid("language", "error-translation-same-language"));
    }
    if service::has_human_translation(db, item, &language).await? {
        return Err(AppError::invalid("language", "error-translation-exists"));
    }
    let key = settings.translate_key.as_deref();
    let ask = |text: String, max: usize| {
        let (source_lang, target) = (source.language.clone(), language.clone());
        async move {
            domain::translations::machine::translate(base, key, &text, &source_lang, &target, max)
                .await
                .map_err(|e| AppError::invalid("", e.message()))
        }
    };
    let title = match source.title.clone() {
        Some(t) => Some(ask(t, service::MAX_TITLE).await?),
        None => None,
    };
    let body = ask(source.body.clone(), service::MAX_BODY).await?;
    Ok(Draft { item, language, title, body })
}
