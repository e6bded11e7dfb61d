//! Shared bench setup: element types, input generators and the criterion configuration
//! every family's bench file uses.
//!
//! Naming convention, which `size-reports`' speed summary relies on: each benchmark group
//! is named `"{family}/{operation}/{element}/{n}"` and each function in it is the variant
//! name (`fast`, `small`, `inline`, `thin`, `boxed`, or an outside baseline such as
//! `qsort`). Every group sets `Throughput::Elements(ops)` to the number of operations one
//! iteration performs, so ns/op = time per iteration / ops. `fast` is always the first
//! function of a group, so criterion's report puts each variant beside it in the same run.
#![allow(dead_code)]

use std::time::Duration;

use criterion::Criterion;

/// The criterion configuration for every bench file: short enough that a full
/// `cargo bench` finishes in well under 15 minutes on 2 cores.
pub fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(200))
        .measurement_time(Duration::from_millis(600))
        .sample_size(10)
        .without_plots()
}

/// The element counts every family is measured at.
pub const SIZES: [usize; 3] = [16, 1_000, 100_000];

/// A 32-byte plain record.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Record32 {
    pub id: u64,
    pub a: u64,
    pub b: u64,
    pub c: u64,
}

/// A small deterministic PRNG (xorshift64*), so every variant sees the same inputs.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// Uniform in `0..n` (n > 0), by multiply-shift.
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }
}

/// Builds bench elements from an index, so each element type gets the same shape of input.
pub trait Elem: Clone + 'static {
    const NAME: &'static str;
    fn make(i: u64) -> Self;
}

impl Elem for u64 {
    const NAME: &'static str = "u64";
    fn make(i: u64) -> Self {
        i.wrapping_mul(0x9e37_79b9_7f4a_7c15)
    }
}

impl Elem for Record32 {
    const NAME: &'static str = "record32";
    fn make(i: u64) -> Self {
        Record32 {
            id: i.wrapping_mul(0x9e37_79b9_7f4a_7c15),
            a: i,
            b: !i,
            c: i ^ 0x5555,
        }
    }
}

impl Elem for String {
    const NAME: &'static str = "string";
    fn make(i: u64) -> Self {
        format!("key-{:016x}", i.wrapping_mul(0x9e37_79b9_7f4a_7c15))
    }
}

/// A 40-byte record that the sort benches sort by `key`.
#[derive(Clone, Copy, Debug)]
pub struct Record40 {
    pub key: u64,
    pub payload: [u64; 4],
}

/// An element type as the sort benches need it: its name, a random value and the
/// comparison it is sorted by.
pub trait SortElem: Clone + 'static {
    const NAME: &'static str;
    fn random(rng: &mut Rng) -> Self;
    fn compare(a: &Self, b: &Self) -> std::cmp::Ordering;
}

impl SortElem for u64 {
    const NAME: &'static str = "u64";
    fn random(rng: &mut Rng) -> Self {
        rng.next_u64()
    }
    fn compare(a: &Self, b: &Self) -> std::cmp::Ordering {
        a.cmp(b)
    }
}

impl SortElem for Record40 {
    const NAME: &'static str = "record40";
    fn random(rng: &mut Rng) -> Self {
        let key = rng.next_u64();
        Record40 {
            key,
            payload: [key, !key, key ^ 1, 4],
        }
    }
    fn compare(a: &Self, b: &Self) -> std::cmp::Ordering {
        a.key.cmp(&b.key)
    }
}

impl SortElem for String {
    const NAME: &'static str = "string";
    fn random(rng: &mut Rng) -> Self {
        <String as Elem>::make(rng.next_u64())
    }
    fn compare(a: &Self, b: &Self) -> std::cmp::Ordering {
        a.cmp(b)
    }
}

/// The sort benches' input: `n` random elements, the same for every variant and run.
pub fn sort_input<T: SortElem>(n: usize) -> Vec<T> {
    let mut rng = Rng::new(0x5eed_0000 + n as u64);
    (0..n).map(|_| T::random(&mut rng)).collect()
}

/// Records compare by `key` (their payload follows from it), as the sort benches sort them.
impl PartialEq for Record40 {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl Eq for Record40 {}

impl PartialOrd for Record40 {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Record40 {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.key.cmp(&other.key)
    }
}
