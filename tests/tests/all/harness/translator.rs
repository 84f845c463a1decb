//! A LibreTranslate-compatible service on loopback that answers
//! `POST /translate` with "[target] text", or, when switched, answers
//! garbage or drops the connection like a service that is down.
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Mode {
    Works = 0,
    Garbage = 1,
    Down = 2,
}

pub struct Translator {
    pub url: String,
    mode: Arc<AtomicU8>,
    /// Requests received, as JSON.
    pub requests: Arc<std::sync::Mutex<Vec<serde_json::Value>>>,
}

impl Translator {
    pub async fn start() -> Translator {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let mode = Arc::new(AtomicU8::new(Mode::Works as u8));
        let requests = Arc::new(std::sync::Mutex::new(Vec::new()));
        let (m, r) = (mode.clone(), requests.clone());
        tokio::spawn(async move {
            while let Ok((mut socket, _)) = listener.accept().await {
                let (m, r) = (m.clone(), r.clone());
                tokio::spawn(async move {
                    let Some(body) = read_request(&mut socket).await else { return };
                    let answer = match m.load(Ordering::SeqCst) {
                        2 => return, // dropped without an answer
                        1 => "<html><body>502 Bad Gateway</body></html>".to_string(),
                        _ => {
                            let request: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
                            r.lock().unwrap().push(request.clone());
                            let target = request["target"].as_str().unwrap_or_default();
                            let q = request["q"].as_str().unwrap_or_default();
                            serde_json::json!({ "translatedText": format!("[{target}] {q}") }).to_string()
                        }
                    };
                    send_json(&mut socket, &answer).await;
                });
            }
        });
        Translator { url, mode, requests }
    }

    pub fn set(&self, mode: Mode) {
        self.mode.store(mode as u8, Ordering::SeqCst);
    }
}

/// Answers 200 with a JSON body and closes, as the fake services do.
pub async fn send_json(socket: &mut tokio::net::TcpStream, body: &str) {
    let response = format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len());
    let _ = socket.write_all(response.as_bytes()).await;
}

/// Reads one HTTP request and returns its body.
async fn read_request(socket: &mut tokio::net::TcpStream) -> Option<Vec<u8>> {
    let mut data = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let n = socket.read(&mut buf).await.ok()?;
        if n == 0 {
            return None;
        }
        data.extend_from_slice(&buf[..n]);
        if let Some(end) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&data[..end]).to_lowercase();
            let length: usize = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:").map(|v| v.trim().parse().unwrap_or(0)))
                .unwrap_or(0);
            while data.len() < end + 4 + length {
                let n = socket.read(&mut buf).await.ok()?;
                if n == 0 {
                    break;
                }
                data.extend_from_slice(&buf[..n]);
            }
            return Some(data[end + 4..].to_vec());
        }
    }
}
