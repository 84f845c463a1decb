//! Headless Chromium driven through chromedriver (Debian's packages), with
//! axe-core injected for accessibility checks.
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub struct Browser {
    pub client: Client,
    driver: Child,
    _profile: super::TempDir,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Browser {
    /// Starts Chromium; with `javascript: false` scripts are switched off,
    /// as for a person on an old phone or with JavaScript blocked.
    pub async fn start(javascript: bool) -> Browser {
        let port = free_port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver is installed (Debian package chromium-driver)");
        let profile = super::TempDir(std::env::temp_dir().join(format!("quartier-chromium-{}", super::random_suffix())));
        let mut options = json!({
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1024,900", "--lang=de-DE",
                format!("--user-data-dir={}", profile.0.display()),
            ],
            "prefs": { "intl.accept_languages": "de-DE,de" },
        });
        if !javascript {
            options["prefs"]["profile.managed_default_content_settings.javascript"] = json!(2);
        }
        let mut caps = serde_json::Map::new();
        caps.insert("goog:chromeOptions".into(), options);
        let url = format!("http://127.0.0.1:{port}");
        let mut last_error = None;
        for _ in 0..50 {
            match ClientBuilder::new(HttpConnector::new()).capabilities(caps.clone()).connect(&url).await {
                Ok(client) => return Browser { client, driver, _profile: profile },
                Err(e) => last_error = Some(e),
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!("chromedriver did not start: {last_error:?}");
    }

    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.unwrap();
    }

    pub async fn fill(&self, css: &str, value: &str) {
        let el = self.client.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("no {css}: {e}"));
        el.clear().await.unwrap();
        el.send_keys(value).await.unwrap();
    }

    pub async fn click(&self, css: &str) {
        self.client.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("no {css}: {e}")).click().await.unwrap();
    }

    pub async fn text(&self) -> String {
        super::text(&self.client.source().await.unwrap())
    }

    pub async fn attr(&self, css: &str, name: &str) -> Option<String> {
        self.client.find(Locator::Css(css)).await.ok()?.attr(name).await.unwrap()
    }

    pub async fn path(&self) -> String {
        let url = self.client.current_url().await.unwrap();
        match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_string(),
        }
    }

    /// Waits until the page's text contains `needle` (up to 10 s).
    pub async fn wait_for_text(&self, needle: &str) {
        for _ in 0..100 {
            if self.text().await.contains(needle) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("page never showed {needle:?}; it shows: {}", self.text().await);
    }

    /// Runs axe-core with the WCAG 2.1 A and AA rules and returns the
    /// violations as "rule: target" lines.
    pub async fn axe_violations(&self) -> Vec<String> {
        let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../node_modules/axe-core/axe.min.js"))
            .expect("axe-core installed by npm ci");
        self.client.execute(&source, vec![]).await.unwrap();
        let result: Value = self
            .client
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                   axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                      .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                      .catch(e => done(['axe failed: ' + e]));"#,
                vec![],
            )
            .await
            .unwrap();
        result.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect()
    }

    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
    }
}
