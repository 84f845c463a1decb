//! A real SMTP server on loopback that keeps what it receives, so tests can
//! read the mails Quartier sends and follow their links.
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::sync::Notify;

#[derive(Clone, Debug)]
pub struct Mail {
    pub to: Vec<String>,
    /// Headers and body as received.
    pub raw: String,
}

impl Mail {
    /// The body, decoded from quoted-printable.
    pub fn body(&self) -> String {
        let body = self.raw.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or(&self.raw);
        decode_quoted_printable(body)
    }

    /// The first link in the body that starts with `prefix`.
    pub fn link(&self, prefix: &str) -> Option<String> {
        let body = self.body();
        let start = body.find(prefix)?;
        Some(body[start..].split_whitespace().next()?.to_string())
    }
}

fn decode_quoted_printable(s: &str) -> String {
    let s = s.replace("=\r\n", "").replace("=\n", "");
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).replace("\r\n", "\n")
}

#[derive(Clone)]
pub struct Sink {
    pub port: u16,
    mails: Arc<Mutex<Vec<Mail>>>,
    arrived: Arc<Notify>,
    /// Milliseconds the sink waits before accepting each mail: a slow relay.
    delay_ms: Arc<std::sync::atomic::AtomicU64>,
}

impl Sink {
    pub async fn start() -> Sink {
        Self::start_on(0).await
    }

    /// A sink on a given loopback port (0: any free one).
    pub async fn start_on(port: u16) -> Sink {
        let listener = TcpListener::bind(("127.0.0.1", port)).await.unwrap();
        let sink = Sink { port: listener.local_addr().unwrap().port(), mails: Arc::default(), arrived: Arc::new(Notify::new()), delay_ms: Arc::default() };
        let s = sink.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let s = s.clone();
                tokio::spawn(async move {
                    let _ = s.session(stream).await;
                });
            }
        });
        sink
    }

    async fn session(&self, stream: tokio::net::TcpStream) -> std::io::Result<()> {
        let (read, mut write) = stream.into_split();
        let mut lines = BufReader::new(read);
        write.write_all(b"220 quartier-test-sink ESMTP\r\n").await?;
        let mut to = Vec::new();
        let mut line = String::new();
        loop {
            line.clear();
            if lines.read_line(&mut line).await? == 0 {
                return Ok(());
            }
            let command = line.trim_end().to_ascii_uppercase();
            let reply: &[u8] = if command.starts_with("EHLO") || command.starts_with("HELO") {
                b"250-quartier-test-sink\r\n250 8BITMIME\r\n"
            } else if command.starts_with("MAIL FROM") {
                to.clear();
                b"250 OK\r\n"
            } else if command.starts_with("RCPT TO") {
                let addr = line.trim_end()[8..].trim().trim_start_matches('<').trim_end_matches('>').to_string();
                to.push(addr);
                b"250 OK\r\n"
            } else if command == "DATA" {
                write.write_all(b"354 go ahead\r\n").await?;
                let mut raw = String::new();
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == ".\r\n" || line == ".\n" {
                        break;
                    }
                    // Undo SMTP dot-stuffing.
                    raw.push_str(if line.starts_with("..") { &line[1..] } else { &line });
                }
                let delay = self.delay_ms.load(std::sync::atomic::Ordering::Relaxed);
                if delay > 0 {
                    tokio::time::sleep(Duration::from_millis(delay)).await;
                }
                self.mails.lock().unwrap().push(Mail { to: to.clone(), raw });
                self.arrived.notify_waiters();
                b"250 stored\r\n"
            } else if command == "QUIT" {
                write.write_all(b"221 bye\r\n").await?;
                return Ok(());
            } else {
                b"250 OK\r\n"
            };
            write.write_all(reply).await?;
        }
    }

    /// Makes the sink take `ms` milliseconds for every mail from now on.
    pub fn slow_down(&self, ms: u64) {
        self.delay_ms.store(ms, std::sync::atomic::Ordering::Relaxed);
    }

    pub fn all(&self) -> Vec<Mail> {
        self.mails.lock().unwrap().clone()
    }

    /// Waits (up to 15 s) for the `n`-th mail (counting from 1) to `to`.
    /// The first mail to `to` whose body contains `needle`, waiting for it.
    pub async fn wait_for_text(&self, to: &str, needle: &str) -> Mail {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
        loop {
            let arrived = self.arrived.notified();
            if let Some(m) = self.all().into_iter().find(|m| m.to.iter().any(|t| t == to) && m.body().contains(needle)) {
                return m;
            }
            if tokio::time::timeout_at(deadline, arrived).await.is_err() {
                panic!("no mail to {to} with {needle:?} arrived");
            }
        }
    }

    pub async fn wait_for(&self, to: &str, n: usize) -> Mail {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
        loop {
            let arrived = self.arrived.notified();
            let found: Vec<Mail> = self.all().into_iter().filter(|m| m.to.iter().any(|t| t == to)).collect();
            if found.len() >= n {
                return found[n - 1].clone();
            }
            if tokio::time::timeout_at(deadline, arrived).await.is_err() {
                panic!("no mail number {n} to {to} arrived; got mails to {:?}", self.all().iter().map(|m| &m.to).collect::<Vec<_>>());
            }
        }
    }
}
