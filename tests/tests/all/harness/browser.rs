//! Headless Chromium driven through chromedriver (Debian's packages), with
//! axe-core injected for accessibility checks.
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
pub use fantoccini::key::Key;
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
        Self::launch(javascript, "--window-size=1024,900", 1).await
    }

    /// A browser zoomed to `zoom` × 100 % on a 1280 × 900 screen: the page
    /// gets 1280 / zoom CSS pixels of width and `zoom` device pixels per CSS
    /// pixel, which is what browser zoom does to a page.
    pub async fn zoomed(javascript: bool, zoom: u32) -> Browser {
        Self::launch(javascript, &format!("--window-size={},{}", 1280 / zoom, 900 / zoom), zoom).await
    }

    async fn launch(javascript: bool, window: &str, scale: u32) -> Browser {
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
                window, format!("--force-device-scale-factor={scale}"), "--lang=de-DE",
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

    /// Chooses the option with `value` in a `<select>`.
    pub async fn select(&self, css: &str, value: &str) {
        let el = self.client.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("no {css}: {e}"));
        el.select_by_value(value).await.unwrap_or_else(|e| panic!("no option {value} in {css}: {e}"));
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

    pub async fn exists(&self, css: &str) -> bool {
        self.client.find(Locator::Css(css)).await.is_ok()
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

    /// Waits until `needle` is gone from the page (a live region caught up).
    pub async fn wait_without_text(&self, needle: &str) {
        for _ in 0..100 {
            if !self.text().await.contains(needle) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("page kept showing {needle:?}");
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

    /// Presses and releases keys one after another, as a person at the
    /// keyboard does; the keys go to whatever has focus.
    pub async fn keys(&self, keys: &[Key]) {
        let mut actions = KeyActions::new("keyboard".to_string());
        for key in keys {
            let value: char = (*key).into();
            actions = actions.then(KeyAction::Down { value }).then(KeyAction::Up { value });
        }
        self.client.perform_actions(actions).await.unwrap();
    }

    /// Shift+Tab: focus goes back one control.
    pub async fn shift_tab(&self) {
        let (shift, tab): (char, char) = (Key::Shift.into(), Key::Tab.into());
        let actions = KeyActions::new("keyboard".to_string())
            .then(KeyAction::Down { value: shift })
            .then(KeyAction::Down { value: tab })
            .then(KeyAction::Up { value: tab })
            .then(KeyAction::Up { value: shift });
        self.client.perform_actions(actions).await.unwrap();
    }

    /// Types text into the focused field, key by key.
    pub async fn type_text(&self, text: &str) {
        let mut actions = KeyActions::new("keyboard".to_string());
        for c in text.chars() {
            actions = actions.then(KeyAction::Down { value: c }).then(KeyAction::Up { value: c });
        }
        self.client.perform_actions(actions).await.unwrap();
    }

    /// Whether the focused element matches a CSS selector.
    pub async fn focused(&self, css: &str) -> bool {
        self.client
            .execute("return !!document.activeElement && document.activeElement.matches(arguments[0]);", vec![json!(css)])
            .await
            .unwrap()
            .as_bool()
            .unwrap_or(false)
    }

    /// Whether the element matching `css` gets focus within 3 s: the
    /// browser applies `autofocus` at a rendering step after the page has
    /// loaded, not at once.
    pub async fn gets_focus(&self, css: &str) -> bool {
        for _ in 0..30 {
            if self.focused(css).await {
                return true;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        false
    }

    /// A description of the focused element, for failure messages.
    pub async fn focus_description(&self) -> String {
        let v = self
            .client
            .execute("const e = document.activeElement; return e ? e.outerHTML.slice(0, 160) : 'nothing';", vec![])
            .await
            .unwrap();
        v.as_str().unwrap_or_default().to_string()
    }

    /// Presses Tab until the element matching `css` has focus (at most 120
    /// times) and returns how many presses it took.
    pub async fn tab_to(&self, css: &str) -> usize {
        for presses in 0..120 {
            if self.focused(css).await {
                return presses;
            }
            self.keys(&[Key::Tab]).await;
        }
        panic!("Tab never reached {css}; focus is on {}", self.focus_description().await);
    }

    /// Presses Arrow Down on the focused list until its value is `value`.
    pub async fn arrow_down_to(&self, value: &str) {
        for _ in 0..60 {
            let current = self.client.execute("return document.activeElement.value;", vec![]).await.unwrap();
            if current.as_str() == Some(value) {
                return;
            }
            self.keys(&[Key::Down]).await;
        }
        panic!("arrow keys never chose {value}; focus is on {}", self.focus_description().await);
    }

    /// Waits until the page at `path` (prefix) has loaded.
    pub async fn wait_for_path(&self, prefix: &str) {
        for _ in 0..100 {
            if self.path().await.starts_with(prefix) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("never reached {prefix}; at {}", self.path().await);
    }

    /// Saves a PNG of the window under `test-artifacts/screenshots/`.
    pub async fn screenshot(&self, name: &str) {
        let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../test-artifacts/screenshots"));
        std::fs::create_dir_all(dir).unwrap();
        let png = self.client.screenshot().await.unwrap();
        assert!(png.starts_with(b"\x89PNG"), "a PNG");
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
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
