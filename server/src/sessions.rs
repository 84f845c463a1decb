//! A tower-sessions store over sea-orm, in the application's own database.
//! (The published sqlx store targets another sqlx and session core.)
//! Records read lately are kept for a few seconds (see
//! `domain::accounts::recent`): a signed-in page view reads none.
use domain::accounts::recent::Recent;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement, Value};
use time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, Result};
use tower_sessions::SessionStore;

#[derive(Clone)]
pub struct DbSessionStore {
    db: DatabaseConnection,
    recent: Recent<Id, Record>,
}

impl std::fmt::Debug for DbSessionStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DbSessionStore")
    }
}

impl DbSessionStore {
    /// A store that reuses a record it read for `cache_for`.
    pub fn new(db: DatabaseConnection, cache_for: std::time::Duration) -> Self {
        Self { db, recent: Recent::new(cache_for) }
    }

    fn statement(&self, sql: &str, values: Vec<Value>) -> Statement {
        let backend = self.db.get_database_backend();
        let sql = if backend == DbBackend::Postgres { numbered(sql) } else { sql.to_string() };
        Statement::from_sql_and_values(backend, sql, values)
    }

    /// Removes expired sessions; the server calls this periodically.
    pub async fn delete_expired(&self) -> Result<u64> {
        let now = OffsetDateTime::now_utc().unix_timestamp();
        let r = self
            .db
            .execute_raw(self.statement("DELETE FROM session WHERE expires_at < ?", vec![now.into()]))
            .await
            .map_err(backend)?;
        Ok(r.rows_affected())
    }
}

/// `?` placeholders become `$1, $2, …` for PostgreSQL.
fn numbered(sql: &str) -> String {
    let mut n = 0;
    sql.chars()
        .map(|c| if c == '?' { n += 1; format!("${n}") } else { c.to_string() })
        .collect()
}

fn backend(e: sea_orm::DbErr) -> Error {
    Error::Backend(e.to_string())
}

#[async_trait::async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> Result<()> {
        // A fresh random id colliding is astronomically unlikely, but a
        // collision would hand over someone's session: check anyway.
        while self.load_stored(&record.id).await?.is_some() {
            record.id = Id::default();
        }
        self.save(record).await
    }

    async fn save(&self, record: &Record) -> Result<()> {
        let data = serde_json::to_string(&record.data).map_err(|e| Error::Encode(e.to_string()))?;
        let sql = "INSERT INTO session (id, data, expires_at) VALUES (?, ?, ?) \
                   ON CONFLICT (id) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at";
        self.db
            .execute_raw(self.statement(
                sql,
                vec![record.id.to_string().into(), data.into(), record.expiry_date.unix_timestamp().into()],
            ))
            .await
            .map_err(backend)?;
        // Written through: the next request reads what this one wrote.
        self.recent.forget(&record.id);
        self.recent.put(self.recent.ticket(), record.id, record.clone());
        Ok(())
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let now = OffsetDateTime::now_utc();
        if let Some(record) = self.recent.get(id).filter(|r| r.expiry_date > now) {
            return Ok(Some(record));
        }
        let ticket = self.recent.ticket();
        let record = self.load_stored(id).await?;
        if let Some(record) = &record {
            self.recent.put(ticket, *id, record.clone());
        }
        Ok(record)
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        self.db
            .execute_raw(self.statement("DELETE FROM session WHERE id = ?", vec![id.to_string().into()]))
            .await
            .map_err(backend)?;
        // After the write: a read under way keeps its older copy to itself.
        self.recent.forget(id);
        Ok(())
    }
}

impl DbSessionStore {
    async fn load_stored(&self, id: &Id) -> Result<Option<Record>> {
        let now = OffsetDateTime::now_utc().unix_timestamp();
        let row = self
            .db
            .query_one_raw(self.statement(
                "SELECT data, expires_at FROM session WHERE id = ? AND expires_at > ?",
                vec![id.to_string().into(), now.into()],
            ))
            .await
            .map_err(backend)?;
        let Some(row) = row else { return Ok(None) };
        let data: String = row.try_get("", "data").map_err(backend)?;
        let expires_at: i64 = row.try_get("", "expires_at").map_err(backend)?;
        Ok(Some(Record {
            id: *id,
            data: serde_json::from_str(&data).map_err(|e| Error::Decode(e.to_string()))?,
            expiry_date: OffsetDateTime::from_unix_timestamp(expires_at).map_err(|e| Error::Decode(e.to_string()))?,
        }))
    }
}
