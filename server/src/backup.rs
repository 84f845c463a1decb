//! `quartier backup DIR` and `quartier restore DIR`.
//!
//! A backup is a new folder with the database (SQLite: `VACUUM INTO`, a
//! consistent copy while the server keeps writing; PostgreSQL: `pg_dump
//! --format=custom`), a copy of the uploaded photos, and `backup.json` naming
//! the migrations it holds. It is written under a temporary name and renamed
//! when complete, so a failed backup leaves nothing that looks finished.
//!
//! A restore refuses a folder that is not a Quartier backup, one made by a
//! newer Quartier, and a data folder a server is running on (every server
//! holds a shared lock on `<data_dir>/server.lock`).
use crate::config::Config;
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use migrations::MigratorTrait;
use std::path::{Path, PathBuf};

const MANIFEST: &str = "backup.json";
const SQLITE_FILE: &str = "quartier.db";
const PG_FILE: &str = "quartier.pgdump";

#[derive(serde::Serialize, serde::Deserialize)]
struct Manifest {
    made_at: String,
    database: String,
    migrations: Vec<String>,
}

/// The SQLite file a `sqlite://` URL points to.
fn sqlite_file(database_url: &str) -> Option<PathBuf> {
    database_url.strip_prefix("sqlite://").map(|rest| PathBuf::from(rest.split('?').next().unwrap_or_default()))
}

/// The lock every running server holds (shared) on its data folder.
pub fn server_lock(data_dir: &Path) -> anyhow::Result<std::fs::File> {
    std::fs::create_dir_all(data_dir)?;
    let path = data_dir.join("server.lock");
    std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(&path).map_err(|e| anyhow::anyhow!("cannot open {}: {e}", path.display()))
}

/// Holds the shared lock for as long as the file lives.
pub fn hold_as_server(data_dir: &Path) -> anyhow::Result<std::fs::File> {
    let file = server_lock(data_dir)?;
    file.lock_shared().map_err(|e| anyhow::anyhow!("cannot lock {}: {e}", data_dir.join("server.lock").display()))?;
    Ok(file)
}

fn copy_tree(from: &Path, to: &Path) -> std::io::Result<u64> {
    let mut files = 0;
    if !from.exists() {
        return Ok(0);
    }
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            files += copy_tree(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
            files += 1;
        }
    }
    Ok(files)
}

async fn applied_migrations(db: &sea_orm::DatabaseConnection) -> anyhow::Result<Vec<String>> {
    let rows = db
        .query_all_raw(Statement::from_string(db.get_database_backend(), "SELECT version FROM seaql_migrations ORDER BY version"))
        .await
        .map_err(|_| anyhow::anyhow!("this is not a Quartier database (no migration table)"))?;
    Ok(rows.into_iter().filter_map(|r| r.try_get::<String>("", "version").ok()).collect())
}

fn pg_tool(name: &str, args: &[&str]) -> anyhow::Result<()> {
    let out = std::process::Command::new(name)
        .args(args)
        .output()
        .map_err(|e| anyhow::anyhow!("{name} could not be run ({e}); install PostgreSQL's client tools (Debian: postgresql-client)"))?;
    anyhow::ensure!(out.status.success(), "{name} failed: {}", String::from_utf8_lossy(&out.stderr).trim());
    Ok(())
}

/// What a backup holds.
#[derive(Debug)]
pub struct Summary {
    pub folder: PathBuf,
    pub photos: u64,
}

pub async fn backup(config: &Config, target: &Path) -> anyhow::Result<Summary> {
    anyhow::ensure!(!target.exists(), "{} exists already; a backup never overwrites anything. Choose a new name.", target.display());
    let parent = target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = target.file_name().ok_or_else(|| anyhow::anyhow!("{} is not a folder name", target.display()))?.to_string_lossy().to_string();
    let partial = parent.join(format!(".{name}.partial-{}", std::process::id()));
    std::fs::create_dir(&partial).map_err(|e| anyhow::anyhow!("cannot write in {}: {e}", parent.display()))?;
    let result = write_backup(config, &partial).await;
    match result {
        Ok(photos) => {
            std::fs::rename(&partial, target).map_err(|e| anyhow::anyhow!("cannot name the backup {}: {e}", target.display()))?;
            Ok(Summary { folder: target.to_path_buf(), photos })
        }
        Err(e) => {
            let _ = std::fs::remove_dir_all(&partial);
            Err(e)
        }
    }
}

