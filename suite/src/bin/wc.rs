//! `wc`: counts the lines, words and bytes of standard input and its distinct words;
//! `-f N` also lists the N most frequent words (lower-cased, punctuation trimmed), most
//! frequent first, ties in alphabetical order.

use std::fmt::Write;

use sizespeed_suite::sizespeed::auto::{sort_by, Map, Vec};
use sizespeed_suite::{finish, stdin_text, stdout, Args};

/// A word as counted: lower-cased, without surrounding punctuation.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Word(String);

/// How often a word occurs, and the line it first occurs on.
#[derive(Clone, Copy)]
struct Tally {
    count: u32,
    first_line: u32,
}

/// One line of the frequency list.
struct Ranked {
    word: Word,
    tally: Tally,
}

fn main() {
    let args = Args::parse(&[], &["-f"]);
    let top = args.number("-f", 0);
    let text = stdin_text();
    let mut tallies: Map<Word, Tally> = Map::new();
    let mut words = 0usize;
    for (no, line) in text.lines().enumerate() {
        for raw in line.split_whitespace() {
            words += 1;
            let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
            if word.is_empty() {
                continue;
            }
            let t = tallies.entry(Word(word.to_lowercase())).or_insert(Tally {
                count: 0,
                first_line: no as u32 + 1,
            });
            t.count += 1;
        }
    }
    let lines = text.bytes().filter(|&b| b == b'\n').count();
    let mut out = stdout();
    let _ = writeln!(out, "{lines} {words} {} {}", text.len(), tallies.len());
    let mut ranked: Vec<Ranked> = tallies
        .into_iter()
        .map(|(word, tally)| Ranked { word, tally })
        .collect();
    sort_by(&mut ranked, |a, b| {
        b.tally
            .count
            .cmp(&a.tally.count)
            .then_with(|| a.word.0.cmp(&b.word.0))
    });
    for r in ranked.iter().take(top) {
        let _ = writeln!(
            out,
            "{} {} (line {})",
            r.tally.count, r.word.0, r.tally.first_line
        );
    }
    finish(out);
}
