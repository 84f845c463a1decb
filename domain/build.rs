//! Embeds every Fluent file under `../locales` into the binary, so the server
//! never reads locale files at run time and `plain/` layers stay separate from
//! their base language.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a build script fails the build by panicking")]
use std::{env, fs, path::Path};

fn main() {
    // Paths relative to this package: several checkouts may share one target
    // directory, and each must watch and embed its own files.
    // Read when the script runs, not when it was compiled: a compiled build
    // script may be reused for another checkout of the same sources.
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("../locales");
    println!("cargo:rerun-if-changed=../locales");
    let mut entries = Vec::new();
    let mut langs: Vec<_> = fs::read_dir(&root)
        .expect("locales folder")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .collect();
    langs.sort_by_key(|e| e.file_name());
    for lang in langs {
        let code = lang.file_name().to_string_lossy().into_owned();
        for (plain, dir) in [(false, lang.path()), (true, lang.path().join("plain"))] {
            let Ok(files) = fs::read_dir(&dir) else { continue };
            let mut files: Vec<_> = files.filter_map(Result::ok).map(|e| e.path()).collect();
            files.sort();
            for file in files.into_iter().filter(|p| p.extension().is_some_and(|x| x == "ftl")) {
                let relative = file.strip_prefix(&root).unwrap().display().to_string();
                println!("cargo:rerun-if-changed=../locales/{relative}");
                println!("cargo:rerun-if-changed=../locales/{}", Path::new(&relative).parent().unwrap().display());
                entries.push(format!(
                    "({code:?}, {plain}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/../locales/{relative}\"))),"
                ));
            }
        }
    }
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("locale_files.rs");
    fs::write(
        out,
        format!(
            "/// (language, plain layer?, Fluent source)\npub static LOCALE_FILES: &[(&str, bool, &str)] = &[\n{}\n];\n",
            entries.join("\n")
        ),
    )
    .unwrap();
}
