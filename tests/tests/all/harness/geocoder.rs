//! A Nominatim-compatible geocoder on loopback: `/search` knows the
//! Fischmarkt (in Erfurt, and one in Berlin the city's bounds must drop),
//! `/reverse` names it for any point. When switched, it answers garbage or
//! keeps the connection open without an answer, like a service that hangs.
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;
use super::translator::send_json;
use tokio::io::AsyncReadExt;
use tokio::net::TcpListener;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Mode {
    Works = 0,
    Garbage = 1,
    Hangs = 2,
}

pub struct Geocoder {
    pub url: String,
    mode: Arc<AtomicU8>,
    /// Request lines received (`GET /search?… HTTP/1.1`).
    pub requests: Arc<std::sync::Mutex<Vec<String>>>,
}

pub const FISCHMARKT: &str = "Fischmarkt 1, 99084 Erfurt";

impl Geocoder {
    pub async fn start() -> Geocoder {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let mode = Arc::new(AtomicU8::new(Mode::Works as u8));
        let requests = Arc::new(std::sync::Mutex::new(Vec::new()));
        let (m, r) = (mode.clone(), requests.clone());
        tokio::spawn(async move {
            while let Ok((mut socket, _)) = listener.accept().await {
                let (m, r) = (m.clone(), r.clone());
                tokio::spawn(async move {
                    let Some(line) = read_request_line(&mut socket).await else { return };
                    r.lock().unwrap().push(line.clone());
                    let answer = match m.load(Ordering::SeqCst) {
                        2 => {
                            // Longer than the client waits; the test's runtime ends it.
                            tokio::time::sleep(std::time::Duration::from_secs(30)).await;
                            return;
                        }
                        1 => "<html><body>502 Bad Gateway</body></html>".to_string(),
                        _ if line.starts_with("GET /reverse") => {
                            serde_json::json!({ "lat": "50.97806", "lon": "11.02917", "display_name": FISCHMARKT }).to_string()
                        }
                        _ if line.to_lowercase().contains("fischmarkt") => serde_json::json!([
                            { "lat": "52.5170", "lon": "13.4020", "display_name": "Fischmarkt, 10178 Berlin" },
                            { "lat": "50.97806", "lon": "11.02917", "display_name": FISCHMARKT },
                        ])
                        .to_string(),
                        _ => "[]".to_string(),
                    };
                    send_json(&mut socket, &answer).await;
                });
            }
        });
        Geocoder { url, mode, requests }
    }

    pub fn set(&self, mode: Mode) {
        self.mode.store(mode as u8, Ordering::SeqCst);
    }
}

/// Reads a request's head and returns its first line.
async fn read_request_line(socket: &mut tokio::net::TcpStream) -> Option<String> {
    let mut data = Vec::new();
    let mut buf = [0u8; 4096];
    while !data.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = socket.read(&mut buf).await.ok()?;
        if n == 0 {
            return None;
        }
        data.extend_from_slice(&buf[..n]);
    }
    String::from_utf8_lossy(&data).lines().next().map(str::to_string)
}
