//! `uniq`: collapses runs of equal adjacent lines. `-a` collapses equal lines anywhere
//! (first occurrence order), `-i` ignores case, `-c` prefixes each line with its count and
//! `-d` prints only lines that occur more than once.

use std::fmt::Write;

use sizespeed_suite::sizespeed::auto::{Map, Set, Vec};
use sizespeed_suite::{finish, stdin_text, stdout, Args};

/// A line as compared: case-folded under `-i`.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Folded(String);

/// A line printed once, with how many times it occurred.
struct Group {
    text: String,
    count: u32,
}

fn main() {
    let args = Args::parse(&["-a", "-c", "-d", "-i"], &[]);
    let fold = |s: &str| {
        Folded(if args.flag("-i") {
            s.to_lowercase()
        } else {
            s.to_string()
        })
    };
    let text = stdin_text();
    let mut groups: Vec<Group> = Vec::new();
    // Under `-a`, where each distinct line's group is.
    let mut index: Map<Folded, usize> = Map::new();
    let mut last: Option<Folded> = None;
    for line in text.lines() {
        let key = fold(line);
        let at = if args.flag("-a") {
            index.get(&key).copied()
        } else if last.as_ref() == Some(&key) {
            Some(groups.len() - 1)
        } else {
            None
        };
        match at {
            Some(i) => groups[i].count += 1,
            None => {
                if args.flag("-a") {
                    index.insert(key.clone(), groups.len());
                }
                groups.push(Group {
                    text: line.to_string(),
                    count: 1,
                });
            }
        }
        last = Some(key);
    }
    // Each distinct line once, to report how many there were.
    let distinct: Set<Folded> = groups.iter().map(|g| fold(&g.text)).collect();
    let mut out = stdout();
    for g in groups.iter().filter(|g| !args.flag("-d") || g.count > 1) {
        if args.flag("-c") {
            let _ = writeln!(out, "{:>7} {}", g.count, g.text);
        } else {
            let _ = writeln!(out, "{}", g.text);
        }
    }
    if args.flag("-c") {
        let _ = writeln!(out, "{} groups, {} distinct", groups.len(), distinct.len());
    }
    finish(out);
}
