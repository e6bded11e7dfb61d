//! `sort`: sorts the lines of standard input. `-k N` sorts on the Nth whitespace-separated
//! field (1-based), `-n` compares it as an integer, `-f` folds case, `-r` reverses and
//! `-u` keeps the first of lines with equal keys. Lines with equal keys compare by their
//! whole text, then keep their input order.

use std::cmp::Ordering;
use std::fmt::Write;

use sizespeed_suite::sizespeed::auto::{dedup_by, sort_by, Vec};
use sizespeed_suite::{finish, stdin_text, stdout, Args};

/// What a line is sorted on.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum SortKey {
    /// `-n`: the leading integer of the field (0 if it has none).
    Number(i64),
    /// The field's text, case-folded under `-f`.
    Text(String),
}

/// One input line with its key.
struct Line {
    key: SortKey,
    text: String,
}

fn leading_integer(s: &str) -> i64 {
    let end = s
        .char_indices()
        .find(|&(i, c)| !(c.is_ascii_digit() || (i == 0 && (c == '-' || c == '+'))))
        .map_or(s.len(), |(i, _)| i);
    s[..end].parse().unwrap_or(0)
}

fn main() {
    let args = Args::parse(&["-n", "-r", "-f", "-u"], &["-k"]);
    let field = args.number("-k", 0);
    let text = stdin_text();
    let mut lines: Vec<Line> = text
        .lines()
        .map(|l| {
            let f = if field == 0 {
                l
            } else {
                l.split_whitespace().nth(field - 1).unwrap_or("")
            };
            let key = if args.flag("-n") {
                SortKey::Number(leading_integer(f))
            } else if args.flag("-f") {
                SortKey::Text(f.to_lowercase())
            } else {
                SortKey::Text(f.to_string())
            };
            Line {
                key,
                text: l.to_string(),
            }
        })
        .collect();
    let reverse = args.flag("-r");
    let order = |a: &Line, b: &Line| -> Ordering {
        let o = a.key.cmp(&b.key).then_with(|| a.text.cmp(&b.text));
        if reverse {
            o.reverse()
        } else {
            o
        }
    };
    sort_by(&mut lines, order);
    if args.flag("-u") {
        let kept = dedup_by(&mut lines, |a, b| a.key == b.key);
        lines.truncate(kept);
    }
    let mut out = stdout();
    for l in lines.iter() {
        let _ = writeln!(out, "{}", l.text);
    }
    finish(out);
}
