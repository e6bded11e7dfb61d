//! The import lines a switch changes, found in the program's sources.

use std::path::{Path, PathBuf};

use super::classify::split_args;

/// One `use std::collections::...;` statement and what it becomes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportLine {
    /// The file, relative to the package directory.
    pub file: PathBuf,
    /// 1-based line number.
    pub line: usize,
    /// The statement as written (joined onto one line).
    pub text: String,
    /// The statements that replace it.
    pub replacement: Vec<String>,
}

/// What the sources say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imports {
    /// Statements to change.
    pub lines: Vec<ImportLine>,
    /// Files that name `Vec` or `vec!` and do not import sizespeed's yet.
    pub vec_files: Vec<PathBuf>,
    /// Files already written against `sizespeed::auto`.
    pub auto_files: Vec<PathBuf>,
    /// Sort and search calls (`.sort(`, `.binary_search(`...), by file.
    pub sort_calls: usize,
}

/// How one item of a `std::collections` import is switched: the `sizespeed::auto` item,
/// or `None` to keep it from std.
fn switched(item: &str) -> Option<String> {
    let item = item.trim();
    let (name, alias) = match item.split_once(" as ") {
        Some((n, a)) => (n.trim(), Some(a.trim())),
        None => (item, None),
    };
    let (ours, default_alias) = match name {
        "HashMap" => ("Map", "HashMap"),
        "HashSet" => ("Set", "HashSet"),
        "VecDeque" => ("Deque", "VecDeque"),
        "hash_map::Entry" => return Some(item.to_string()),
        _ => return None,
    };
    Some(format!("{ours} as {}", alias.unwrap_or(default_alias)))
}

/// The replacement of one `use std::collections::...;` statement, or `None` if nothing in
/// it has a small variant.
pub fn replace(stmt: &str) -> Option<Vec<String>> {
    let s = stmt.trim().trim_end_matches(';').trim();
    let pub_prefix = if s.starts_with("pub ") { "pub " } else { "" };
    let rest = s.trim_start_matches("pub ").trim_start();
    let body = rest.strip_prefix("use std::collections::")?;
    let items: Vec<String> = if let Some(inner) = body.strip_prefix('{') {
        split_args(inner.strip_suffix('}')?)
            .into_iter()
            .map(String::from)
            .collect()
    } else if body == "*" {
        vec![
            "HashMap".into(),
            "HashSet".into(),
            "VecDeque".into(),
            "*".into(),
        ]
    } else {
        vec![body.to_string()]
    };
    let mut ours = Vec::new();
    let mut kept = Vec::new();
    for i in &items {
        match switched(i) {
            Some(x) => ours.push(x),
            None => kept.push(i.clone()),
        }
    }
    if ours.is_empty() {
        return None;
    }
    let list = |v: &[String]| {
        if v.len() == 1 {
            v[0].clone()
        } else {
            format!("{{{}}}", v.join(", "))
        }
    };
    let mut out = vec![format!("{pub_prefix}use sizespeed::auto::{};", list(&ours))];
    if !kept.is_empty() {
        out.push(format!(
            "{pub_prefix}use std::collections::{};",
            list(&kept)
        ));
    }
    Some(out)
}

const SORT_CALLS: &[&str] = &[
    ".sort(",
    ".sort_by(",
    ".sort_by_key(",
    ".sort_unstable(",
    ".sort_unstable_by(",
    ".sort_unstable_by_key(",
    ".binary_search(",
    ".binary_search_by(",
    ".binary_search_by_key(",
    ".select_nth_unstable(",
];

/// Scans the files for the imports a switch changes.
pub fn scan(base: &Path, files: &[PathBuf]) -> Imports {
    let mut out = Imports::default();
    for f in files {
        let Ok(text) = std::fs::read_to_string(f) else {
            continue;
        };
        let rel = f.strip_prefix(base).unwrap_or(f).to_path_buf();
        if text.contains("sizespeed::auto") {
            out.auto_files.push(rel.clone());
        }
        let lines: Vec<&str> = text.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let t = lines[i].trim_start();
            let code = t.trim_start_matches("pub ");
            if code.starts_with("use std::collections::") {
                let start = i;
                let mut stmt = t.to_string();
                while !stmt.contains(';') && i + 1 < lines.len() {
                    i += 1;
                    stmt.push(' ');
                    stmt.push_str(lines[i].trim());
                }
                let stmt = stmt.split(';').next().unwrap_or("").to_string() + ";";
                let stmt = stmt.split_whitespace().collect::<Vec<_>>().join(" ");
                let stmt = stmt.replace("{ ", "{").replace(" }", "}");
                if let Some(replacement) = replace(&stmt) {
                    out.lines.push(ImportLine {
                        file: rel.clone(),
                        line: start + 1,
                        text: stmt,
                        replacement,
                    });
                }
            }
            i += 1;
        }
        let names_vec = text.contains("Vec<") || text.contains("Vec::") || text.contains("vec!");
        let has_ours = text.contains("sizespeed::auto::Vec")
            || text.contains("sizespeed::auto::{Vec")
            || text.contains("auto::Vec")
            || text.contains("sizespeed::Vec");
        if names_vec && !has_ours && !text.contains("sizespeed::auto") {
            out.vec_files.push(rel.clone());
        }
        out.sort_calls += SORT_CALLS
            .iter()
            .map(|c| text.matches(c).count())
            .sum::<usize>();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn std_collections_imports_are_switched_and_the_rest_kept() {
        assert_eq!(
            replace("use std::collections::{HashMap, HashSet};").unwrap(),
            ["use sizespeed::auto::{Map as HashMap, Set as HashSet};"]
        );
        assert_eq!(
            replace("use std::collections::{BTreeMap, VecDeque, hash_map::Entry};").unwrap(),
            [
                "use sizespeed::auto::{Deque as VecDeque, hash_map::Entry};",
                "use std::collections::BTreeMap;"
            ]
        );
        assert_eq!(
            replace("use std::collections::HashMap as Map;").unwrap(),
            ["use sizespeed::auto::Map as Map;"]
        );
        assert_eq!(replace("use std::collections::BTreeSet;"), None);
        assert_eq!(replace("use std::fmt;"), None);
    }

    #[test]
    fn scans_a_file() {
        let dir = std::env::temp_dir().join(format!("advise-imports-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("main.rs");
        std::fs::write(
            &f,
            "use std::collections::{\n    HashMap,\n    BinaryHeap,\n};\nfn main() {\n    \
             let mut v: Vec<u8> = vec![2, 1];\n    v.sort();\n}\n",
        )
        .unwrap();
        let s = scan(&dir, std::slice::from_ref(&f));
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(s.lines.len(), 1);
        assert_eq!(s.lines[0].line, 1);
        assert_eq!(
            s.lines[0].text,
            "use std::collections::{HashMap, BinaryHeap,};"
        );
        assert_eq!(
            s.lines[0].replacement,
            [
                "use sizespeed::auto::Map as HashMap;",
                "use std::collections::BinaryHeap;"
            ]
        );
        assert_eq!(s.vec_files, [PathBuf::from("main.rs")]);
        assert_eq!(s.sort_calls, 1);
    }
}
