//! `quartier`: serve, migrate, create an admin, load the demo city.
use clap::{Parser, Subcommand};
use server::config::Config;
use std::path::PathBuf;

/// Concerns generated with the demo city by `serve --demo`.
const DEMO_CONCERNS: usize = 300;

#[derive(Parser)]
#[command(name = "quartier", version, about = "Quartier: neighbourhood participation platform")]
struct Cli {
    /// A TOML file with settings; QUARTIER_* environment variables override it.
    #[arg(long, global = true, env = "QUARTIER_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (the default).
    Serve {
        /// Load the demo city (with a few hundred concerns) first if the database has none.
        #[arg(long)]
        demo: bool,
    },
    /// Apply database migrations and exit.
    Migrate,
    /// Create a verified administrator account.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// Read from QUARTIER_ADMIN_PASSWORD when not given.
        #[arg(long, env = "QUARTIER_ADMIN_PASSWORD", hide_env_values = true)]
        password: String,
        #[arg(long, default_value = "de")]
        language: String,
    },
    /// Load the demo city (Erfurt) once and print the demo logins.
    Demo {
        /// Also generate this many realistic concerns (for load tests).
        #[arg(long, default_value_t = 0)]
        concerns: usize,
    },
    /// A bare axum "hello world" on --bind, the yardstick of the benchmark script.
    #[command(hide = true)]
    Hello,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sea_orm=warn,sqlx=warn,tower_sessions=warn".into()),
        )
        .init();
    let cli = Cli::parse();
    let config = Config::load(cli.config.as_deref())?;
    match cli.command.unwrap_or(Command::Serve { demo: false }) {
        Command::Serve { demo } => {
            if demo {
                let db = server::connect(&config).await?;
                server::migrate(&db).await?;
                if server::demo::load(&db).await? {
                    // A first look should show concerns in every state, not an empty list.
                    server::demo::generate_concerns(&db, DEMO_CONCERNS, false).await?;
                    tracing::info!(concerns = DEMO_CONCERNS, "demo city loaded");
                }
                db.close().await?;
            }
            let listener = tokio::net::TcpListener::bind(&config.bind).await?;
            let running = server::start(config, listener).await?;
            if demo {
                server::demo::print_logins(&running.state.settings.base_url);
            }
            tracing::info!(address = %running.addr, "Quartier listening");
            running.task.await?;
        }
        Command::Migrate => {
            let db = server::connect(&config).await?;
            server::migrate(&db).await?;
            println!("database is up to date");
        }
        Command::CreateAdmin { email, name, password, language } => {
            let db = server::connect(&config).await?;
            server::migrate(&db).await?;
            if let Err(e) = app::accounts::password::check_strength(&password, &[&email, &name]) {
                anyhow::bail!("password refused: {}", app::i18n::translate("en", false, &e.message));
            }
            app::accounts::service::create_verified(&db, &email, &name, &password, &language, true)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            println!("administrator {email} created");
        }
        Command::Demo { concerns } => {
            let db = server::connect(&config).await?;
            server::migrate(&db).await?;
            if server::demo::load(&db).await? {
                println!("demo city loaded");
            } else {
                println!("demo city was already loaded");
            }
            if concerns > 0 {
                server::demo::generate_concerns(&db, concerns, true).await?;
                println!("{concerns} concerns generated");
            }
            server::demo::print_logins(&config.base_url);
        }
        Command::Hello => {
            let listener = tokio::net::TcpListener::bind(&config.bind).await?;
            let app = axum::Router::new().route("/", axum::routing::get(|| async { "Hello, world!" }));
            axum::serve(listener, app).await?;
        }
    }
    Ok(())
}
