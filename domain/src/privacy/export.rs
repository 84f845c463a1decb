//! "Download my data" (GDPR Art. 15 and 20): one ZIP with a JSON file per
//! kind of data, the photos the person sent and a README in their language.
//! Anonymous survey responses are not in it: nothing links them to anyone.
use crate::schema::accounts::account;
use crate::schema::concerns::{concern, concern_comment, concern_follower, concern_photo, concern_support, email_participation};
use crate::error::{AppError, AppResult};
use crate::schema::mail::mail_outbox;
use crate::schema::moderation::flag;
use crate::schema::surveys::{survey_answer, survey_response};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{json, Value};
use std::io::Write;
use std::path::Path;

fn failed(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(format!("export: {e}"))
}

fn time(t: time::OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339).unwrap_or_default()
}

/// Everything Quartier keeps about one account, as (file name, JSON).
pub async fn account_files(db: &impl ConnectionTrait, account_id: i32) -> AppResult<Vec<(&'static str, Value)>> {
    let a = account::Entity::find_by_id(account_id).one(db).await?.ok_or(AppError::NotFound)?;
    let account = json!({
        "email": a.email, "display_name": a.display_name, "show_name_publicly": a.show_name,
        "language": a.language, "plain_language": a.plain_language, "administrator": a.is_admin,
        "created_at": time(a.created_at), "email_confirmed_at": a.email_verified_at.map(time),
        "email_waiting_for_confirmation": a.pending_email,
    });
    let concerns: Vec<concern::Model> =
        concern::Entity::find().filter(concern::Column::AuthorId.eq(account_id)).order_by_asc(concern::Column::Id).all(db).await?;
    let concern_list: Vec<Value> = concerns.iter().map(concern_json).collect();
    let references = |ids: Vec<i32>| async move {
        let found = concern::Entity::find().filter(concern::Column::Id.is_in(ids)).order_by_asc(concern::Column::Id).all(db).await?;
        Ok::<Vec<Option<String>>, AppError>(found.into_iter().map(|c| c.reference).collect())
    };
    let comments: Vec<concern_comment::Model> = concern_comment::Entity::find()
        .filter(concern_comment::Column::AccountId.eq(account_id))
        .order_by_asc(concern_comment::Column::Id)
        .all(db)
        .await?;
    let comment_concerns = references_by_id(db, comments.iter().map(|c| c.concern_id).collect()).await?;
    let comment_json: Vec<Value> = comments
        .iter()
        .map(|c| json!({ "concern": comment_concerns.get(&c.concern_id).cloned().flatten(), "text": c.body, "language": c.language, "hidden": c.hidden, "created_at": time(c.created_at) }))
        .collect();
    let supports = concern_support::Entity::find().filter(concern_support::Column::AccountId.eq(account_id)).all(db).await?;
    let follows = concern_follower::Entity::find().filter(concern_follower::Column::AccountId.eq(account_id)).all(db).await?;
    let participation = json!({
        "supports": references(supports.iter().map(|s| s.concern_id).collect()).await?,
        "follows": references(follows.iter().map(|f| f.concern_id).collect()).await?,
    });
    let responses = survey_response::Entity::find()
        .filter(survey_response::Column::RespondentId.eq(account_id))
        .order_by_asc(survey_response::Column::Id)
        .all(db)
        .await?;
    let answers = survey_answer::Entity::find()
        .filter(survey_answer::Column::ResponseId.is_in(responses.iter().map(|r| r.id).collect::<Vec<_>>()))
        .order_by_asc(survey_answer::Column::Id)
        .all(db)
        .await?;
    let mut response_json = Vec::new();
    // Each survey is loaded once, however many responses point to it.
    let mut surveys = std::collections::HashMap::new();
    for r in &responses {
        if let std::collections::hash_map::Entry::Vacant(e) = surveys.entry(r.survey_id) {
            e.insert(crate::surveys::service::load(db, r.survey_id).await?);
        }
        let s = &surveys[&r.survey_id];
        let mine: Vec<Value> = answers
            .iter()
            .filter(|a| a.response_id == r.id)
            .map(|a| {
                json!({
                    "question": s.text(&format!("q{}", a.question_id), &r.language, false),
                    "option": a.option_id.map(|o| s.text(&format!("o{o}"), &r.language, false)),
                    "value": a.value, "text": a.body,
                })
            })
            .collect();
        response_json.push(json!({
            "survey": s.text("title", &r.language, false), "language": r.language, "channel": r.channel,
            "date": r.created_on.to_string(), "answers": mine,
        }));
    }
    let roles: Vec<Value> = crate::accounts::roles::people_with_roles(db, Some(account_id))
        .await?
        .into_iter()
        .filter(|p| p.account_id == account_id)
        .flat_map(|p| p.roles)
        .map(|(role, place)| json!({ "role": role.value(), "where": place }))
        .collect();
    let flags: Vec<Value> = flag::Entity::find()
        .filter(flag::Column::Flagger.eq(format!("account:{account_id}")))
        .all(db)
        .await?
        .into_iter()
        .map(|f| json!({ "on": f.target_kind, "id": f.target_id, "reason": f.reason, "created_at": time(f.created_at) }))
        .collect();
    Ok(vec![
        ("account.json", account),
        ("concerns.json", Value::Array(concern_list)),
        ("comments.json", Value::Array(comment_json)),
        ("supports_and_follows.json", participation),
        ("survey_responses.json", Value::Array(response_json)),
        ("roles.json", Value::Array(roles)),
        ("flags.json", Value::Array(flags)),
        ("mails.json", mails_to(db, &a.email).await?),
    ])
}

