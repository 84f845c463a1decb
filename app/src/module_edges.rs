//! Keeps the shape of the module graph from getting worse (issue 15): every
//! `crate::x` a top-level module names is an edge, and only the edges listed
//! in `app/module-edges.txt` are allowed. A new edge fails the test, so does
//! a listed edge that is gone: the list only ever shrinks, and each
//! untangling step removes its lines.
use std::collections::BTreeSet;
use std::path::Path;

const ALLOWED: &str = include_str!("../module-edges.txt");

/// The top-level modules `crate::` paths in `source` lead to, including
/// those inside `crate::{a, b::c}` groups.
fn named_modules(source: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (at, _) in source.match_indices("crate::") {
        let rest = &source[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // Only names at the group's own level are modules.
            let mut depth = 0usize;
            let mut word = String::new();
            let mut expecting_name = true;
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        if !word.is_empty() {
                            found.insert(std::mem::take(&mut word));
                        }
                        expecting_name = true;
                    }
                    c if depth == 0 && expecting_name && (c.is_ascii_alphanumeric() || c == '_') => word.push(c),
                    _ if !word.is_empty() => {
                        found.insert(std::mem::take(&mut word));
                        expecting_name = false;
                    }
                    _ => {}
                }
            }
            if !word.is_empty() {
                found.insert(word);
            }
        } else {
            let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if !name.is_empty() {
                found.insert(name);
            }
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Edges "from -> to" between the crate's top-level modules.
fn edges(src: &Path) -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let top = |path: &Path| -> String {
        let relative = path.strip_prefix(src).unwrap();
        let first = relative.components().next().unwrap().as_os_str().to_string_lossy().to_string();
        first.trim_end_matches(".rs").to_string()
    };
    let modules: BTreeSet<String> = files.iter().map(|f| top(f)).filter(|m| m != "lib" && m != "module_edges").collect();
    let mut out = BTreeSet::new();
    for file in &files {
        let from = top(file);
        if !modules.contains(&from) {
            continue;
        }
        for to in named_modules(&std::fs::read_to_string(file).unwrap()) {
            if to != from && modules.contains(&to) {
                out.insert(format!("{from} -> {to}"));
            }
        }
    }
    out
}

#[test]
fn group_paths_name_their_modules() {
    let found = named_modules("use crate::{a::{B, C}, d, e::f}; crate::g::h(); use crate::i;");
    assert_eq!(found.into_iter().collect::<Vec<_>>(), ["a", "d", "e", "g", "i"]);
}

#[test]
fn modules_import_only_what_the_list_allows() {
    let actual = edges(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let allowed: BTreeSet<String> = ALLOWED.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(String::from).collect();
    let new: Vec<_> = actual.difference(&allowed).collect();
    let gone: Vec<_> = allowed.difference(&actual).collect();
    assert!(new.is_empty(), "imports the module graph does not allow (app/module-edges.txt): {new:#?}");
    assert!(gone.is_empty(), "edges no longer used: remove them from app/module-edges.txt: {gone:#?}");
}
