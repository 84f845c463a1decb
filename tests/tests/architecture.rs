//! Keeps the layers in shape. Between crates Cargo enforces the direction
//! (server → app → domain); this checks that the domain stays free of the
//! web stack, and that the module graph inside each crate does not get
//! worse: every `crate::x` a top-level module names is an edge, and only
//! the edges listed in `<crate>/module-edges.txt` are allowed. A new edge
//! fails, so does a listed edge that is gone: the lists only ever shrink.
//! And the graph has no cycle: modules form layers, each using only those
//! below it.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic is how a test fails
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

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

fn check_edges(krate: &str) {
    let actual = edges(&workspace().join(krate).join("src"));
    let list = std::fs::read_to_string(workspace().join(krate).join("module-edges.txt")).unwrap();
    let allowed: BTreeSet<String> = list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(String::from).collect();
    let new: Vec<_> = actual.difference(&allowed).collect();
    let gone: Vec<_> = allowed.difference(&actual).collect();
    assert!(new.is_empty(), "imports the module graph does not allow ({krate}/module-edges.txt): {new:#?}");
    assert!(gone.is_empty(), "edges no longer used: remove them from {krate}/module-edges.txt: {gone:#?}");
}

/// A cycle in the "from -> to" edges, as the modules along it.
fn cycle(edges: &BTreeSet<String>) -> Option<Vec<String>> {
    let mut next: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
    for edge in edges {
        let (from, to) = edge.split_once(" -> ").unwrap();
        next.entry(from).or_default().push(to);
    }
    // Depth-first search; a module met again while still on the path closes a cycle.
    fn visit<'a>(at: &'a str, next: &std::collections::BTreeMap<&'a str, Vec<&'a str>>, path: &mut Vec<&'a str>, done: &mut BTreeSet<&'a str>) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|m| *m == at) {
            return Some(path[start..].iter().chain([&at]).map(|m| m.to_string()).collect());
        }
        if !done.insert(at) {
            return None;
        }
        path.push(at);
        for to in next.get(at).into_iter().flatten() {
            if let Some(found) = visit(to, next, path, done) {
                return Some(found);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    next.keys().find_map(|from| visit(from, &next, &mut Vec::new(), &mut done))
}

#[test]
fn a_cycle_is_found() {
    let edges = |list: &[&str]| list.iter().map(|e| e.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(cycle(&edges(&["a -> b", "b -> c", "c -> a", "c -> d"])), Some(vec!["a".into(), "b".into(), "c".into(), "a".into()]));
    assert_eq!(cycle(&edges(&["a -> b", "b -> c", "a -> c"])), None);
}

#[test]
fn module_graphs_have_no_cycle() {
    for krate in ["app", "domain"] {
        let found = cycle(&edges(&workspace().join(krate).join("src")));
        assert_eq!(found, None, "{krate}: modules import each other in a cycle");
    }
}

#[test]
fn web_layer_modules_import_only_what_the_list_allows() {
    check_edges("app");
}

#[test]
fn domain_modules_import_only_what_the_list_allows() {
    check_edges("domain");
}

/// The packages `name` depends on, directly or through others, as
/// Cargo.lock records them (every feature and dev-dependency included).
fn dependencies_of(name: &str) -> BTreeSet<String> {
    let lock = std::fs::read_to_string(workspace().join("Cargo.lock")).unwrap();
    // package name -> the names it depends on ("name" or "name version").
    let mut graph = std::collections::BTreeMap::<String, Vec<String>>::new();
    for block in lock.split("[[package]]").skip(1) {
        let package = block.lines().find_map(|l| l.strip_prefix("name = ")).unwrap().trim_matches('"').to_string();
        let deps = block
            .lines()
            .skip_while(|l| !l.starts_with("dependencies = ["))
            .skip(1)
            .take_while(|l| !l.starts_with(']'))
            .filter_map(|l| l.trim().trim_end_matches(',').trim_matches('"').split(' ').next().map(String::from))
            .collect();
        graph.entry(package).or_default().extend::<Vec<String>>(deps);
    }
    let mut seen = BTreeSet::new();
    let mut todo = vec![name.to_string()];
    while let Some(next) = todo.pop() {
        for dep in graph.get(&next).into_iter().flatten() {
            if seen.insert(dep.clone()) {
                todo.push(dep.clone());
            }
        }
    }
    seen
}

/// The domain may not reach for the web stack, not even through a
/// dependency added later: pages and HTTP stay in `app` and `server`.
#[test]
fn domain_depends_on_no_web_framework() {
    let deps = dependencies_of("domain");
    assert!(deps.contains("sea-orm"), "Cargo.lock lists the domain's dependencies: {deps:?}");
    for web in ["leptos", "axum", "tower-sessions", "app", "server"] {
        assert!(!deps.contains(web), "the domain depends on {web}");
    }
}

/// Longest application file and function (tests excepted), in lines.
const MAX_FILE_LINES: usize = 600;
const MAX_FN_LINES: usize = 80;

/// Files and functions longer than the limits, each with its one-line
/// reason. The list only shrinks: a new long one fails, and so does an
/// entry that is no longer long.
const LONGER: &[(&str, &str)] = &[
    ("app/src/admin/roles.rs AdminRolesPage", "one view! tree: the search, the grant form and the table of people with their roles"),
    ("app/src/concerns/mod.rs", "the concern list and the concern page with its read models; to be split into list and page"),
    ("app/src/concerns/mod.rs Participation", "one view! tree: support, follow, comments and merging on the concern page"),
    ("app/src/lib.rs App", "the route table, one <Route> per page, read best as one list"),
    ("app/src/surveys/answer.rs QuestionInput", "one view! branch per question kind, each labelled for screen readers"),
    ("domain/src/concerns/duplicates.rs merge", "one transaction: duplicate status, supporters and followers moved, both timelines, audit log, mails"),
    ("domain/src/concerns/office.rs act", "one arm per office action, in one transaction with its timeline entry, audit record and mails"),
    ("domain/src/privacy/export.rs account_files", "one file per table of a person's data, in one place so that none is forgotten"),
    ("domain/src/privacy/retention.rs run", "one step per retention period the privacy page states, in one run that can be tried dry"),
    ("domain/src/surveys/model.rs read_answers", "one arm per question kind, reading and checking the form's values"),
    ("domain/src/surveys/results.rs compute", "counts, texts and rankings per question kind from one set of queries"),
    ("domain/src/surveys/questions.rs save_question", "validation, options kept by position with their translations, in one transaction"),
    ("domain/src/surveys/writer.rs write_batch_per_table", "one statement per table for a whole batch, in one transaction"),
    ("server/src/config.rs apply_env", "one line per QUARTIER_ variable, the list the README documents"),
    ("server/src/demo.rs generate_concerns", "demo data: concerns with their timelines, built in one loop for speed"),
    ("server/src/demo.rs load", "demo data: districts, offices, rules, forums and accounts from the data file"),
    ("server/src/demo_survey.rs generate_responses", "demo data: survey responses across the three channels"),
    ("server/src/main.rs main", "the command line, one arm per subcommand"),
];

/// "path" for a long file and "path name" for a long function. Test
/// modules do not count.
fn too_long(path: &str, source: &str) -> Vec<String> {
    let lines: Vec<&str> = source.lines().collect();
    // Test modules (`#[cfg(test)] mod …` to their closing brace) do not
    // count, wherever in the file they are.
    let mut in_test = vec![false; lines.len()];
    let mut i = 0;
    while i + 1 < lines.len() {
        if lines[i].starts_with("#[cfg(test)]") && lines[i + 1].starts_with("mod ") {
            let end = lines[i..].iter().position(|l| *l == "}").map_or(lines.len(), |n| i + n + 1);
            in_test[i..end].iter_mut().for_each(|t| *t = true);
            i = end;
        } else {
            i += 1;
        }
    }
    let mut found = Vec::new();
    if in_test.iter().filter(|t| !**t).count() > MAX_FILE_LINES {
        found.push(path.to_string());
    }
    let end = lines.len();
    for (start, line) in lines.iter().enumerate() {
        if in_test[start] {
            continue;
        }
        let mut rest = line.trim_start();
        let indent = line.len() - rest.len();
        while let Some(after) = ["pub(crate) ", "pub ", "async ", "const "].iter().find_map(|p| rest.strip_prefix(p)) {
            rest = after;
        }
        let Some(signature) = rest.strip_prefix("fn ") else { continue };
        // A declaration without a body, or a body on this one line.
        let opened = line.matches('{').count();
        if line.trim_end().ends_with(';') || opened > 0 && opened == line.matches('}').count() {
            continue;
        }
        let name: String = signature.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        // The body ends at the first `}` back at the signature's indentation.
        let close = format!("{}}}", &line[..indent]);
        let length = lines[start..end].iter().position(|l| l.starts_with(&close)).map_or(0, |n| n + 1);
        if length > MAX_FN_LINES {
            found.push(format!("{path} {name}"));
        }
    }
    found
}

#[test]
fn application_files_and_functions_stay_short() {
    let mut actual = BTreeSet::new();
    for krate in ["domain", "app", "server"] {
        let mut files = Vec::new();
        rust_files(&workspace().join(krate).join("src"), &mut files);
        for file in files {
            let path = file.strip_prefix(workspace()).unwrap().to_string_lossy().replace('\\', "/");
            actual.extend(too_long(&path, &std::fs::read_to_string(&file).unwrap()));
        }
    }
    let listed: BTreeSet<String> = LONGER.iter().map(|(s, _)| s.to_string()).collect();
    let new: Vec<_> = actual.difference(&listed).collect();
    let gone: Vec<_> = listed.difference(&actual).collect();
    assert!(new.is_empty(), "longer than {MAX_FILE_LINES} lines (file) or {MAX_FN_LINES} lines (function): {new:#?}");
    assert!(gone.is_empty(), "no longer too long: remove from LONGER: {gone:#?}");
    assert!(LONGER.iter().all(|(_, reason)| !reason.trim().is_empty() && !reason.contains('\n')), "every entry gives a one-line reason");
}

#[test]
fn long_functions_are_measured_to_their_closing_brace() {
    let body = "x();\n".repeat(MAX_FN_LINES);
    let source = format!("fn one_line() {{ x(); }}\npub async fn long() {{\n{body}}}\n\nfn short() {{\n}}\n#[cfg(test)]\nmod tests {{\n    fn ignored() {{\n{body}    }}\n}}\nfn after() {{\n{body}}}\n");
    assert_eq!(too_long("a.rs", &source), ["a.rs long", "a.rs after"], "code after a test module counts");
}
