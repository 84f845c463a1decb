//! Database helpers shared by the services.
use sea_orm::{DatabaseConnection, DatabaseTransaction, DbErr, SqliteTransactionMode, TransactionOptions, TransactionTrait};

/// Starts a transaction that will write. On SQLite it takes the write lock
/// at once (`BEGIN IMMEDIATE`): a deferred transaction that reads first and
/// writes later fails outright when another connection wrote in between,
/// whereas an immediate one simply waits its turn. PostgreSQL ignores this.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}
