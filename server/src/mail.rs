//! Delivers the outbox: SMTP when configured, otherwise `.eml` files.
//!
//! Exactly once, with any number of server processes: a process claims a
//! batch of due mails under its own id and a lease, renews the lease while
//! it sends, and marks each mail sent under its id. Another process only
//! takes mails whose lease ran out (the first process died).
//!
//! Fast: several mails are in flight over connections that stay open, each
//! with TCP_NODELAY (lettre's own pool leaves Nagle's algorithm on, which
//! costs about 40 ms per mail). A full batch is followed at once by the
//! next; the worker only waits when nothing is due.
//!
//! When the relay itself fails (refused, timed out, broken), no mail is
//! charged an attempt: the batch is handed back and the relay is probed
//! every few seconds, so delivery resumes right after it is back. A mail the
//! relay rejects is retried with its own backoff.
use domain::mail::entity::mail_outbox;
use lettre::message::{header::ContentTransferEncoding, header::ContentType, Body, Mailbox, Message};
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::{AsyncFileTransport, AsyncTransport, Tokio1Executor};
use sea_orm::{
    entity::prelude::*, sea_query::ExprTrait, sea_query::LockBehavior, sea_query::LockType, DatabaseConnection, DbBackend,
    QueryOrder, QuerySelect,
};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// Mails claimed at once by one process.
const BATCH: u64 = 200;
/// Mails in flight at once, each over its own connection.
const LANES: usize = 4;
/// How often a failing relay is tried again.
const PROBE_EVERY: Duration = Duration::from_secs(3);
/// How long the worker rests when nothing is due (it is also woken).
const IDLE: Duration = Duration::from_secs(2);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// How a relay is reached, read from `smtp://user:pass@host:port?tls=…`.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Tls {
    Off,
    #[allow(clippy::enum_variant_names, reason = "STARTTLS is the protocol's name")]
    StartTls { required: bool },
    /// `smtps://`: TLS from the first byte.
    Wrapper,
}

#[derive(Clone)]
pub struct Relay {
    host: String,
    port: u16,
    tls: Tls,
    credentials: Option<Credentials>,
    hello: ClientId,
}

impl Relay {
    pub fn from_url(url: &str) -> anyhow::Result<Relay> {
        let parsed = url::Url::parse(url).map_err(|e| anyhow::anyhow!("QUARTIER_SMTP_URL: {e}"))?;
        let host = parsed.host_str().ok_or_else(|| anyhow::anyhow!("QUARTIER_SMTP_URL has no host"))?.to_string();
        let tls_param = parsed.query_pairs().find(|(k, _)| k == "tls").map(|(_, v)| v.to_string());
        let (tls, default_port) = match (parsed.scheme(), tls_param.as_deref()) {
            ("smtp", None) => (Tls::Off, 25),
            ("smtp", Some("required")) => (Tls::StartTls { required: true }, 587),
            ("smtp", Some("opportunistic")) => (Tls::StartTls { required: false }, 587),
            ("smtps", _) => (Tls::Wrapper, 465),
            (scheme, tls) => anyhow::bail!("QUARTIER_SMTP_URL: unknown scheme {scheme:?} or tls={tls:?}"),
        };
        let decode = |s: &str| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned();
        let credentials = parsed.password().map(|p| Credentials::new(decode(parsed.username()), decode(p)));
        let hello = match parsed.path().trim_matches('/') {
            "" => ClientId::default(),
            name => ClientId::Domain(name.to_string()),
        };
        Ok(Relay { port: parsed.port().unwrap_or(default_port), host, tls, credentials, hello })
    }

    async fn connect(&self) -> Result<AsyncSmtpConnection, String> {
        let failed = |e: lettre::transport::smtp::Error| e.to_string();
        let tls = || TlsParameters::new(self.host.clone()).map_err(failed);
        let mut conn = if self.tls == Tls::Wrapper {
            AsyncSmtpConnection::connect_tokio1((self.host.as_str(), self.port), Some(CONNECT_TIMEOUT), &self.hello, Some(tls()?), None).await.map_err(failed)?
        } else {
            let tcp = tokio::time::timeout(CONNECT_TIMEOUT, tokio::net::TcpStream::connect((self.host.as_str(), self.port)))
                .await
                .map_err(|_| "connect timed out".to_string())?
                .map_err(|e| e.to_string())?;
            tcp.set_nodelay(true).map_err(|e| e.to_string())?;
            let mut conn = AsyncSmtpConnection::connect_with_transport(Box::new(tcp), &self.hello).await.map_err(failed)?;
            if let Tls::StartTls { required } = self.tls {
                if required || conn.can_starttls() {
                    conn.starttls(tls()?, &self.hello).await.map_err(failed)?;
                }
            }
            conn
        };
        if let Some(credentials) = &self.credentials {
            conn.auth(&[Mechanism::Plain, Mechanism::Login], credentials).await.map_err(failed)?;
        }
        Ok(conn)
    }

