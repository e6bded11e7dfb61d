//! The suite's floor: what every tool carries before it uses a container. It reads
//! standard input, parses its command line and writes its output with the suite's
//! helpers, as the tools do, and numbers the lines (`-n`) from a start (`-s N`) without
//! a container. The size report subtracts it from each tool to show the container code.

use std::fmt::Write;

use sizespeed_suite::{finish, stdin_text, stdout, Args};

fn main() {
    let args = Args::parse(&["-n"], &["-s"]);
    let mut no = args.number("-s", 1);
    let mut out = stdout();
    for line in stdin_text().lines() {
        if args.flag("-n") {
            let _ = writeln!(out, "{no:>6}\t{line}");
            no += 1;
        } else {
            let _ = writeln!(out, "{line}");
        }
    }
    finish(out);
}
