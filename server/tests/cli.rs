//! The `quartier` binary as an operator uses it.
// Test code may unwrap: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use std::process::Command;

fn quartier(args: &[&str], env: &[(&str, &str)]) -> (bool, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_quartier"));
    cmd.args(args).env_remove("QUARTIER_DATABASE_URL").env("RUST_LOG", "warn");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("quartier runs");
    (out.status.success(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("quartier-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn every_command_has_help() {
    for args in [vec!["--help"], vec!["serve", "--help"], vec!["migrate", "--help"], vec!["create-admin", "--help"], vec!["demo", "--help"], vec!["retention", "--help"], vec!["backup", "--help"], vec!["restore", "--help"], vec!["import-boundaries", "--help"]] {
        let (ok, out) = quartier(&args, &[]);
        assert!(ok && out.contains("Usage: quartier"), "{args:?}: {out}");
    }
}

#[test]
fn migrate_create_admin_and_demo_on_sqlite_with_a_config_file() {
    let dir = temp_dir("sqlite");
    let config = dir.join("quartier.toml");
    std::fs::write(&config, format!("database_url = \"sqlite://{}/q.db?mode=rwc\"\ndata_dir = \"{}\"\n", dir.display(), dir.display())).unwrap();
    let config = config.to_str().unwrap();

    let (ok, out) = quartier(&["--config", config, "migrate"], &[]);
    assert!(ok && out.contains("database is up to date"), "{out}");
    assert!(dir.join("q.db").exists());

    let (ok, out) = quartier(&["--config", config, "create-admin", "--email", "chef@example.org", "--name", "Chefin", "--password", "123"], &[]);
    assert!(!ok && out.contains("password refused"), "weak password refused: {out}");
    let (ok, out) = quartier(
        &["--config", config, "create-admin", "--email", "chef@example.org", "--name", "Chefin"],
        &[("QUARTIER_ADMIN_PASSWORD", "Rathaus am Fischmarkt 1")],
    );
    assert!(ok && out.contains("administrator chef@example.org created"), "{out}");
    let (ok, _) = quartier(&["--config", config, "create-admin", "--email", "chef@example.org", "--name", "X", "--password", "Rathaus am Fischmarkt 1"], &[]);
    assert!(!ok, "the same email twice is refused");

    let (ok, out) = quartier(&["--config", config, "demo"], &[]);
    assert!(ok && out.contains("demo city loaded") && out.contains("admin@quartier.example"), "{out}");
    let (ok, out) = quartier(&["--config", config, "demo", "--concerns", "120"], &[]);
    assert!(ok && out.contains("demo city was already loaded") && out.contains("120 concerns generated"), "second run reuses the data: {out}");

    // Boundaries from a city's GeoJSON: a broken file changes nothing and
    // says why; a good one replaces the boundaries it names.
    let file = dir.join("ortsteile.geojson");
    let feature = |name: &str, ring: &str| format!(r#"{{"type":"Feature","properties":{{"ortsteil":"{name}"}},"geometry":{{"type":"Polygon","coordinates":[{ring}]}}}}"#);
    std::fs::write(&file, format!(r#"{{"type":"FeatureCollection","features":[{},{}]}}"#, feature("Rieth", "[[11.0165,51.0],[11.0175,51.0],[11.0175,51.001],[11.0165,51.001],[11.0165,51.0]]"), feature("Atlantis", "[[0,0],[1,0],[1,1],[0,0]]"))).unwrap();
    let (ok, out) = quartier(&["--config", config, "import-boundaries", file.to_str().unwrap(), "--name-property", "ortsteil"], &[]);
    assert!(!ok && out.contains("\"Atlantis\" is not a known district.") && out.contains("nothing imported: 1 problem(s)"), "{out}");
    std::fs::write(&file, format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, feature("Rieth", "[[11.0165,51.0],[11.0175,51.0],[11.0175,51.001],[11.0165,51.001],[11.0165,51.0]]"))).unwrap();
    let (ok, out) = quartier(&["--config", config, "import-boundaries", file.to_str().unwrap(), "--name-property", "ortsteil"], &[]);
    assert!(ok && out.contains("checking every feature") && out.contains("stored 1 boundaries"), "{out}");

    // Retention: the dry run counts; periods come from the configuration.
    let (ok, out) = quartier(&["--config", config, "retention", "--dry-run"], &[("QUARTIER_RETENTION_UNCONFIRMED_DAYS", "1")]);
    assert!(ok && out.contains("would remove (dry run, nothing changed)") && out.contains("unconfirmed reports:"), "{out}");
    let (ok, out) = quartier(&["--config", config, "retention", "--dry-run"], &[("QUARTIER_RETENTION_UNCONFIRMED_DAYS", "soon")]);
    assert!(!ok && out.contains("QUARTIER_RETENTION_UNCONFIRMED_DAYS must be a number of days above 0"), "{out}");
    let (ok, out) = quartier(&["--config", config, "retention"], &[("QUARTIER_TIME_ZONE", "Mars/Olympus")]);
    assert!(!ok && out.contains("time zone"), "an unknown time zone stops the start: {out}");

    // Backup and restore into another data folder, as an operator does it.
    let backup = dir.join("backup-2026-11-27");
    let (ok, out) = quartier(&["--config", config, "backup", backup.to_str().unwrap()], &[]);
    assert!(ok && out.contains("backup written to"), "{out}");
    let (ok, out) = quartier(&["--config", config, "backup", backup.to_str().unwrap()], &[]);
    assert!(!ok && out.contains("exists already"), "{out}");
    let (ok, out) = quartier(&["--config", config, "backup", "/proc/no-such-place/backup"], &[]);
    assert!(!ok && out.contains("cannot write in"), "{out}");
    let elsewhere = dir.join("elsewhere");
    let env = [("QUARTIER_DATABASE_URL", format!("sqlite://{}/q.db?mode=rwc", elsewhere.display())), ("QUARTIER_DATA_DIR", elsewhere.display().to_string())];
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (ok, out) = quartier(&["restore", backup.to_str().unwrap()], &env);
    assert!(ok && out.contains("restored from"), "{out}");
    let (ok, out) = quartier(&["demo"], &env);
    assert!(ok && out.contains("demo city was already loaded"), "the restored database holds the demo city: {out}");
    let (ok, out) = quartier(&["restore", dir.to_str().unwrap()], &env);
    assert!(!ok && out.contains("is not a Quartier backup"), "{out}");

    let (ok, out) = quartier(&["--config", dir.join("missing.toml").to_str().unwrap(), "migrate"], &[]);
    assert!(!ok && out.contains("cannot read"), "{out}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn postgres_is_chosen_by_the_database_url_alone() {
    let admin = std::env::var("QUARTIER_TEST_POSTGRES").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into());
    let name = format!("quartier_cli_{}", std::process::id());
    let psql = |sql: &str| {
        Command::new("psql").args([&format!("{admin}/postgres"), "-q", "-c", sql]).output().expect("psql");
    };
    psql(&format!("DROP DATABASE IF EXISTS {name}"));
    psql(&format!("CREATE DATABASE {name}"));
    let url = format!("{admin}/{name}");
    let (ok, out) = quartier(&["demo"], &[("QUARTIER_DATABASE_URL", &url), ("QUARTIER_DATA_DIR", temp_dir("pg").to_str().unwrap())]);
    assert!(ok && out.contains("demo city loaded"), "{out}");
    let query = |sql: &str| String::from_utf8_lossy(&Command::new("psql").args([&url, "-tAc", sql]).output().unwrap().stdout).trim().to_string();
    assert_eq!(query("SELECT COUNT(*) FROM district"), "53");
    assert_eq!(query("SELECT COUNT(*) FROM district_boundary"), "53");
    assert_eq!(query("SELECT COUNT(*) FROM district WHERE population IS NULL OR population_date IS NULL"), "0");
    let (ok, out) = quartier(&["demo", "--concerns", "1500"], &[("QUARTIER_DATABASE_URL", &url), ("QUARTIER_DATA_DIR", temp_dir("pg").to_str().unwrap())]);
    assert!(ok, "{out}");
    assert_eq!(query("SELECT COUNT(*) FROM concern"), "1500");
    assert_eq!(query("SELECT COUNT(DISTINCT reference) FROM concern"), "1500");
    // Every generated concern has a spot, inside its district's box.
    assert_eq!(query("SELECT COUNT(*) FROM concern WHERE latitude IS NULL OR longitude IS NULL"), "0");
    assert_eq!(
        query("SELECT COUNT(*) FROM concern c JOIN district_boundary b ON b.district_id = c.district_id WHERE c.latitude NOT BETWEEN b.min_lat AND b.max_lat OR c.longitude NOT BETWEEN b.min_lon AND b.max_lon"),
        "0"
    );
    // Each concern starts with "submitted" and "routed" (or "triage"); a
    // status an office set comes with "accepted" and "answered".
    assert_eq!(query("SELECT COUNT(*) FROM concern_event WHERE kind = 'submitted'"), "1500");
    assert_eq!(query("SELECT COUNT(*) FROM concern_event WHERE kind IN ('routed', 'triage')"), "1500");
    assert_eq!(
        query("SELECT COUNT(*) FROM concern c WHERE c.status NOT IN ('open', 'submitted') AND NOT EXISTS (SELECT 1 FROM concern_event e WHERE e.concern_id = c.id AND e.kind = 'answered')"),
        "0"
    );
    // The identity sequence moved past the generated ids, so new reports still work.
    assert_eq!(query("SELECT nextval(pg_get_serial_sequence('concern', 'id')) > 1500"), "t");
    psql(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
}

/// Several processes migrating one fresh database at once (servers started
/// together after an upgrade): all succeed, each migration is applied once.
fn migrate_at_once(url: &str, data: &std::path::Path, count: impl Fn(&str) -> String) {
    let runs: Vec<_> = (0..4)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_quartier"))
                .arg("migrate")
                .env_remove("QUARTIER_DATABASE_URL")
                .env("RUST_LOG", "warn")
                .env("QUARTIER_DATABASE_URL", url)
                .env("QUARTIER_DATA_DIR", data)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("quartier runs")
        })
        .collect();
    for run in runs {
        let out = run.wait_with_output().unwrap();
        let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(out.status.success() && text.contains("database is up to date"), "{text}");
    }
    let known = count("SELECT COUNT(*) FROM seaql_migrations");
    assert_eq!(known, count("SELECT COUNT(DISTINCT version) FROM seaql_migrations"));
    assert!(known.parse::<u32>().unwrap() >= 19, "{known}");
    assert_eq!(count("SELECT COUNT(*) FROM rate_limit"), "0");
}

#[test]
fn servers_started_at_once_migrate_in_turn() {
    let dir = temp_dir("migrate-at-once");
    let file = dir.join("q.db");
    let url = format!("sqlite://{}?mode=rwc", file.display());
    migrate_at_once(&url, &dir, |sql| {
        let out = Command::new("python3").args(["-c", &format!("import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute({sql:?}).fetchone()[0])"), file.to_str().unwrap()]).output().unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    });

    let admin = std::env::var("QUARTIER_TEST_POSTGRES").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into());
    let name = format!("quartier_cli_migrate_{}", std::process::id());
    let psql = |sql: &str| {
        Command::new("psql").args([&format!("{admin}/postgres"), "-q", "-c", sql]).output().expect("psql");
    };
    psql(&format!("DROP DATABASE IF EXISTS {name}"));
    psql(&format!("CREATE DATABASE {name}"));
    let url = format!("{admin}/{name}");
    migrate_at_once(&url, &dir, |sql| String::from_utf8_lossy(&Command::new("psql").args([&url, "-tAc", sql]).output().unwrap().stdout).trim().to_string());
    psql(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
}
