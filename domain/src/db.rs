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

/// At most this many jobs go into one batch.
pub const MAX_BATCH: usize = 64;

/// A queue whose jobs are taken in batches: while one batch is written, the
/// next jobs wait and then go together. `write` gets each batch with the
/// number of the worker writing it (1 and up), so that a writer can keep
/// to rows of its own. SQLite has one writer at a time, so it gets one
/// worker; PostgreSQL takes four batches at once.
pub fn batch_queue<J, W, F>(db: &DatabaseConnection, name: &'static str, write: W) -> tokio::sync::mpsc::UnboundedSender<J>
where
    J: Send + 'static,
    W: Fn(i32, Vec<J>) -> F + Clone + Send + Sync + 'static,
    F: std::future::Future<Output = ()> + Send,
{
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel::<J>();
    let rx = std::sync::Arc::new(Mutex::new(rx));
    let workers: i32 = match db.get_database_backend() {
        DbBackend::Sqlite => 1,
        _ => 4,
    };
    for worker in 1..=workers {
        let (rx, write) = (rx.clone(), write.clone());
        tokio::spawn(async move {
            loop {
                let mut batch = Vec::new();
                {
                    let mut rx = rx.lock().await;
                    let Some(first) = rx.recv().await else { return };
                    batch.push(first);
                    while batch.len() < MAX_BATCH {
                        match rx.try_recv() {
                            Ok(job) => batch.push(job),
                            Err(_) => break,
                        }
                    }
                    // What still waits once this batch is taken (for /metrics).
                    metrics::gauge!("quartier_batch_queue_depth", "queue" => name).set(rx.len() as f64);
                }
                metrics::histogram!("quartier_batch_size", "queue" => name).record(batch.len() as f64);
                write(worker, batch).await;
            }
        });
    }
    tx
}

/// Counts the statements sent to the database (all of this process's
/// connections); `/metrics` shows the total, and the tests bound the
/// statements a page costs with it. While recording, it also keeps their
/// SQL text, to see whether the same text (and so the same prepared
/// statement) comes back.
#[derive(Debug, Default)]
pub struct StatementLog {
    count: std::sync::atomic::AtomicU64,
    recording: std::sync::atomic::AtomicBool,
    texts: std::sync::Mutex<Vec<String>>,
}

impl StatementLog {
    /// Installs the counting on `db` (before it is cloned: clones share it).
    pub fn attach(self: &std::sync::Arc<Self>, db: &mut DatabaseConnection) {
        let log = self.clone();
        db.set_metric_callback(move |info| log.saw(&info.statement.sql));
    }

    fn saw(&self, sql: &str) {
        use std::sync::atomic::Ordering;
        self.count.fetch_add(1, Ordering::Relaxed);
        if self.recording.load(Ordering::Relaxed) {
            if let Ok(mut texts) = self.texts.lock() {
                texts.push(sql.to_string());
            }
        }
    }

    pub fn count(&self) -> u64 {
        self.count.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Starts keeping the SQL text of every statement from now on.
    pub fn record(&self) {
        if let Ok(mut texts) = self.texts.lock() {
            texts.clear();
        }
        self.recording.store(true, std::sync::atomic::Ordering::Relaxed);
    }

    /// The texts kept since [`Self::record`]; recording stops.
    pub fn recorded(&self) -> Vec<String> {
        self.recording.store(false, std::sync::atomic::Ordering::Relaxed);
        self.texts.lock().map(|mut t| std::mem::take(&mut *t)).unwrap_or_default()
    }
}
