//! Attempts per client address and minute (sign-in, registration, password
//! reset, data requests, mails to moderators, feedback). Counted in the
//! database, so every server process behind a load balancer counts the
//! same attempts: a fixed one-minute window per digest of the address,
//! counted up with one upsert. Windows older than the last one are deleted
//! as they pass, so no digest outlives two minutes.
use crate::error::{AppError, AppResult};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, OnConflict, Query};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use std::net::IpAddr;

#[derive(Clone, Copy, Debug)]
pub struct RateLimit {
    pub per_minute: u32,
}

impl RateLimit {
    /// Counts one attempt; refuses it when the client used up its minute.
    pub async fn check(&self, db: &DatabaseConnection, client: IpAddr) -> AppResult<()> {
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let hits = count_attempt(db, &crate::tokens::digest(&format!("rate-limit:{client}")), now / 60).await?;
        if hits > i64::from(self.per_minute) {
            return Err(AppError::RateLimited);
        }
        Ok(())
    }
}

/// Adds one hit to the client's window and returns the hits in it.
async fn count_attempt(db: &DatabaseConnection, bucket: &str, window: i64) -> AppResult<i64> {
    let table = Alias::new("rate_limit");
    let upsert = Query::insert()
        .into_table(table.clone())
        .columns([Alias::new("bucket"), Alias::new("window_start"), Alias::new("hits")])
        .values_panic([bucket.into(), window.into(), 1.into()])
        .on_conflict(
            OnConflict::columns([Alias::new("bucket"), Alias::new("window_start")])
                .value(Alias::new("hits"), Expr::col((table.clone(), Alias::new("hits"))).add(1))
                .to_owned(),
        )
        .returning_col(Alias::new("hits"))
        .to_owned();
    let passed = Query::delete().from_table(table).and_where(Expr::col(Alias::new("window_start")).lt(window - 1)).to_owned();
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let backend = txn.get_database_backend();
    let row = txn.query_one_raw(backend.build(&upsert)).await?;
    txn.execute_raw(backend.build(&passed)).await?;
    txn.commit().await?;
    let hits = row.and_then(|r| r.try_get::<i32>("", "hits").ok()).unwrap_or(1);
    Ok(i64::from(hits))
}
