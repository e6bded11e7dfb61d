//! The pipeline every record type goes through.

use sizespeed::auto;

use crate::fields::{mix, Field, Rng};
use crate::records::Record;

/// The moving window's length, in records.
const WINDOW: usize = 32;

/// What processing one record type produced.
pub struct Report {
    pub name: &'static str,
    /// Records received, duplicates included.
    pub received: usize,
    /// Records left after dropping duplicate deliveries.
    pub unique: usize,
    /// Distinct group keys.
    pub groups: usize,
    /// Distinct record ids.
    pub ids: usize,
    /// Keys of fresh records found among the known groups, by binary search.
    pub found: usize,
    /// A hash of every result, independent of hash-map iteration order.
    pub checksum: u64,
}

/// Per-group totals.
#[derive(Clone, Copy, Default)]
struct Totals {
    count: u64,
    amount: u64,
    max: u64,
}

/// Receives `n` records of type `R`, about one in eight a duplicate delivery of an
/// earlier one, and returns the received log.
fn ingest<R: Record>(rng: &mut Rng, n: usize) -> auto::Vec<R> {
    let mut log = auto::Vec::with_capacity(n);
    for i in 0..n {
        let record = match log.get(rng.below(i.max(1) as u64) as usize) {
            Some(earlier) if rng.below(8) == 0 => R::clone(earlier),
            _ => R::generate(rng, n as u64 / 2),
        };
        log.push(record);
    }
    log
}

/// Keeps the first delivery of each record, in arrival order.
fn drop_duplicates<R: Record>(log: &auto::Vec<R>) -> auto::Vec<R> {
    let mut seen = auto::Set::new();
    let mut unique = auto::Vec::with_capacity(log.len());
    for r in log.iter() {
        if seen.insert(r.clone()) {
            unique.push(r.clone());
        }
    }
    unique
}

/// The largest total amount over any `WINDOW` consecutive records, kept with a queue.
fn peak_window<R: Record>(records: &auto::Vec<R>) -> u64 {
    let mut window = auto::Deque::with_capacity(WINDOW + 1);
    let (mut sum, mut peak) = (0u64, 0u64);
    for r in records.iter() {
        sum = sum.wrapping_add(r.amount());
        window.push_back(r.clone());
        if window.len() > WINDOW {
            let oldest: R = window.pop_front().expect("window is full");
            sum = sum.wrapping_sub(oldest.amount());
        }
        peak = peak.max(sum);
    }
    peak
}

/// Runs the whole pipeline on `n` generated records of type `R`.
pub fn process<R: Record>(n: usize, seed: u64) -> Report {
    let mut rng = Rng::new(seed);
    let log = ingest::<R>(&mut rng, n);
    let unique = drop_duplicates(&log);
    let mut checksum = mix(seed, peak_window(&unique));

    // Grouping: totals per key, and the latest record per id. Map entries are folded
    // with an addition, so their iteration order does not matter.
    let mut groups: auto::Map<R::Key, Totals> = auto::Map::new();
    let mut latest: auto::Map<u64, R> = auto::Map::new();
    for r in unique.iter() {
        let t = groups.get_or_insert_with(r.key(), Totals::default);
        t.count += 1;
        t.amount = t.amount.wrapping_add(r.amount());
        t.max = t.max.max(r.amount());
        latest.insert(r.id(), r.clone());
    }
    let group_sum = groups.iter().fold(0u64, |acc, (k, t)| {
        acc.wrapping_add(mix(mix(k.digest(), t.count), mix(t.amount, t.max)))
    });
    let latest_sum = latest
        .iter()
        .fold(0u64, |acc, (&id, r)| acc.wrapping_add(mix(id, r.digest())));
    checksum = mix(mix(checksum, group_sum), latest_sum);

    // Sorting: a sorted copy of the records, sampled into the checksum.
    let mut sorted = unique.clone();
    auto::sort(&mut sorted);
    for r in sorted.iter().step_by(97) {
        checksum = mix(checksum, r.digest());
    }

    // Lookups: how many keys of fresh records belong to a known group.
    let mut keys: auto::Vec<R::Key> = groups.keys().cloned().collect();
    auto::sort_unstable(&mut keys);
    let found = (0..n / 10)
        .filter(|_| auto::binary_search(&keys, &R::generate(&mut rng, 1).key()).is_ok())
        .count();
    checksum = mix(checksum, found as u64);

    Report {
        name: R::NAME,
        received: log.len(),
        unique: unique.len(),
        groups: groups.len(),
        ids: latest.len(),
        found,
        checksum,
    }
}