async fn write_backup(config: &Config, folder: &Path) -> anyhow::Result<u64> {
    let db = crate::connect(config).await?;
    let migrations = applied_migrations(&db).await?;
    let kind = match db.get_database_backend() {
        DatabaseBackend::Sqlite => {
            let file = folder.join(SQLITE_FILE);
            let quoted = file.to_string_lossy().replace('\'', "''");
            // One read transaction: a consistent copy while the server writes.
            db.execute_unprepared(&format!("VACUUM INTO '{quoted}'")).await?;
            "sqlite"
        }
        _ => {
            let file = folder.join(PG_FILE);
            pg_tool("pg_dump", &["--format=custom", "--no-owner", "--file", &file.to_string_lossy(), "--dbname", &config.database_url])?;
            "postgres"
        }
    };
    db.close().await?;
    let photos = copy_tree(&config.data_dir.join("uploads"), &folder.join("uploads"))?;
    let manifest = Manifest { made_at: time::OffsetDateTime::now_utc().to_string(), database: kind.into(), migrations };
    std::fs::write(folder.join(MANIFEST), serde_json::to_vec_pretty(&manifest)?)?;
    Ok(photos)
}

pub async fn restore(config: &Config, source: &Path) -> anyhow::Result<()> {
    let manifest: Manifest = std::fs::read(source.join(MANIFEST))
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .ok_or_else(|| anyhow::anyhow!("{} is not a Quartier backup (no readable {MANIFEST})", source.display()))?;
    let known: Vec<String> = migrations::Migrator::migrations().iter().map(|m| m.name().to_string()).collect();
    if let Some(newer) = manifest.migrations.iter().find(|m| !known.contains(m)) {
        anyhow::bail!("this backup was made by a newer Quartier (it has migration {newer}); install that version first");
    }
    // No server may run on the data folder while its database is replaced.
    let lock = server_lock(&config.data_dir)?;
    if lock.try_lock().is_err() {
        anyhow::bail!("a Quartier server is running on {}; stop it before restoring", config.data_dir.display());
    }
    match (manifest.database.as_str(), sqlite_file(&config.database_url)) {
        ("sqlite", Some(target)) => restore_sqlite(&source.join(SQLITE_FILE), &target).await?,
        ("postgres", None) => {
            let file = source.join(PG_FILE);
            pg_tool("pg_restore", &["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname", &config.database_url, &file.to_string_lossy()])?;
        }
        (kind, _) => anyhow::bail!("this backup holds a {kind} database, but QUARTIER_DATABASE_URL points to another kind"),
    }
    let uploads = config.data_dir.join("uploads");
    let previous = config.data_dir.join("uploads.before-restore");
    let _ = std::fs::remove_dir_all(&previous);
    if uploads.exists() {
        std::fs::rename(&uploads, &previous)?;
    }
    copy_tree(&source.join("uploads"), &uploads)?;
    let _ = std::fs::remove_dir_all(&previous);
    // An older backup is brought up to this version.
    let db = crate::connect(config).await?;
    crate::migrate(config, &db).await?;
    db.close().await?;
    drop(lock);
    Ok(())
}

/// Checks the copy first, then puts it in place in one rename.
async fn restore_sqlite(copy: &Path, target: &Path) -> anyhow::Result<()> {
    anyhow::ensure!(copy.exists(), "the backup has no {SQLITE_FILE}");
    let check = sea_orm::Database::connect(format!("sqlite://{}?mode=ro", copy.display())).await?;
    applied_migrations(&check).await?;
    let row = check.query_one_raw(Statement::from_string(DatabaseBackend::Sqlite, "PRAGMA integrity_check")).await?;
    let verdict: String = row.and_then(|r| r.try_get_by_index(0).ok()).unwrap_or_default();
    check.close().await?;
    anyhow::ensure!(verdict == "ok", "the backup's database is damaged: {verdict}");
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let partial = target.with_extension("restoring");
    std::fs::copy(copy, &partial)?;
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", target.display()));
    }
    std::fs::rename(&partial, target)?;
    Ok(())
}

/// Backs up every `every` into `dir`, keeping the newest `keep` backups.
/// Run it on one process only (the README says so).
pub async fn run_periodic(config: Config, dir: PathBuf, every: std::time::Duration, keep: usize) {
    loop {
        tokio::time::sleep(every).await;
        let name = time::OffsetDateTime::now_utc().unix_timestamp();
        let target = dir.join(format!("quartier-{name}"));
        if let Err(e) = std::fs::create_dir_all(&dir) {
            tracing::error!(error = %e, dir = %dir.display(), "periodic backup: cannot create the folder");
            continue;
        }
        match backup(&config, &target).await {
            Ok(s) => tracing::info!(folder = %s.folder.display(), photos = s.photos, "periodic backup written"),
            Err(e) => tracing::error!(error = %e, "periodic backup failed"),
        }
        prune(&dir, keep);
    }
}

/// Removes the oldest periodic backups beyond `keep`.
fn prune(dir: &Path, keep: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut backups: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("quartier-")) && p.join(MANIFEST).exists())
        .collect();
    backups.sort();
    let excess = backups.len().saturating_sub(keep);
    for old in backups.into_iter().take(excess) {
        let _ = std::fs::remove_dir_all(old);
    }
}
