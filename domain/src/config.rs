/// Settings the application needs at run time; loaded by the server from
/// environment variables or a TOML file.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Public address, used in mailed links, e.g. `http://127.0.0.1:3000`.
    pub base_url: String,
    pub imprint_url: Option<String>,
    pub accessibility_url: Option<String>,
    /// Who answers about barriers (name, address, phone, email), shown in
    /// the accessibility statement.
    pub accessibility_contact: Option<String>,
    /// The enforcement body (Schlichtungsstelle) people can turn to.
    pub accessibility_enforcement_url: Option<String>,
    /// Attempts per minute and client address for login, registration and
    /// password reset.
    pub auth_attempts_per_minute: u32,
    pub verify_link_hours: i64,
    pub reset_link_minutes: i64,
    /// How long a link mailed to an office without accounts works.
    pub office_link_days: i64,
    /// Deadline when a concern is forwarded without a routing rule.
    pub default_deadline_days: i32,
    /// Business days after a passed deadline before a concern is escalated.
    pub escalate_after_days: i64,
    /// Days off besides weekends and Thuringia's public holidays.
    pub extra_holidays: Vec<time::Date>,
    /// Open flags that hide a concern or comment pending review.
    pub flag_threshold: u32,
    /// Where photos and their thumbnails are stored.
    pub upload_dir: std::path::PathBuf,
    /// A LibreTranslate-compatible machine-translation service; off when unset.
    pub translate_url: Option<String>,
    pub translate_key: Option<String>,
    /// Longest sign-in, and the shorter one for administrators.
    pub session_lifetimes: Lifetimes,
    /// Signs CSRF tokens; from `QUARTIER_SECRET_KEY` or the data folder.
    pub secret_key: crate::secret::SecretKey,
    /// The city's time zone, for times people read (the audit log).
    pub time_zone: jiff::tz::TimeZone,
    /// How long personal data is kept (the privacy page states it).
    pub retention: Periods,
    /// Who answers about personal data, and the data-protection officer,
    /// named on the privacy page.
    pub privacy_contact: Option<String>,
    pub dpo_contact: Option<String>,
    /// The mail server's host, named on the privacy page (none: files).
    pub mail_host: Option<String>,
    /// What becomes of a deleted person's concerns and comments.
    pub erase_public: PublicContributions,
    /// Exports larger than this (photos included) are prepared in the
    /// background and their link mailed.
    pub export_inline_bytes: u64,
    /// Our own reverse proxies: only from them is `X-Forwarded-For` believed.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Background tiles of the maps; none: the maps show the districts'
    /// boundaries alone.
    pub map_tiles: Option<MapTiles>,
    /// A Nominatim-compatible geocoder for address suggestions; off when unset.
    pub geocoder_url: Option<String>,
    /// The licence the open data carry, by its identifier (`dl-de/by-2-0`).
    pub open_data_licence: String,
}

/// A tile server for the maps' background (`{z}/{x}/{y}` in the URL).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapTiles {
    pub url: String,
    /// Shown on the map, as the tiles' licence asks.
    pub attribution: String,
}

impl MapTiles {
    /// OpenStreetMap's own tile server: fine for trying Quartier out; its
    /// usage policy asks heavy users to run their own or pay a provider.
    pub fn openstreetmap() -> MapTiles {
        MapTiles {
            url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png".into(),
            attribution: "© OpenStreetMap contributors (openstreetmap.org/copyright)".into(),
        }
    }

    /// The origin the browser loads tiles from, for the Content-Security-
    /// Policy: `https://tile.example.org`; a `{s}` subdomain becomes `*`.
    /// `None` for a URL that is not http(s).
    pub fn origin(&self) -> Option<String> {
        let (scheme, rest) = self.url.split_once("://")?;
        if scheme != "https" && scheme != "http" {
            return None;
        }
        let host = rest.split('/').next().filter(|h| !h.is_empty())?.replace("{s}", "*");
        host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '*')).then(|| format!("{scheme}://{host}"))
    }
}

/// A time zone by its IANA name (`Europe/Berlin`), from the built-in database.
pub fn city_time_zone(name: &str) -> Result<jiff::tz::TimeZone, String> {
    jiff::tz::TimeZone::get(name).map_err(|e| e.to_string())
}

impl Settings {
    /// Cookies get the `Secure` flag when Quartier is served over https.
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    /// A moment as the city's clocks show it: `2026-11-27 16:05 CET`.
    pub fn local_time(&self, t: time::OffsetDateTime) -> String {
        match jiff::Timestamp::from_second(t.unix_timestamp()) {
            Ok(ts) => ts.to_zoned(self.time_zone.clone()).strftime("%Y-%m-%d %H:%M %Z").to_string(),
            Err(_) => t.to_string(),
        }
    }

