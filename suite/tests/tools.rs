//! Every tool of the suite on fixed input, checked against its exact expected output.
//!
//! CI runs these tests on the four builds (static and against `libsizespeed_dylib.so`,
//! fast and small), so each build must print exactly this.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs the suite's binary `exe` with `args` on `stdin`.
fn run(exe: &str, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(exe)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {exe}: {e}"));
    // A tool that exits before reading (on a usage error) closes the pipe early.
    if let Err(e) = child
        .stdin
        .take()
        .expect("piped")
        .write_all(stdin.as_bytes())
    {
        assert_eq!(
            e.kind(),
            std::io::ErrorKind::BrokenPipe,
            "writing stdin: {e}"
        );
    }
    child.wait_with_output().expect("waiting for the tool")
}

/// Runs `exe` and checks that it succeeds and prints exactly `expected`.
fn check(exe: &str, args: &[&str], stdin: &str, expected: &str) {
    let out = run(exe, args, stdin);
    assert!(
        out.status.success(),
        "{exe} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        expected,
        "{exe} {args:?}"
    );
}

const TEXT: &str = "the quick brown fox\nThe lazy dog.\n\nthe fox, the dog\n";

#[test]
fn wc_counts_and_ranks_words() {
    let exe = env!("CARGO_BIN_EXE_wc");
    check(exe, &[], TEXT, "4 11 52 6\n");
    check(
        exe,
        &["-f", "3"],
        TEXT,
        "4 11 52 6\n4 the (line 1)\n2 dog (line 2)\n2 fox (line 1)\n",
    );
    check(exe, &[], "", "0 0 0 0\n");
}

#[test]
fn sort_orders_lines_by_key() {
    let exe = env!("CARGO_BIN_EXE_sort");
    let input = "pear 10\napple 9\nPear 2\nfig 10\napple 9\n";
    check(
        exe,
        &[],
        input,
        "Pear 2\napple 9\napple 9\nfig 10\npear 10\n",
    );
    check(
        exe,
        &["-f", "-u"],
        input,
        "apple 9\nfig 10\npear 10\nPear 2\n",
    );
    check(exe, &["-f", "-u"], "b\nB\na\n", "a\nB\n");
    check(
        exe,
        &["-k", "2", "-n", "-r"],
        input,
        "pear 10\nfig 10\napple 9\napple 9\nPear 2\n",
    );
    check(
        exe,
        &["-k", "2", "-n", "-u"],
        input,
        "Pear 2\napple 9\nfig 10\n",
    );
}

#[test]
fn uniq_collapses_runs_and_duplicates() {
    let exe = env!("CARGO_BIN_EXE_uniq");
    let input = "a\na\nB\nb\na\nc\nc\n";
    check(exe, &[], input, "a\nB\nb\na\nc\n");
    check(
        exe,
        &["-c", "-i"],
        input,
        "      2 a\n      2 B\n      1 a\n      2 c\n4 groups, 3 distinct\n",
    );
    check(exe, &["-a", "-d"], input, "a\nc\n");
}

#[test]
fn tail_keeps_the_last_lines() {
    let exe = env!("CARGO_BIN_EXE_tail");
    let input: String = (1..=12).map(|i| format!("line {i}\n")).collect();
    check(exe, &["-n", "2"], &input, "line 11\nline 12\n");
    check(
        exe,
        &["-n", "3", "-b", "-r"],
        &input,
        "    12\tline 12\n    11\tline 11\n    10\tline 10\n",
    );
    check(exe, &["-n", "0"], &input, "");
    assert_eq!(
        String::from_utf8_lossy(&run(exe, &[], &input).stdout)
            .lines()
            .count(),
        10
    );
}

#[test]
fn join_pairs_rows_on_their_first_field() {
    let exe = env!("CARGO_BIN_EXE_join");
    let dir = std::env::temp_dir().join(format!("sizespeed-suite-join-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let left = dir.join("left.txt");
    std::fs::write(&left, "k1 one\nk2 two\nk1 uno\nk3 three\n").expect("left file");
    let left = left.to_str().expect("utf-8 path");
    let right = "k1 a\nk4 d\nk2 b\n";
    check(exe, &[left], right, "k1 one a\nk1 uno a\nk2 two b\n");
    check(
        exe,
        &["-a", "-v", left],
        right,
        "k1 one a\nk1 uno a\nk4 - d\nk2 two b\n--\nk3\n",
    );
    assert_eq!(run(exe, &[], right).status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn topk_ranks_names_by_total_and_by_maximum() {
    let exe = env!("CARGO_BIN_EXE_topk");
    let input = "a 5\nb 7\na 4\nc 9\nbad line here\nb 2\nd -1\n\n";
    check(
        exe,
        &["-k", "2"],
        input,
        "a 2 9 5\nb 2 9 7\n4 names, 1 malformed lines\n",
    );
    check(
        exe,
        &["-m", "-k", "9"],
        input,
        "c 1 9 9\nb 2 9 7\na 2 9 5\nd 1 -1 -1\n4 names, 1 malformed lines\n",
    );
}

#[test]
fn tsort_orders_a_graph_and_reports_a_cycle() {
    let exe = env!("CARGO_BIN_EXE_tsort");
    check(
        exe,
        &[],
        "shirt tie\ntie jacket\npants shoes\npants belt\nbelt jacket\nshirt belt\nsocks shoes\nwatch\n",
        "pants\nshirt\nbelt\nsocks\nshoes\ntie\njacket\nwatch\n",
    );
    let out = run(exe, &[], "a b\nb c\nc b\nd\n");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "a\nd\n");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "tsort: cycle among: b c\n"
    );
}

#[test]
fn kv_sets_gets_ranges_and_undoes() {
    let exe = env!("CARGO_BIN_EXE_kv");
    let input = "set b 2\nset a 1\nset c three 3\nset a 10\nget a\nrange a c\ndel b\nget b\n\
                 undo\nget b\nundo\nget a\ncount\ndump\nbogus\nundo\nundo\nundo\nundo\n";
    check(
        exe,
        &[],
        input,
        "a=10 (v2)\na=10\nb=2\nb not found\nb=2 (v1)\na=1 (v1)\n3 keys, 3 writes logged\n\
         a=1 (v1)\nb=2 (v1)\nc=three 3 (v1)\nline 15: cannot read \"bogus\"\nnothing to undo\n",
    );
}

/// The build under test is the one the features say.
#[test]
fn the_build_is_the_one_asked_for() {
    assert_eq!(sizespeed_suite::PREFERS_SIZE, cfg!(feature = "prefer-size"));
    assert_eq!(sizespeed_suite::DYLIB, cfg!(feature = "dylib"));
}

/// With the `dylib` feature the tools load sizespeed from its shared library: the library
/// is among the files the dynamic loader must find for them.
#[cfg(feature = "dylib")]
#[test]
fn the_tools_link_the_shared_library() {
    for exe in [env!("CARGO_BIN_EXE_wc"), env!("CARGO_BIN_EXE_kv")] {
        let data = std::fs::read(exe).expect("reading the tool");
        let needle = b"libsizespeed_dylib.so";
        assert!(
            data.windows(needle.len()).any(|w| w == needle),
            "{exe} does not name libsizespeed_dylib.so"
        );
    }
}
