//! Configuration: defaults that run the embedded SQLite setup with nothing
//! configured, overridden by a TOML file (`--config`) and then by
//! `QUARTIER_*` environment variables.
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// `sqlite://data/quartier.db?mode=rwc` or `postgres://user@host/db`.
    pub database_url: String,
    pub bind: String,
    /// Public address used in mailed links.
    pub base_url: String,
    /// `smtp://host:port` (add `?tls=required` for TLS); unset: mail goes to
    /// `.eml` files under `<data_dir>/mail`.
    pub smtp_url: Option<String>,
    pub mail_from: String,
    pub data_dir: PathBuf,
    /// Where the built site (`pkg/` with wasm and JS) lives.
    pub site_root: PathBuf,
    pub imprint_url: Option<String>,
    pub accessibility_url: Option<String>,
    pub accessibility_contact: Option<String>,
    pub accessibility_enforcement_url: Option<String>,
    pub auth_attempts_per_minute: u32,
    pub db_max_connections: u32,
    /// How often overdue concerns are looked for.
    pub deadline_check_seconds: u64,
    /// Business days after a passed deadline before escalation.
    pub escalate_after_days: i64,
    /// Extra days off (YYYY-MM-DD) besides weekends and Thuringia's holidays.
    pub holidays: Vec<String>,
    /// Open flags that hide a concern or comment until a moderator decides.
    pub flag_threshold: u32,
    /// A LibreTranslate-compatible machine-translation service, e.g.
    /// `http://127.0.0.1:5000`; unset: machine translation is off.
    pub translate_url: Option<String>,
    /// Its API key, if it asks for one.
    pub translate_key: Option<String>,
    /// Signs CSRF tokens (at least 32 characters). Unset: a key generated on
    /// first start is kept in `<data_dir>/secret.key`. Several servers behind
    /// one load balancer need the same key.
    pub secret_key: Option<String>,
    /// Longest sign-in, however active (days).
    pub session_days: i64,
    /// Longest sign-in of an administrator, and their idle limit (hours).
    pub admin_session_hours: i64,
    /// Activity extends a sign-in's idle expiry at most this often (seconds).
    pub session_renew_seconds: i64,
    /// How long a process trusts what it read of a sign-in (session and
    /// account) before reading it again (seconds; 0: every request).
    pub session_cache_seconds: i64,
    /// The city's time zone (IANA name) for times people read.
    pub time_zone: String,
    /// Retention periods in days (see the privacy page).
    pub retention_unconfirmed_days: i64,
    pub retention_reporter_email_days: i64,
    pub retention_inactive_days: i64,
    pub retention_warn_days: i64,
    pub retention_sent_mail_days: i64,
    /// How often old personal data is looked for.
    pub retention_check_seconds: u64,
    /// Named on the privacy page: who answers about personal data, and the
    /// data-protection officer.
    pub privacy_contact: Option<String>,
    pub dpo_contact: Option<String>,
    /// What becomes of a deleted person's concerns and comments: `keep`
    /// (shown by "a former resident") or `remove`.
    pub erase_public_contributions: String,
    /// Exports of one's data larger than this are prepared and mailed as a link.
    pub export_inline_mb: u64,
    /// How long a process holds mails it is sending before another process
    /// may take them (renewed while sending; matters only if it dies).
    pub mail_lease_seconds: u64,
    /// Where periodic backups go (unset: none); see `quartier backup`.
    pub backup_dir: Option<PathBuf>,
    pub backup_every_hours: u64,
    /// How many periodic backups are kept (the oldest go).
    pub backup_keep: usize,
    /// Seconds a client has to send its request headers.
    pub header_timeout_seconds: u64,
    /// Connections open at once; keep it below the open-file limit.
    pub max_connections: usize,
    /// Seconds requests in flight may take after SIGTERM.
    pub shutdown_grace_seconds: u64,
    /// SQLite only: `full` (an acknowledged write survives power loss) or
    /// `normal` (it survives a killed process; faster on slow disks).
    pub sqlite_synchronous: String,
    /// `/metrics` answers with `Authorization: Bearer <token>` (at least 32 characters).
    pub metrics_token: Option<String>,
    /// A separate address serving `/metrics` without a token (keep it private).
    pub metrics_bind: Option<String>,
    /// Addresses of our own reverse proxies (nginx); `X-Forwarded-For` is
    /// believed only from them, for rate limits.
    pub trusted_proxies: Vec<String>,
    /// Tile server of the maps' background (`{z}/{x}/{y}`); unset: the
    /// OpenStreetMap tile server; empty: no tiles, the boundaries alone.
    pub map_tiles_url: Option<String>,
    /// What the map names as the tiles' source (their licence asks for it).
    pub map_tiles_attribution: Option<String>,
    /// A Nominatim-compatible geocoder (`/search`, `/reverse`); off when unset.
    pub geocoder_url: Option<String>,
    /// The licence of the open data, by identifier; unset: `dl-de/by-2-0`.
    pub open_data_licence: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            database_url: "sqlite://data/quartier.db?mode=rwc".into(),
            bind: "127.0.0.1:3000".into(),
            base_url: "http://127.0.0.1:3000".into(),
            smtp_url: None,
            mail_from: "Quartier <quartier@localhost>".into(),
            data_dir: "data".into(),
            site_root: "site".into(),
            imprint_url: None,
            accessibility_url: None,
            accessibility_contact: None,
            accessibility_enforcement_url: None,
            auth_attempts_per_minute: 10,
            db_max_connections: 10,
            deadline_check_seconds: 900,
            escalate_after_days: 5,
            holidays: Vec::new(),
            flag_threshold: 3,
            translate_url: None,
            translate_key: None,
            secret_key: None,
            session_days: 30,
            admin_session_hours: 8,
            session_renew_seconds: 300,
            session_cache_seconds: 5,
            time_zone: "Europe/Berlin".into(),
            retention_unconfirmed_days: 7,
            retention_reporter_email_days: 180,
            retention_inactive_days: 3 * 365,
            retention_warn_days: 30,
            retention_sent_mail_days: 30,
            retention_check_seconds: 3600,
            privacy_contact: None,
            dpo_contact: None,
            erase_public_contributions: "keep".into(),
            export_inline_mb: 20,
            mail_lease_seconds: 120,
            backup_dir: None,
            backup_every_hours: 24,
            backup_keep: 7,
            header_timeout_seconds: 10,
            max_connections: 900,
            shutdown_grace_seconds: 20,
            sqlite_synchronous: "full".into(),
            metrics_token: None,
            metrics_bind: None,
            trusted_proxies: Vec::new(),
            map_tiles_url: None,
            map_tiles_attribution: None,
            geocoder_url: None,
            open_data_licence: None,
        }
    }
}

