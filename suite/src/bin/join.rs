//! `join FILE`: joins the lines of FILE (left) with the lines of standard input (right) on
//! their first whitespace-separated field. Prints `key left-rest right-rest` for every
//! pair, in the right input's order, then the left's. `-a` also prints right lines without
//! a partner, `-v` prints the keys of left lines that found none (after a `--` line).

use std::fmt::Write;

use sizespeed_suite::sizespeed::auto::{Map, Set, Vec};
use sizespeed_suite::{fail, file_text, finish, stdin_text, stdout, Args};

/// The field lines are joined on.
#[derive(Clone, PartialEq, Eq, Hash)]
struct JoinKey(String);

/// A line of the left file: its key and the rest of the line.
struct Row {
    key: JoinKey,
    rest: String,
}

fn split(line: &str) -> Option<(JoinKey, String)> {
    let line = line.trim_start();
    let (key, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
    (!key.is_empty()).then(|| (JoinKey(key.to_string()), rest.trim().to_string()))
}

fn main() {
    let args = Args::parse(&["-a", "-v"], &[]);
    let [path] = &args.positional[..] else {
        fail("usage: join [-a] [-v] FILE < RIGHT");
    };
    let left_text = file_text(path);
    let left: Vec<Row> = left_text
        .lines()
        .filter_map(split)
        .map(|(key, rest)| Row { key, rest })
        .collect();
    // Each key's left rows, in file order.
    let mut by_key: Map<JoinKey, Vec<u32>> = Map::new();
    for (i, row) in left.iter().enumerate() {
        by_key.entry(row.key.clone()).or_default().push(i as u32);
    }
    let mut paired: Set<JoinKey> = Set::new();
    let mut out = stdout();
    for (key, rest) in stdin_text().lines().filter_map(split) {
        match by_key.get(&key) {
            Some(rows) => {
                for &i in rows.iter() {
                    let _ = writeln!(out, "{} {} {}", key.0, left[i as usize].rest, rest);
                }
                paired.insert(key);
            }
            None if args.flag("-a") => {
                let _ = writeln!(out, "{} - {}", key.0, rest);
            }
            None => {}
        }
    }
    if args.flag("-v") {
        let _ = writeln!(out, "--");
        for row in left.iter().filter(|r| !paired.contains(&r.key)) {
            let _ = writeln!(out, "{}", row.key.0);
        }
    }
    finish(out);
}
