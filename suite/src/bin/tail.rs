//! `tail`: prints the last N lines of standard input (`-n N`, default 10); `-b` numbers
//! them, `-r` prints them last line first.

use std::fmt::Write;

use sizespeed_suite::sizespeed::auto::{Deque, Vec};
use sizespeed_suite::{finish, stdin_text, stdout, Args};

/// A kept line with its number in the input.
struct Line {
    no: u32,
    text: String,
}

fn main() {
    let args = Args::parse(&["-b", "-r"], &["-n"]);
    let n = args.number("-n", 10);
    let text = stdin_text();
    let mut window: Deque<Line> = Deque::with_capacity(n.min(1 << 16));
    for (i, l) in text.lines().enumerate() {
        if n == 0 {
            break;
        }
        if window.len() == n {
            window.pop_front();
        }
        window.push_back(Line {
            no: i as u32 + 1,
            text: l.to_string(),
        });
    }
    let mut lines: Vec<Line> = window.into_iter().collect();
    if args.flag("-r") {
        lines.reverse();
    }
    let mut out = stdout();
    for l in lines.iter() {
        if args.flag("-b") {
            let _ = writeln!(out, "{:>6}\t{}", l.no, l.text);
        } else {
            let _ = writeln!(out, "{}", l.text);
        }
    }
    finish(out);
}