impl Config {
    pub fn load(file: Option<&Path>) -> anyhow::Result<Config> {
        let mut config = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
                toml::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?
            }
            None => Config::default(),
        };
        config.apply_env(|k| std::env::var(k).ok())?;
        Ok(config)
    }

    fn apply_env(&mut self, var: impl Fn(&str) -> Option<String>) -> anyhow::Result<()> {
        let set = |target: &mut String, key: &str| {
            if let Some(v) = var(key) {
                *target = v;
            }
        };
        set(&mut self.database_url, "QUARTIER_DATABASE_URL");
        set(&mut self.bind, "QUARTIER_BIND");
        set(&mut self.base_url, "QUARTIER_BASE_URL");
        set(&mut self.mail_from, "QUARTIER_MAIL_FROM");
        set(&mut self.time_zone, "QUARTIER_TIME_ZONE");
        if let Some(v) = var("QUARTIER_SMTP_URL") {
            self.smtp_url = Some(v).filter(|v| !v.is_empty());
        }
        if let Some(v) = var("QUARTIER_DATA_DIR") {
            self.data_dir = v.into();
        }
        if let Some(v) = var("QUARTIER_SITE_ROOT") {
            self.site_root = v.into();
        }
        if let Some(v) = var("QUARTIER_IMPRINT_URL") {
            self.imprint_url = Some(v);
        }
        if let Some(v) = var("QUARTIER_ACCESSIBILITY_URL") {
            self.accessibility_url = Some(v);
        }
        if let Some(v) = var("QUARTIER_ACCESSIBILITY_CONTACT") {
            self.accessibility_contact = Some(v);
        }
        if let Some(v) = var("QUARTIER_ACCESSIBILITY_ENFORCEMENT_URL") {
            self.accessibility_enforcement_url = Some(v);
        }
        if let Some(v) = var("QUARTIER_TRANSLATE_URL") {
            self.translate_url = Some(v).filter(|v| !v.trim().is_empty());
        }
        if let Some(v) = var("QUARTIER_TRANSLATE_KEY") {
            self.translate_key = Some(v).filter(|v| !v.is_empty());
        }
        if let Some(v) = var("QUARTIER_SECRET_KEY") {
            self.secret_key = Some(v).filter(|v| !v.is_empty());
        }
        if let Some(v) = var("QUARTIER_SESSION_DAYS") {
            self.session_days = v.parse().ok().filter(|n| *n > 0).ok_or_else(|| anyhow::anyhow!("QUARTIER_SESSION_DAYS must be a number above 0"))?;
        }
        if let Some(v) = var("QUARTIER_ADMIN_SESSION_HOURS") {
            self.admin_session_hours = v.parse().ok().filter(|n| *n > 0).ok_or_else(|| anyhow::anyhow!("QUARTIER_ADMIN_SESSION_HOURS must be a number above 0"))?;
        }
        if let Some(v) = var("QUARTIER_SESSION_RENEW_SECONDS") {
            self.session_renew_seconds = v.parse().ok().filter(|n| *n >= 0).ok_or_else(|| anyhow::anyhow!("QUARTIER_SESSION_RENEW_SECONDS must be a number of seconds"))?;
        }
        if let Some(v) = var("QUARTIER_SESSION_CACHE_SECONDS") {
            self.session_cache_seconds = v.parse().ok().filter(|n| (0..=60).contains(n)).ok_or_else(|| anyhow::anyhow!("QUARTIER_SESSION_CACHE_SECONDS must be a number of seconds from 0 to 60"))?;
        }
        if let Some(v) = var("QUARTIER_AUTH_ATTEMPTS_PER_MINUTE") {
            self.auth_attempts_per_minute = v.parse().map_err(|_| anyhow::anyhow!("QUARTIER_AUTH_ATTEMPTS_PER_MINUTE must be a number"))?;
        }
        if let Some(v) = var("QUARTIER_HOLIDAYS") {
            self.holidays = v.split(',').map(|d| d.trim().to_string()).filter(|d| !d.is_empty()).collect();
        }
        if let Some(v) = var("QUARTIER_DEADLINE_CHECK_SECONDS") {
            self.deadline_check_seconds = v.parse().map_err(|_| anyhow::anyhow!("QUARTIER_DEADLINE_CHECK_SECONDS must be a number"))?;
        }
        if let Some(v) = var("QUARTIER_ESCALATE_AFTER_DAYS") {
            self.escalate_after_days = v.parse().map_err(|_| anyhow::anyhow!("QUARTIER_ESCALATE_AFTER_DAYS must be a number"))?;
        }
        if let Some(v) = var("QUARTIER_FLAG_THRESHOLD") {
            self.flag_threshold = v.parse().ok().filter(|n| *n > 0).ok_or_else(|| anyhow::anyhow!("QUARTIER_FLAG_THRESHOLD must be a number above 0"))?;
        }
        for (key, target) in [
            ("QUARTIER_RETENTION_UNCONFIRMED_DAYS", &mut self.retention_unconfirmed_days),
            ("QUARTIER_RETENTION_REPORTER_EMAIL_DAYS", &mut self.retention_reporter_email_days),
            ("QUARTIER_RETENTION_INACTIVE_DAYS", &mut self.retention_inactive_days),
            ("QUARTIER_RETENTION_WARN_DAYS", &mut self.retention_warn_days),
            ("QUARTIER_RETENTION_SENT_MAIL_DAYS", &mut self.retention_sent_mail_days),
        ] {
            if let Some(v) = var(key) {
                *target = v.parse().ok().filter(|n: &i64| *n > 0).ok_or_else(|| anyhow::anyhow!("{key} must be a number of days above 0"))?;
            }
        }
        if let Some(v) = var("QUARTIER_PRIVACY_CONTACT") {
            self.privacy_contact = Some(v).filter(|v| !v.trim().is_empty());
        }
        if let Some(v) = var("QUARTIER_DPO_CONTACT") {
            self.dpo_contact = Some(v).filter(|v| !v.trim().is_empty());
        }
        set(&mut self.erase_public_contributions, "QUARTIER_ERASE_PUBLIC_CONTRIBUTIONS");
        set(&mut self.sqlite_synchronous, "QUARTIER_SQLITE_SYNCHRONOUS");
        anyhow::ensure!(["full", "normal"].contains(&self.sqlite_synchronous.as_str()), "QUARTIER_SQLITE_SYNCHRONOUS must be \"full\" or \"normal\"");
        if let Some(v) = var("QUARTIER_EXPORT_INLINE_MB") {
            self.export_inline_mb = v.parse().map_err(|_| anyhow::anyhow!("QUARTIER_EXPORT_INLINE_MB must be a number"))?;
        }
        if let Some(v) = var("QUARTIER_BACKUP_DIR") {
            self.backup_dir = Some(PathBuf::from(v)).filter(|p| !p.as_os_str().is_empty());
        }
        if let Some(v) = var("QUARTIER_BACKUP_EVERY") {
            self.backup_every_hours = v.parse().ok().filter(|n| *n > 0).ok_or_else(|| anyhow::anyhow!("QUARTIER_BACKUP_EVERY must be a number of hours above 0"))?;
        }
        if let Some(v) = var("QUARTIER_BACKUP_KEEP") {
            self.backup_keep = v.parse().ok().filter(|n| *n > 0).ok_or_else(|| anyhow::anyhow!("QUARTIER_BACKUP_KEEP must be a number above 0"))?;
        }
        for (key, target) in [("QUARTIER_HEADER_TIMEOUT_SECONDS", &mut self.header_timeout_seconds), ("QUARTIER_SHUTDOWN_GRACE_SECONDS", &mut self.shutdown_grace_seconds)] {
            if let Some(v) = var(key) {
                *target = v.parse().map_err(|_| anyhow::anyhow!("{key} must be a number of seconds"))?;
            }
        }
        if let Some(v) = var("QUARTIER_MAX_CONNECTIONS") {
            self.max_connections = v.parse().ok().filter(|n| *n > 0).ok_or_else(|| anyhow::anyhow!("QUARTIER_MAX_CONNECTIONS must be a number above 0"))?;
        }
        if let Some(v) = var("QUARTIER_TRUSTED_PROXIES") {
            self.trusted_proxies = v.split(',').map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect();
        }
        if let Some(v) = var("QUARTIER_MAP_TILES_URL") {
            self.map_tiles_url = Some(v.trim().to_string());
        }
        if let Some(v) = var("QUARTIER_OPEN_DATA_LICENCE") {
            let v = v.trim().to_string();
            if v.is_empty() || v.chars().count() > 100 || v.chars().any(char::is_control) {
                anyhow::bail!("QUARTIER_OPEN_DATA_LICENCE must be a licence's name or identifier of at most 100 characters");
            }
            self.open_data_licence = Some(v);
        }
        if let Some(v) = var("QUARTIER_GEOCODER_URL") {
            self.geocoder_url = Some(v.trim().to_string()).filter(|v| !v.is_empty());
        }
        if let Some(v) = var("QUARTIER_MAP_TILES_ATTRIBUTION") {
            self.map_tiles_attribution = Some(v).filter(|v| !v.trim().is_empty());
        }
        if let Some(v) = var("QUARTIER_METRICS_TOKEN") {
            self.metrics_token = Some(v).filter(|v| !v.is_empty());
        }
        if let Some(t) = &self.metrics_token {
            anyhow::ensure!(t.len() >= 32, "QUARTIER_METRICS_TOKEN must be at least 32 characters long");
        }
        if let Some(v) = var("QUARTIER_METRICS_BIND") {
            self.metrics_bind = Some(v).filter(|v| !v.is_empty());
        }
        if let Some(v) = var("QUARTIER_MAIL_LEASE_SECONDS") {
            self.mail_lease_seconds = v.parse().map_err(|_| anyhow::anyhow!("QUARTIER_MAIL_LEASE_SECONDS must be a number"))?;
        }
        if let Some(v) = var("QUARTIER_RETENTION_CHECK_SECONDS") {
            self.retention_check_seconds = v.parse().map_err(|_| anyhow::anyhow!("QUARTIER_RETENTION_CHECK_SECONDS must be a number"))?;
        }
        if let Some(v) = var("QUARTIER_DB_MAX_CONNECTIONS") {
            self.db_max_connections = v.parse().map_err(|_| anyhow::anyhow!("QUARTIER_DB_MAX_CONNECTIONS must be a number"))?;
        }
        Ok(())
    }

    pub fn settings(&self) -> anyhow::Result<domain::config::Settings> {
        let format = time::macros::format_description!("[year]-[month]-[day]");
        let extra_holidays = self
            .holidays
            .iter()
            .map(|d| time::Date::parse(d, format).map_err(|_| anyhow::anyhow!("holiday {d:?} is not a YYYY-MM-DD date")))
            .collect::<anyhow::Result<Vec<_>>>()?;
        Ok(domain::config::Settings {
            base_url: self.base_url.trim_end_matches('/').to_string(),
            imprint_url: self.imprint_url.clone(),
            accessibility_url: self.accessibility_url.clone(),
            accessibility_contact: self.accessibility_contact.clone(),
            accessibility_enforcement_url: self.accessibility_enforcement_url.clone(),
            auth_attempts_per_minute: self.auth_attempts_per_minute,
            escalate_after_days: self.escalate_after_days,
            extra_holidays,
            flag_threshold: self.flag_threshold.max(1),
            upload_dir: self.data_dir.join("uploads"),
            translate_url: self.translate_url.clone(),
            translate_key: self.translate_key.clone(),
            session_lifetimes: domain::accounts::sessions::Lifetimes {
                absolute_seconds: self.session_days.max(1) * 86_400,
                admin_seconds: self.admin_session_hours.max(1) * 3_600,
                renew_seconds: self.session_renew_seconds.max(0),
                cache_seconds: self.session_cache_seconds.clamp(0, 60),
            },
            secret_key: domain::secret::SecretKey::new(self.secret_key_bytes()?.as_bytes()),
            time_zone: domain::config::city_time_zone(&self.time_zone).map_err(|e| anyhow::anyhow!("time zone {:?}: {e}", self.time_zone))?,
            privacy_contact: self.privacy_contact.clone(),
            dpo_contact: self.dpo_contact.clone(),
            // Only the host: the URL may hold a password.
            mail_host: self.smtp_url.as_deref().and_then(url_host),
            retention: domain::privacy::retention::Periods {
                unconfirmed_days: self.retention_unconfirmed_days,
                reporter_email_days: self.retention_reporter_email_days,
                inactive_days: self.retention_inactive_days,
                warn_days: self.retention_warn_days.min(self.retention_inactive_days),
                sent_mail_days: self.retention_sent_mail_days,
            },
            erase_public: domain::privacy::erase::PublicContributions::parse(&self.erase_public_contributions)
                .ok_or_else(|| anyhow::anyhow!("erase_public_contributions must be \"keep\" or \"remove\""))?,
            export_inline_bytes: self.export_inline_mb.saturating_mul(1024 * 1024),
            trusted_proxies: self
                .trusted_proxies
                .iter()
                .map(|p| p.parse().map_err(|_| anyhow::anyhow!("trusted proxy {p:?} is not an IP address")))
                .collect::<anyhow::Result<Vec<_>>>()?,
            map_tiles: self.map_tiles()?,
            geocoder_url: self.geocoder_url.clone(),
            open_data_licence: self.open_data_licence.clone().unwrap_or_else(|| domain::config::Settings::default().open_data_licence),
            ..Default::default()
        })
    }

    fn map_tiles(&self) -> anyhow::Result<Option<domain::config::MapTiles>> {
        let tiles = match self.map_tiles_url.as_deref() {
            None => domain::config::MapTiles::openstreetmap(),
            Some("") => return Ok(None),
            Some(url) => domain::config::MapTiles {
                url: url.to_string(),
                attribution: self.map_tiles_attribution.clone().unwrap_or_default(),
            },
        };
        anyhow::ensure!(tiles.origin().is_some(), "QUARTIER_MAP_TILES_URL must be an http(s) URL such as https://tiles.example.org/{{z}}/{{x}}/{{y}}.png");
        Ok(Some(tiles))
    }

    /// The configured key, or the one in the data folder, made on first use
    /// (readable by the owner only).
    fn secret_key_bytes(&self) -> anyhow::Result<String> {
        const MIN: usize = 32;
        if let Some(key) = &self.secret_key {
            anyhow::ensure!(key.len() >= MIN, "QUARTIER_SECRET_KEY must be at least {MIN} characters long");
            return Ok(key.clone());
        }
        let path = self.data_dir.join("secret.key");
        match std::fs::read_to_string(&path) {
            Ok(key) if key.trim().len() >= MIN => return Ok(key.trim().to_string()),
            Ok(_) => anyhow::bail!("{} is shorter than {MIN} characters", path.display()),
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => anyhow::bail!("cannot read {}: {e}", path.display()),
            Err(_) => {}
        }
        std::fs::create_dir_all(&self.data_dir)?;
        let key = domain::tokens::random_token();
        // Written aside and linked into place, so a second process starting
        // at the same moment either wins or reads the whole key, never half.
        let aside = self.data_dir.join(format!("secret.key.{}", std::process::id()));
        let _ = std::fs::remove_file(&aside);
        write_private(&aside, &key).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", aside.display()))?;
        let linked = std::fs::hard_link(&aside, &path);
        let _ = std::fs::remove_file(&aside);
        match linked {
            Ok(()) => Ok(key),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(std::fs::read_to_string(&path)?.trim().to_string()),
            Err(e) => anyhow::bail!("cannot write {}: {e}", path.display()),
        }
    }
}

