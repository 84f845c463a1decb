//! Serving connections with limits `axum::serve` does not set: a client has
//! a few seconds to send its request headers (so half-sent requests cannot
//! hold file descriptors for ever), the number of open connections is
//! capped (at the cap, the oldest connection that has not sent a request
//! yet is closed to make room, so idle ones cannot lock visitors out), and
//! on shutdown requests in flight get a grace
//! period to finish.
use axum::Router;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::service::TowerToHyperService;
use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tower::Service;

#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Time to send the request line and headers.
    pub header_timeout: Duration,
    /// Connections open at once; more are closed on arrival.
    pub max_connections: usize,
    /// How long requests in flight may take after a shutdown signal.
    pub grace: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { header_timeout: Duration::from_secs(10), max_connections: 900, grace: Duration::from_secs(20) }
    }
}

/// A connection that has not sent a whole request yet; the first to go
/// when the cap is reached.
struct Waiting {
    started: Arc<AtomicBool>,
    evict: tokio::sync::oneshot::Sender<()>,
}

pub async fn serve(listener: tokio::net::TcpListener, app: Router, limits: Limits, shutdown: impl std::future::Future<Output = ()>) {
    let mut make = app.into_make_service_with_connect_info::<SocketAddr>();
    let open = Arc::new(tokio::sync::Semaphore::new(limits.max_connections));
    let waiting: Arc<Mutex<VecDeque<Waiting>>> = Arc::default();
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder.http1().timer(TokioTimer::new()).header_read_timeout(limits.header_timeout);
    tokio::pin!(shutdown);
    loop {
        let (stream, addr) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(e) => {
                    // Out of descriptors, say: wait a little instead of spinning.
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let permit = match open.clone().try_acquire_owned() {
            Ok(permit) => permit,
            // At the cap: the oldest connection still owing its first request
            // makes room, so idle half-sent requests cannot lock visitors out.
            Err(_) => match evict_oldest_waiting(&waiting, &open).await {
                Some(permit) => permit,
                None => {
                    tracing::warn!(limit = limits.max_connections, "too many open connections; closing a new one");
                    continue;
                }
            },
        };
        let _ = stream.set_nodelay(true);
        let Ok(service) = make.call(addr).await;
        let started = Arc::new(AtomicBool::new(false));
        let (evict, evicted) = tokio::sync::oneshot::channel();
        waiting.lock().unwrap_or_else(|e| e.into_inner()).push_back(Waiting { started: started.clone(), evict });
        let marked = {
            let started = started.clone();
            tower::ServiceBuilder::new()
                .map_request(move |request: axum::http::Request<hyper::body::Incoming>| {
                    started.store(true, Ordering::Relaxed);
                    request
                })
                .service(service)
        };
        let connection = builder.serve_connection_with_upgrades(TokioIo::new(stream), TowerToHyperService::new(marked)).into_owned();
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            tokio::select! {
                _ = connection => {}
                _ = evicted => {}
            }
            started.store(true, Ordering::Relaxed);
            drop(permit);
        });
    }
    drop(listener);
    if tokio::time::timeout(limits.grace, graceful.shutdown()).await.is_err() {
        tracing::warn!(grace = ?limits.grace, "requests still running after the grace period were cut off");
    }
}

/// Closes the oldest connection that has not sent a request yet and takes
/// its place; none if every open connection is busy.
async fn evict_oldest_waiting(waiting: &Mutex<VecDeque<Waiting>>, open: &Arc<tokio::sync::Semaphore>) -> Option<tokio::sync::OwnedSemaphorePermit> {
    let victim = {
        let mut queue = waiting.lock().unwrap_or_else(|e| e.into_inner());
        // Connections that have sent a request, or ended, leave the queue here.
        loop {
            let front = queue.pop_front()?;
            if !front.started.load(Ordering::Relaxed) {
                break front;
            }
        }
    };
    let _ = victim.evict.send(());
    tokio::time::timeout(Duration::from_secs(1), open.clone().acquire_owned()).await.ok()?.ok()
}
