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
    /// Keys of fresh records found among the known groups, by binary search.
    pub found: usize,
    /// A hash of every result, independent of hash-map iteration order.
    pub checksum: u64,
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

/// The first element of each run of equal elements in a sorted slice.
fn distinct<T: PartialEq>(sorted: &[T]) -> impl Iterator<Item = &T> {
    sorted
        .iter()
        .enumerate()
        .filter(|&(i, x)| i == 0 || sorted[i - 1] != *x)
        .map(|(_, x)| x)
}

/// Runs the whole pipeline on `n` generated records of type `R`.
pub fn process<R: Record>(n: usize, seed: u64) -> Report {
    let mut rng = Rng::new(seed);
    let log = ingest::<R>(&mut rng, n);
    let peak = peak_window(&log);

    // Sorting: a sorted copy, sampled into the checksum.
    let mut sorted = log.clone();
    sorted.sort();
    let mut checksum = sorted.iter().step_by(97).fold(0, |h, r| mix(h, r.digest()));
    let unique = distinct(&sorted).count();

    // Grouping: keys sorted without duplicates; amounts summed per group.
    let mut keys: auto::Vec<R::Key> = log.iter().map(R::key).collect();
    keys.sort_unstable();
    let mut groups = 0;
    for key in distinct(&keys) {
        checksum = mix(checksum, key.digest());
        groups += 1;
    }
    let total = log.iter().fold(0u64, |t, r| t.wrapping_add(r.amount()));
    let ids = log.iter().fold(0u64, |t, r| t.wrapping_add(r.id()));
    checksum = mix(mix(mix(checksum, total), ids), peak);

    // Lookups: how many keys of fresh records belong to a known group.
    let found = (0..n / 10)
        .filter(|_| keys.binary_search(&R::generate(&mut rng, 1).key()).is_ok())
        .count();
    checksum = mix(checksum, found as u64);

    Report {
        name: R::NAME,
        received: log.len(),
        unique,
        groups,
        found,
        checksum,
    }
}
