//! Deque family benches: `deque/{op}/{elem}/{n}`, with `fast` then `small` in each group.
//!
//! Operations: `push_back` and `push_front` (n pushes into a new deque, growth included;
//! the inputs are made, and the deque is dropped, outside the timed part),
//! `pop_front` and `pop_back` (n pops from a full deque), `iter_sum` (one pass over a
//! deque whose storage wraps around), and `queue` (a bounded FIFO: every element is
//! pushed at the back and, once 64 are queued, one is popped from the front per push).

mod common;

use std::hint::black_box;

use common::{Elem, Record32, SIZES};
use criterion::{BatchSize, BenchmarkGroup, Criterion, Throughput};
use sizespeed::Deque;

/// A number taken from each element, for `iter_sum`.
trait Key: Elem {
    fn key(&self) -> u64;
}

impl Key for u64 {
    fn key(&self) -> u64 {
        *self
    }
}

impl Key for Record32 {
    fn key(&self) -> u64 {
        self.id
    }
}

impl Key for String {
    fn key(&self) -> u64 {
        self.len() as u64
    }
}

/// The longest the `queue` workload lets the queue get.
const QUEUE_WINDOW: usize = 64;

fn batch(n: usize) -> BatchSize {
    if n >= 100_000 {
        BatchSize::LargeInput
    } else {
        BatchSize::SmallInput
    }
}

fn inputs<T: Elem>(n: usize) -> Vec<T> {
    (0..n as u64).map(T::make).collect()
}

/// A full deque of `n` elements whose storage wraps around the buffer end.
fn full<T: Elem, D: Deque<T>>(n: usize) -> D {
    let mut d = D::with_capacity(n);
    for x in inputs::<T>(n) {
        d.push_back(x);
    }
    for _ in 0..n / 2 {
        let x = d.pop_front().unwrap();
        d.push_back(x);
    }
    d
}

fn variant<T: Key, D: Deque<T>>(
    g: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>,
    name: &str,
    op: &str,
    n: usize,
) {
    match op {
        "push_back" => g.bench_function(name, |b| {
            b.iter_batched_ref(
                || (inputs::<T>(n), D::new()),
                |(v, d)| {
                    for x in v.drain(..) {
                        d.push_back(x);
                    }
                },
                batch(n),
            )
        }),
        "push_front" => g.bench_function(name, |b| {
            b.iter_batched_ref(
                || (inputs::<T>(n), D::new()),
                |(v, d)| {
                    for x in v.drain(..) {
                        d.push_front(x);
                    }
                },
                batch(n),
            )
        }),
        "pop_front" => g.bench_function(name, |b| {
            b.iter_batched_ref(
                || full::<T, D>(n),
                |d| {
                    while let Some(x) = d.pop_front() {
                        black_box(x);
                    }
                },
                batch(n),
            )
        }),
        "pop_back" => g.bench_function(name, |b| {
            b.iter_batched_ref(
                || full::<T, D>(n),
                |d| {
                    while let Some(x) = d.pop_back() {
                        black_box(x);
                    }
                },
                batch(n),
            )
        }),
        "iter_sum" => {
            let d = full::<T, D>(n);
            g.bench_function(name, |b| {
                b.iter(|| {
                    black_box(&d)
                        .iter()
                        .fold(0u64, |acc, x| acc.wrapping_add(x.key()))
                })
            })
        }
        "queue" => g.bench_function(name, |b| {
            b.iter_batched_ref(
                || (inputs::<T>(n), D::new()),
                |(v, d)| {
                    for x in v.drain(..) {
                        d.push_back(x);
                        if d.len() > QUEUE_WINDOW {
                            black_box(d.pop_front());
                        }
                    }
                },
                batch(n),
            )
        }),
        _ => unreachable!("unknown op {op}"),
    };
}

/// Operations one iteration of `op` performs on `n` elements.
fn ops(op: &str, n: usize) -> u64 {
    match op {
        "queue" => (n + n.saturating_sub(QUEUE_WINDOW)) as u64,
        _ => n as u64,
    }
}

fn family<T: Key>(c: &mut Criterion) {
    for op in [
        "push_back",
        "push_front",
        "pop_front",
        "pop_back",
        "iter_sum",
        "queue",
    ] {
        for n in SIZES {
            let mut g = c.benchmark_group(format!("deque/{op}/{}/{n}", T::NAME));
            g.throughput(Throughput::Elements(ops(op, n)));
            variant::<T, sizespeed::fast::Deque<T>>(&mut g, "fast", op, n);
            variant::<T, sizespeed::small::Deque<T>>(&mut g, "small", op, n);
            g.finish();
        }
    }
}

fn main() {
    let mut c = common::config().configure_from_args();
    family::<u64>(&mut c);
    family::<Record32>(&mut c);
    family::<String>(&mut c);
    c.final_summary();
}