    /// Whether the relay answers at all.
    async fn probe(&self) -> bool {
        match self.connect().await {
            Ok(mut conn) => {
                let _ = conn.quit().await;
                true
            }
            Err(_) => false,
        }
    }
}

pub enum Mailer {
    Smtp(Relay),
    Files(AsyncFileTransport<Tokio1Executor>),
}

impl Mailer {
    pub fn new(smtp_url: Option<&str>, data_dir: &Path) -> anyhow::Result<Mailer> {
        Ok(match smtp_url {
            Some(url) => Mailer::Smtp(Relay::from_url(url)?),
            None => {
                let dir = data_dir.join("mail");
                std::fs::create_dir_all(&dir)?;
                Mailer::Files(AsyncFileTransport::new(dir))
            }
        })
    }
}

/// Why one mail was not delivered.
enum Failure {
    /// The relay refused this mail: retried later with its own backoff.
    Mail(String),
    /// The relay could not be reached or broke off: nobody's fault but its own.
    Relay(String),
}

/// One connection that stays open between mails.
#[derive(Default)]
struct Lane {
    conn: Option<AsyncSmtpConnection>,
}

impl Lane {
    async fn send(&mut self, mailer: &Mailer, message: &Message) -> Result<(), Failure> {
        let relay = match mailer {
            Mailer::Files(t) => return t.send(message.clone()).await.map(|_| ()).map_err(|e| Failure::Mail(e.to_string())),
            Mailer::Smtp(relay) => relay,
        };
        let bytes = message.formatted();
        // A kept connection may have been closed by the relay meanwhile: one
        // more try on a fresh one before calling the relay down.
        for fresh in [false, true] {
            if fresh || self.conn.as_ref().is_none_or(|c| c.has_broken()) {
                self.conn = Some(relay.connect().await.map_err(Failure::Relay)?);
            }
            let Some(conn) = self.conn.as_mut() else { continue };
            match conn.send(message.envelope(), &bytes).await {
                Ok(_) => return Ok(()),
                Err(e) if e.is_permanent() || e.is_transient() => {
                    if conn.has_broken() {
                        self.conn = None;
                    }
                    return Err(Failure::Mail(e.to_string()));
                }
                Err(e) => {
                    self.conn = None;
                    if fresh {
                        return Err(Failure::Relay(e.to_string()));
                    }
                }
            }
        }
        Err(Failure::Relay("no connection".into()))
    }
}

/// Seconds to wait before the next attempt at a mail the relay refused:
/// 30 s doubling, at most an hour.
pub fn backoff(attempts: i32) -> i64 {
    Ord::min(30i64 << Ord::clamp(attempts, 0, 7), 3600)
}

/// This process's claims and how long they last.
pub struct Claimant {
    /// Random per process: marks touch only mails this process claimed.
    pub id: String,
    pub lease: Duration,
}

impl Claimant {
    pub fn new(lease: Duration) -> Claimant {
        Claimant { id: domain::tokens::random_token()[..32].to_string(), lease }
    }
}

