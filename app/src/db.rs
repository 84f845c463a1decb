//! Database helpers shared by the services.
use sea_orm::{DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, SqliteTransactionMode, TransactionOptions, TransactionTrait};
use std::sync::LazyLock;
use tokio::sync::{Mutex, OwnedMutexGuard};

/// Held for as long as a write transaction on SQLite lives (keep it in scope
/// until after `commit`). `None` on PostgreSQL.
pub type WriteTurn = Option<OwnedMutexGuard<()>>;

/// SQLite has one writer at a time. Waiting writers queue here, in this
/// process, instead of in SQLite's busy handler, which sleeps in steps of
/// milliseconds and would cap writes near a thousand per second.
static SQLITE_WRITER: LazyLock<std::sync::Arc<Mutex<()>>> = LazyLock::new(Default::default);

/// Starts a transaction that will write. On SQLite it takes the write lock
/// at once (`BEGIN IMMEDIATE`): a deferred transaction that reads first and
/// writes later fails outright when another connection wrote in between,
/// whereas an immediate one simply waits its turn. PostgreSQL ignores this.
pub async fn begin_write(db: &DatabaseConnection) -> Result<(DatabaseTransaction, WriteTurn), DbErr> {
    let turn = match db.get_database_backend() {
        DbBackend::Sqlite => Some(SQLITE_WRITER.clone().lock_owned().await),
        _ => None,
    };
    let txn = db
        .begin_with_options(TransactionOptions { sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate), ..Default::default() })
        .await?;
    Ok((txn, turn))
}
