//! `topk`: reads `name value` records (value an integer) and prints, for the K names with
//! the largest total (`-k K`, default 5; `-m` ranks by the largest single value instead),
//! `name count total max`. Ties go to the alphabetically smaller name. Malformed lines are
//! counted and reported on the last line.

use std::cmp::Ordering;
use std::fmt::Write;

use sizespeed_suite::sizespeed::auto::{Map, PriorityQueue};
use sizespeed_suite::{finish, stdin_text, stdout, Args};

/// A record's name.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Name(String);

/// The running figures of one name.
#[derive(Clone, Copy, Default)]
struct Stats {
    count: u64,
    total: i64,
    max: i64,
}

/// A name in the ranking: the larger score first, then the smaller name.
struct Rank {
    score: i64,
    name: Name,
    stats: Stats,
}

impl PartialEq for Rank {
    fn eq(&self, o: &Self) -> bool {
        self.cmp(o) == Ordering::Equal
    }
}
impl Eq for Rank {}

impl Ord for Rank {
    fn cmp(&self, o: &Self) -> Ordering {
        self.score
            .cmp(&o.score)
            .then_with(|| o.name.cmp(&self.name))
    }
}
impl PartialOrd for Rank {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

fn main() {
    let args = Args::parse(&["-m"], &["-k"]);
    let k = args.number("-k", 5);
    let mut stats: Map<Name, Stats> = Map::new();
    let mut bad = 0u32;
    for line in stdin_text().lines() {
        let mut it = line.split_whitespace();
        let (Some(name), Some(Ok(value)), None) = (it.next(), it.next().map(str::parse), it.next())
        else {
            bad += u32::from(!line.trim().is_empty());
            continue;
        };
        let s = stats.entry(Name(name.to_string())).or_default();
        s.max = if s.count == 0 {
            value
        } else {
            s.max.max(value)
        };
        s.count += 1;
        s.total += value;
    }
    let mut ranking: PriorityQueue<Rank> = stats
        .iter()
        .map(|(name, s)| Rank {
            score: if args.flag("-m") { s.max } else { s.total },
            name: name.clone(),
            stats: *s,
        })
        .collect();
    let mut out = stdout();
    for _ in 0..k {
        let Some(r) = ranking.pop() else { break };
        let s = r.stats;
        let _ = writeln!(out, "{} {} {} {}", r.name.0, s.count, s.total, s.max);
    }
    let _ = writeln!(out, "{} names, {bad} malformed lines", stats.len());
    finish(out);
}