fn now_unix() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// Reserves due mails in a short transaction, so no database lock is held
/// while talking to the relay. PostgreSQL skips rows another process is
/// claiming at the same moment.
async fn claim_due(db: &DatabaseConnection, me: &Claimant) -> Result<Vec<mail_outbox::Model>, DbErr> {
    let (txn, _turn) = domain::db::begin_write(db).await?;
    let now = now_unix();
    let mut query = mail_outbox::Entity::find()
        .filter(mail_outbox::Column::SentAt.is_null())
        .filter(mail_outbox::Column::NextAttemptAt.lte(now))
        .order_by_asc(mail_outbox::Column::Id)
        .limit(BATCH);
    if db.get_database_backend() == DbBackend::Postgres {
        query = query.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
    }
    let due = query.all(&txn).await?;
    if !due.is_empty() {
        mail_outbox::Entity::update_many()
            .col_expr(mail_outbox::Column::NextAttemptAt, Expr::value(now + me.lease.as_secs() as i64))
            .col_expr(mail_outbox::Column::ClaimedBy, Expr::value(Some(me.id.clone())))
            .filter(mail_outbox::Column::Id.is_in(due.iter().map(|m| m.id).collect::<Vec<_>>()))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(due)
}

fn mine(me: &Claimant) -> sea_orm::Condition {
    sea_orm::Condition::all().add(mail_outbox::Column::ClaimedBy.eq(me.id.as_str())).add(mail_outbox::Column::SentAt.is_null())
}

/// Marks delivered mails, in one short write.
async fn mark_sent(db: &DatabaseConnection, me: &Claimant, ids: &[i32]) -> Result<(), DbErr> {
    if ids.is_empty() {
        return Ok(());
    }
    let (txn, _turn) = domain::db::begin_write(db).await?;
    mail_outbox::Entity::update_many()
        .col_expr(mail_outbox::Column::SentAt, Expr::value(Some(time::OffsetDateTime::now_utc())))
        .col_expr(mail_outbox::Column::Attempts, Expr::col(mail_outbox::Column::Attempts).add(1))
        .col_expr(mail_outbox::Column::LastError, Expr::value(Option::<String>::None))
        .col_expr(mail_outbox::Column::ClaimedBy, Expr::value(Option::<String>::None))
        .filter(mine(me))
        .filter(mail_outbox::Column::Id.is_in(ids.to_vec()))
        .exec(&txn)
        .await?;
    txn.commit().await
}

/// A mail the relay refused waits its own backoff.
async fn mark_refused(db: &DatabaseConnection, me: &Claimant, mail: mail_outbox::Model, error: String) -> Result<(), DbErr> {
    let (txn, _turn) = domain::db::begin_write(db).await?;
    let attempts = mail.attempts + 1;
    mail_outbox::Entity::update_many()
        .col_expr(mail_outbox::Column::Attempts, Expr::value(attempts))
        .col_expr(mail_outbox::Column::NextAttemptAt, Expr::value(now_unix() + backoff(attempts)))
        .col_expr(mail_outbox::Column::LastError, Expr::value(Some(error)))
        .col_expr(mail_outbox::Column::ClaimedBy, Expr::value(Option::<String>::None))
        .filter(mine(me))
        .filter(mail_outbox::Column::Id.eq(mail.id))
        .exec(&txn)
        .await?;
    txn.commit().await
}

/// Keeps this process's unsent claims reserved while it is still sending.
async fn renew(db: &DatabaseConnection, me: &Claimant) -> Result<(), DbErr> {
    let (txn, _turn) = domain::db::begin_write(db).await?;
    mail_outbox::Entity::update_many()
        .col_expr(mail_outbox::Column::NextAttemptAt, Expr::value(now_unix() + me.lease.as_secs() as i64))
        .filter(mine(me))
        .exec(&txn)
        .await?;
    txn.commit().await
}

/// Hands back what this process claimed but did not send, due at once.
async fn release(db: &DatabaseConnection, me: &Claimant) -> Result<(), DbErr> {
    let (txn, _turn) = domain::db::begin_write(db).await?;
    mail_outbox::Entity::update_many()
        .col_expr(mail_outbox::Column::NextAttemptAt, Expr::value(now_unix()))
        .col_expr(mail_outbox::Column::ClaimedBy, Expr::value(Option::<String>::None))
        .filter(mine(me))
        .exec(&txn)
        .await?;
    txn.commit().await
}

/// What one round of the worker found.
#[derive(Debug, PartialEq, Eq)]
pub enum Round {
    /// Nothing was due.
    Idle,
    /// Some were sent; a full batch means more may be waiting.
    Sent { count: usize, full: bool },
    /// The relay failed; the rest of the batch was handed back.
    RelayDown,
}

struct Lanes(Vec<Lane>);

impl Lanes {
    fn new() -> Lanes {
        Lanes((0..LANES).map(|_| Lane::default()).collect())
    }
}

/// Claims a batch and sends it over several lanes; marks are written every
/// few dozen mails, and the lease is renewed while sending.
async fn deliver_round(db: &DatabaseConnection, mailer: &Mailer, from: &Mailbox, me: &Claimant, lanes: &mut Lanes) -> Result<Round, DbErr> {
    let due = claim_due(db, me).await?;
    if due.is_empty() {
        return Ok(Round::Idle);
    }
    let full = due.len() as u64 == BATCH;
    let relay_down = AtomicBool::new(false);
    let (results, mut received) = tokio::sync::mpsc::unbounded_channel::<(mail_outbox::Model, Result<(), Failure>)>();
    let lane_count = if matches!(mailer, Mailer::Files(_)) { 1 } else { lanes.0.len() };
    let mut queues: Vec<Vec<mail_outbox::Model>> = vec![Vec::new(); lane_count];
    for (i, mail) in due.into_iter().enumerate() {
        queues[i % lane_count].push(mail);
    }
    let senders = futures::future::join_all(lanes.0.iter_mut().zip(queues).map(|(lane, queue)| {
        let results = results.clone();
        let relay_down = &relay_down;
        async move {
            for mail in queue {
                if relay_down.load(Ordering::Relaxed) {
                    return;
                }
                let outcome = match build(&mail, from) {
                    Ok(message) => lane.send(mailer, &message).await,
                    Err(e) => Err(Failure::Mail(e)),
                };
                if matches!(outcome, Err(Failure::Relay(_))) {
                    relay_down.store(true, Ordering::Relaxed);
                }
                let _ = results.send((mail, outcome));
            }
        }
    }));
    drop(results);
    let collector = async {
        let mut sent = Vec::new();
        let mut count = 0;
        let mut renewal = tokio::time::interval(me.lease / 4);
        renewal.tick().await;
        let mut last_relay_error = None;
        loop {
            tokio::select! {
                next = received.recv() => match next {
                    Some((mail, Ok(()))) => {
                        metrics::counter!("quartier_mail_sent_total").increment(1);
                        sent.push(mail.id);
                        count += 1;
                        if sent.len() >= 50 {
                            mark_sent(db, me, &std::mem::take(&mut sent)).await?;
                        }
                    }
                    Some((mail, Err(Failure::Mail(e)))) => {
                        tracing::warn!(error = %e, attempts = mail.attempts + 1, "the mail relay refused a mail; will retry");
                        metrics::counter!("quartier_mail_refused_total").increment(1);
                        mark_refused(db, me, mail, e).await?;
                    }
                    Some((_, Err(Failure::Relay(e)))) => last_relay_error = Some(e),
                    None => break,
                },
                _ = renewal.tick() => renew(db, me).await?,
            }
        }
        mark_sent(db, me, &sent).await?;
        Ok::<_, DbErr>((count, last_relay_error))
    };
    let (_, collected) = tokio::join!(senders, collector);
    let (count, relay_error) = collected?;
    if let Some(e) = relay_error {
        tracing::warn!(error = %e, "the mail relay cannot be reached; probing it");
        metrics::counter!("quartier_mail_relay_down_total").increment(1);
        release(db, me).await?;
        return Ok(Round::RelayDown);
    }
    Ok(Round::Sent { count, full })
}

/// Delivers until nothing is due (for tests and the command line).
pub async fn deliver_due(db: &DatabaseConnection, mailer: &Mailer, from: &Mailbox) -> Result<usize, DbErr> {
    let me = Claimant::new(Duration::from_secs(120));
    let mut lanes = Lanes::new();
    let mut total = 0;
    loop {
        match deliver_round(db, mailer, from, &me, &mut lanes).await? {
            Round::Sent { count, full: true } => total += count,
            Round::Sent { count, full: false } => return Ok(total + count),
            Round::Idle | Round::RelayDown => return Ok(total),
        }
    }
}

fn build(mail: &mail_outbox::Model, from: &Mailbox) -> Result<Message, String> {
    let to: Mailbox = mail.recipient.parse().map_err(|e: lettre::address::AddressError| e.to_string())?;
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(&mail.subject)
        // The same on every attempt, so a mail that did arrive before a
        // crash is recognised as the same one.
        .message_id(Some(format!("<outbox-{}-{}@{}>", mail.id, mail.created_at.unix_timestamp(), from.email.domain())))
        .header(ContentType::TEXT_PLAIN)
        // Quoted-printable keeps links readable in any mail program.
        .body(Body::new_with_encoding(mail.body.clone(), ContentTransferEncoding::QuotedPrintable).map_err(|_| "body encoding".to_string())?)
        .map_err(|e| e.to_string())
}

/// Runs until the process ends.
pub async fn run_worker(db: DatabaseConnection, mailer: Mailer, from: Mailbox, wakeup: Arc<Notify>, lease: Duration) {
    let me = Claimant::new(lease);
    let mut lanes = Lanes::new();
    loop {
        match deliver_round(&db, &mailer, &from, &me, &mut lanes).await {
            Ok(Round::Sent { full: true, .. }) => continue,
            Ok(Round::RelayDown) => {
                if let Mailer::Smtp(relay) = &mailer {
                    while !relay.probe().await {
                        tokio::time::sleep(PROBE_EVERY).await;
                    }
                    tracing::info!("the mail relay answers again");
                }
                continue;
            }
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "mail worker"),
        }
        tokio::select! {
            _ = wakeup.notified() => {}
            _ = tokio::time::sleep(IDLE) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff(1), 60);
        assert_eq!(backoff(2), 120);
        assert_eq!(backoff(20), 3600);
    }

    #[test]
    fn relay_urls_are_read_like_lettre_reads_them() {
        let r = Relay::from_url("smtp://127.0.0.1:2525").unwrap();
        assert_eq!((r.host.as_str(), r.port, r.tls.clone()), ("127.0.0.1", 2525, Tls::Off));
        let r = Relay::from_url("smtp://user%40city:p%26ss@mail.example?tls=required").unwrap();
        assert_eq!((r.port, r.tls.clone()), (587, Tls::StartTls { required: true }));
        assert!(r.credentials.is_some());
        assert_eq!(Relay::from_url("smtps://mail.example").unwrap().tls, Tls::Wrapper);
        assert!(Relay::from_url("http://mail.example").is_err());
    }
}