/// The photos of the concerns an account reported: (name in the ZIP, path on disk).
pub async fn account_photos(db: &impl ConnectionTrait, upload_dir: &Path, account_id: i32) -> AppResult<Vec<(String, std::path::PathBuf)>> {
    photos_of(db, upload_dir, Condition::all().add(concern::Column::AuthorId.eq(account_id))).await
}

async fn photos_of(db: &impl ConnectionTrait, upload_dir: &Path, reported: Condition) -> AppResult<Vec<(String, std::path::PathBuf)>> {
    let concerns = concern::Entity::find().filter(reported).all(db).await?;
    let photos = concern_photo::Entity::find()
        .filter(concern_photo::Column::ConcernId.is_in(concerns.iter().map(|c| c.id).collect::<Vec<_>>()))
        .order_by_asc(concern_photo::Column::Id)
        .all(db)
        .await?;
    Ok(photos
        .into_iter()
        .map(|p| {
            let reference = concerns.iter().find(|c| c.id == p.concern_id).and_then(|c| c.reference.clone()).unwrap_or_default();
            (format!("photos/{reference}-{}.jpg", p.position + 1), crate::concerns::photos::full_path(upload_dir, &p.file_key))
        })
        .collect())
}

/// The size of the photos on disk: the bulk of an export.
pub fn photo_bytes(photos: &[(String, std::path::PathBuf)]) -> u64 {
    photos.iter().filter_map(|(_, path)| std::fs::metadata(path).ok()).map(|m| m.len()).sum()
}

/// The references of concerns, by id.
async fn references_by_id(db: &impl ConnectionTrait, ids: Vec<i32>) -> AppResult<std::collections::HashMap<i32, Option<String>>> {
    Ok(concern::Entity::find().filter(concern::Column::Id.is_in(ids)).all(db).await?.into_iter().map(|c| (c.id, c.reference)).collect())
}

fn concern_json(c: &concern::Model) -> Value {
    json!({
        "reference": c.reference, "title": c.title, "description": c.description, "address": c.address,
        "latitude": c.latitude, "longitude": c.longitude, "language": c.language, "status": c.status,
        "created_at": time(c.created_at),
    })
}

async fn mails_to(db: &impl ConnectionTrait, email: &str) -> AppResult<Value> {
    Ok(Value::Array(
        mail_outbox::Entity::find()
            .filter(mail_outbox::Column::Recipient.eq(email))
            .order_by_asc(mail_outbox::Column::Id)
            .all(db)
            .await?
            .into_iter()
            .map(|m| json!({ "subject": m.subject, "body": m.body, "queued_at": time(m.created_at), "sent_at": m.sent_at.map(time) }))
            .collect(),
    ))
}

/// What someone without an account left with their address: their reports,
/// the supports and follows they confirmed, and the mails to them.
pub async fn email_files(db: &impl ConnectionTrait, email: &str) -> AppResult<Vec<(&'static str, Value)>> {
    let concerns = concern::Entity::find().filter(email_reported(email)).order_by_asc(concern::Column::Id).all(db).await?;
    let concern_list: Vec<Value> = concerns
        .iter()
        .map(|c| {
            let mut v = concern_json(c);
            v["your_name"] = json!(c.author_name);
            v
        })
        .collect();
    let rows = email_participation::Entity::find()
        .filter(email_participation::Column::Email.eq(email))
        .filter(email_participation::Column::Confirmed.eq(true))
        .all(db)
        .await?;
    let references = references_by_id(db, rows.iter().map(|r| r.concern_id).collect()).await?;
    let of_kind = |kind: &str| -> Vec<Option<String>> {
        rows.iter().filter(|r| r.kind == kind).map(|r| references.get(&r.concern_id).cloned().flatten()).collect()
    };
    let participation = json!({
        "supports": of_kind(crate::concerns::participation::SUPPORT),
        "follows": of_kind(crate::concerns::participation::FOLLOW),
    });
    Ok(vec![
        ("address.json", json!({ "email": email })),
        ("concerns.json", Value::Array(concern_list)),
        ("supports_and_follows.json", participation),
        ("mails.json", mails_to(db, email).await?),
    ])
}

fn email_reported(email: &str) -> Condition {
    Condition::all().add(concern::Column::AuthorEmail.eq(email)).add(concern::Column::AuthorId.is_null())
}

/// The photos of the reports made with an address.
pub async fn email_photos(db: &impl ConnectionTrait, upload_dir: &Path, email: &str) -> AppResult<Vec<(String, std::path::PathBuf)>> {
    photos_of(db, upload_dir, email_reported(email)).await
}

/// Packs the files, the photos and the README into one ZIP.
pub fn zip(files: &[(&str, Value)], photos: &[(String, std::path::PathBuf)], readme: &str) -> AppResult<Vec<u8>> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    out.start_file("README.txt", options).map_err(failed)?;
    out.write_all(readme.as_bytes()).map_err(failed)?;
    for (name, value) in files {
        out.start_file(*name, options).map_err(failed)?;
        out.write_all(&serde_json::to_vec_pretty(value).map_err(failed)?).map_err(failed)?;
    }
    // Photos are JPEG already: stored, not compressed again.
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, path) in photos {
        if let Ok(bytes) = std::fs::read(path) {
            out.start_file(name.as_str(), stored).map_err(failed)?;
            out.write_all(&bytes).map_err(failed)?;
        }
    }
    Ok(out.finish().map_err(failed)?.into_inner())
}