    pub fn calendar(&self) -> crate::business_days::Calendar {
        crate::business_days::Calendar { extra_holidays: self.extra_holidays.clone() }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            base_url: "http://127.0.0.1:3000".into(),
            imprint_url: None,
            accessibility_url: None,
            accessibility_contact: None,
            accessibility_enforcement_url: None,
            auth_attempts_per_minute: 10,
            verify_link_hours: 48,
            reset_link_minutes: 60,
            office_link_days: 60,
            default_deadline_days: 10,
            escalate_after_days: 5,
            extra_holidays: Vec::new(),
            flag_threshold: 3,
            upload_dir: "data/uploads".into(),
            translate_url: None,
            translate_key: None,
            session_lifetimes: Lifetimes { absolute_seconds: 30 * 86_400, admin_seconds: 8 * 3_600, renew_seconds: 300, cache_seconds: 5 },
            secret_key: Default::default(),
            time_zone: city_time_zone("Europe/Berlin").unwrap_or(jiff::tz::TimeZone::UTC),
            retention: Default::default(),
            privacy_contact: None,
            dpo_contact: None,
            mail_host: None,
            erase_public: Default::default(),
            export_inline_bytes: 20 * 1024 * 1024,
            trusted_proxies: Vec::new(),
            map_tiles: None,
            geocoder_url: None,
            open_data_licence: "dl-de/by-2-0".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::MapTiles;

    #[test]
    fn tile_origins_for_the_content_security_policy() {
        assert_eq!(MapTiles::openstreetmap().origin().as_deref(), Some("https://tile.openstreetmap.org"));
        let tiles = |url: &str| MapTiles { url: url.into(), attribution: String::new() };
        assert_eq!(tiles("https://{s}.tiles.example.org/{z}/{x}/{y}.png").origin().as_deref(), Some("https://*.tiles.example.org"));
        assert_eq!(tiles("http://127.0.0.1:8080/{z}/{x}/{y}.png").origin().as_deref(), Some("http://127.0.0.1:8080"));
        for bad in ["javascript:alert(1)", "tiles/{z}/{x}/{y}.png", "https://", "https://a b/{z}", "https://x'; script-src *"] {
            assert_eq!(tiles(bad).origin(), None, "{bad}");
        }
    }
}

/// Longest lifetimes, whatever the activity.
#[derive(Clone, Copy, Debug)]
pub struct Lifetimes {
    pub absolute_seconds: i64,
    /// Administrators can change everything: their sessions end sooner, and
    /// also after this long without a request.
    pub admin_seconds: i64,
    /// Activity pushes the idle expiry forward at most this often (one
    /// write to the session store per active session and period).
    pub renew_seconds: i64,
    /// A process reuses what it read of a sign-in for this long; another
    /// process sees a sign-out or a new password within this time.
    pub cache_seconds: i64,
}

impl Lifetimes {
    /// How long a process reuses what it read of a sign-in.
    pub fn cache_for(&self) -> std::time::Duration {
        std::time::Duration::from_secs(self.cache_seconds.max(0) as u64)
    }
}

/// The periods, in days (configurable; the privacy page states them).
#[derive(Clone, Debug, PartialEq)]
pub struct Periods {
    /// Reports and participation requests never confirmed by their link.
    pub unconfirmed_days: i64,
    /// The address of a reporter without an account, after the concern closed.
    pub reporter_email_days: i64,
    /// Accounts nobody signed in to for this long are deleted…
    pub inactive_days: i64,
    /// …after a warning mail this many days before.
    pub warn_days: i64,
    /// Texts of mails already sent, and who flagged a post once the
    /// moderators decided.
    pub sent_mail_days: i64,
}

impl Default for Periods {
    fn default() -> Self {
        Periods { unconfirmed_days: 7, reporter_email_days: 180, inactive_days: 3 * 365, warn_days: 30, sent_mail_days: 30 }
    }
}

/// What becomes of a deleted person's concerns and comments.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PublicContributions {
    /// They stay public, by "a former resident".
    #[default]
    Keep,
    /// They are deleted, with what hangs on them.
    Remove,
}

impl PublicContributions {
    pub fn parse(value: &str) -> Option<Self> {
        match value.trim() {
            "keep" => Some(Self::Keep),
            "remove" => Some(Self::Remove),
            _ => None,
        }
    }
}