#[cfg(unix)]
fn write_private(path: &Path, content: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    file.write_all(content.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &Path, content: &str) -> std::io::Result<()> {
    std::fs::write(path, content)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn environment_beats_file_which_beats_defaults() {
        let mut c: Config = toml::from_str("bind = \"0.0.0.0:8080\"\nmail_from = \"a@b.c\"").unwrap();
        assert_eq!(c.database_url, Config::default().database_url);
        c.apply_env(|k| (k == "QUARTIER_BIND").then(|| "127.0.0.1:9".to_string())).unwrap();
        assert_eq!(c.bind, "127.0.0.1:9");
        assert_eq!(c.mail_from, "a@b.c");
    }

    #[test]
    fn holidays_must_be_dates() {
        let c = Config { holidays: vec!["2026-12-24".into()], ..Config::default() };
        assert_eq!(c.settings().unwrap().extra_holidays.len(), 1);
        let c = Config { holidays: vec!["24.12.2026".into()], ..Config::default() };
        assert!(c.settings().is_err());
    }

    #[test]
    fn secret_key_is_generated_once_and_kept() {
        let dir = std::env::temp_dir().join(format!("quartier-key-{}", domain::tokens::random_token()));
        let c = Config { data_dir: dir.clone(), ..Config::default() };
        let first = c.secret_key_bytes().unwrap();
        assert_eq!(first, c.secret_key_bytes().unwrap());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(dir.join("secret.key")).unwrap().permissions().mode() & 0o777, 0o600);
        }
        let short = Config { secret_key: Some("short".into()), ..Config::default() };
        assert!(short.settings().is_err());
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn unknown_keys_are_refused() {
        assert!(toml::from_str::<Config>("databse_url = \"x\"").is_err());
    }
}

/// `smtp://user:secret@mail.example.org:587?tls=required` → `mail.example.org`.
fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = host.split(':').next()?;
    (!host.is_empty()).then(|| host.to_string())
}

#[cfg(test)]
#[test]
fn only_the_mail_host_is_shown() {
    assert_eq!(url_host("smtp://user:secret@mail.example.org:587?tls=required").as_deref(), Some("mail.example.org"));
    assert_eq!(url_host("smtp://127.0.0.1:2525").as_deref(), Some("127.0.0.1"));
}
