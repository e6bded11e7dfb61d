//! Speed of the Vec family: every operation, for every variant, element type and size.
//!
//! Each operation is one generic body written against [`sizespeed::Seq`]; [`group`] runs it
//! for every variant (`fast` first) so criterion reports them side by side. Groups are
//! named `vec/{op}/{elem}/{n}`, functions by variant, and the throughput is the number of
//! element operations one iteration performs.
//!
//! `vec/workload/u64/1000000` is a mixed workload (push, random get, iterate, pop) on a
//! million elements, comparing `small` against `fast` on a realistic run.
mod common;

use std::hint::black_box;
use std::time::{Duration, Instant};

use common::{Elem, Record32, Rng, SIZES};
use criterion::{criterion_group, criterion_main, Bencher, Criterion, Throughput};
use sizespeed::Seq;

/// Inserts (and then removes) at most this many elements per iteration on large
/// containers, so one iteration of `insert_remove` stays around a millisecond.
const MAX_MIDDLE_OPS: usize = 16;

/// Warm-up per benchmark of the operation groups.
const WARM_UP: Duration = Duration::from_millis(100);

/// Timed iterations are run in batches covering about this many elements, so the clock is
/// read rarely even on 16-element containers.
const BATCH_ELEMS: usize = 4096;

/// The number of inserts (and of removes) `insert_remove` does on `n` elements.
fn middle_ops(n: usize) -> usize {
    if n > 1_000 {
        MAX_MIDDLE_OPS
    } else {
        n
    }
}

/// Times `routine` alone, on inputs that `recycle` restores between batches.
///
/// Unlike `iter_batched`, the inputs are not rebuilt for every iteration: `recycle` gets
/// each input back with the routine's output and puts it into its starting state again,
/// usually by moving elements rather than cloning them. That keeps the untimed part of a
/// benchmark about as cheap as the timed part, which is what keeps the whole suite short.
fn run_recycled<I, O>(
    b: &mut Bencher<'_>,
    n: usize,
    mut make: impl FnMut() -> I,
    mut routine: impl FnMut(&mut I) -> O,
    mut recycle: impl FnMut(&mut I, O),
) {
    let batch = (BATCH_ELEMS / n.max(1)).max(1);
    b.iter_custom(|iters| {
        let mut inputs: Vec<I> = (0..batch.min(iters as usize)).map(|_| make()).collect();
        let mut outputs: Vec<O> = Vec::with_capacity(inputs.len());
        let mut elapsed = Duration::ZERO;
        let mut left = iters as usize;
        while left > 0 {
            let k = left.min(inputs.len());
            let start = Instant::now();
            for input in &mut inputs[..k] {
                outputs.push(routine(black_box(input)));
            }
            elapsed += start.elapsed();
            for (input, output) in inputs.iter_mut().zip(outputs.drain(..)) {
                recycle(input, output);
            }
            left -= k;
        }
        elapsed
    });
}

/// One benchmarked operation, generic over the element type and the variant.
trait Op {
    /// The `{op}` part of the group name.
    const NAME: &'static str;
    /// The element operations one iteration performs on `n` elements.
    fn ops(n: usize) -> u64 {
        n as u64
    }
    /// Measures the operation on a container of `items.len()` elements built from `items`.
    fn run<T: Elem, S: Seq<T> + Clone>(b: &mut Bencher<'_>, items: &[T]);
}

/// A full container, built outside the timed part.
fn full<T: Elem, S: Seq<T>>(items: &[T]) -> S {
    items.iter().cloned().collect()
}

/// Moves every element of `s` back into `pool`. Leaves `s` empty.
fn drain_into<T, S: Seq<T>>(s: &mut S, pool: &mut Vec<T>) {
    while let Some(x) = s.pop() {
        pool.push(x);
    }
}

/// `n` pushes into a new, empty container. Freeing it is not timed.
struct Push;
impl Op for Push {
    const NAME: &'static str = "push";
    fn run<T: Elem, S: Seq<T> + Clone>(b: &mut Bencher<'_>, items: &[T]) {
        run_recycled(
            b,
            items.len(),
            || items.to_vec(),
            |pool| {
                let mut s = S::new();
                for x in pool.drain(..) {
                    s.push(x);
                }
                s
            },
            |pool, mut s: S| drain_into(&mut s, pool),
        );
    }
}

/// Pops every element of a full container.
struct Pop;
impl Op for Pop {
    const NAME: &'static str = "pop";
    fn run<T: Elem, S: Seq<T> + Clone>(b: &mut Bencher<'_>, items: &[T]) {
        run_recycled(
            b,
            items.len(),
            || (full::<T, S>(items), Vec::with_capacity(items.len())),
            |(s, popped)| {
                while let Some(x) = s.pop() {
                    popped.push(x);
                }
            },
            |(s, popped), ()| s.extend(popped.drain(..).rev()),
        );
    }
}

/// `n` reads at random indices, precomputed.
struct Get;
impl Op for Get {
    const NAME: &'static str = "get";
    fn run<T: Elem, S: Seq<T> + Clone>(b: &mut Bencher<'_>, items: &[T]) {
        let s: S = full(items);
        let mut rng = Rng::new(0x5eed);
        let indices: Vec<usize> = (0..items.len()).map(|_| rng.below(items.len())).collect();
        b.iter(|| {
            for &i in &indices {
                black_box(s.get(i));
            }
        });
    }
}

/// Iterates over every element front to back.
struct Iter;
impl Op for Iter {
    const NAME: &'static str = "iter";
    fn run<T: Elem, S: Seq<T> + Clone>(b: &mut Bencher<'_>, items: &[T]) {
        let s: S = full(items);
        b.iter(|| {
            for x in black_box(&s).iter() {
                black_box(x);
            }
        });
    }
}

/// `k` inserts at `len / 2`, then `k` removes at `len / 2`, which leaves the length as it
/// was; `k` is `n`, capped at [`MAX_MIDDLE_OPS`] for large containers.
struct InsertRemove;
impl Op for InsertRemove {
    const NAME: &'static str = "insert_remove";
    fn ops(n: usize) -> u64 {
        2 * middle_ops(n) as u64
    }
    fn run<T: Elem, S: Seq<T> + Clone>(b: &mut Bencher<'_>, items: &[T]) {
        let mut s: S = full(items);
        let k = middle_ops(items.len());
        let mut spare: Vec<T> = items[..k].to_vec();
        b.iter(|| {
            while let Some(x) = spare.pop() {
                let mid = s.len() / 2;
                s.insert(mid, x);
            }
            for _ in 0..k {
                let mid = s.len() / 2;
                spare.push(s.remove(mid));
            }
        });
    }
}

/// Extends a new container from an iterator of `n` elements. Freeing it is not timed.
struct Extend;
impl Op for Extend {
    const NAME: &'static str = "extend";
    fn run<T: Elem, S: Seq<T> + Clone>(b: &mut Bencher<'_>, items: &[T]) {
        run_recycled(
            b,
            items.len(),
            || items.to_vec(),
            |pool| {
                let mut s = S::new();
                s.extend(pool.drain(..));
                s
            },
            |pool, mut s: S| drain_into(&mut s, pool),
        );
    }
}

/// Clones a full container. Dropping the clone is not timed.
struct CloneOp;
impl Op for CloneOp {
    const NAME: &'static str = "clone";
    fn run<T: Elem, S: Seq<T> + Clone>(b: &mut Bencher<'_>, items: &[T]) {
        let s: S = full(items);
        run_recycled(b, items.len(), || (), |()| s.clone(), |(), copy| drop(copy));
    }
}

/// Drops a full container, elements and buffer.
struct DropOp;
impl Op for DropOp {
    const NAME: &'static str = "drop";
    fn run<T: Elem, S: Seq<T> + Clone>(b: &mut Bencher<'_>, items: &[T]) {
        run_recycled(
            b,
            items.len(),
            || Some(full::<T, S>(items)),
            |s| drop(s.take()),
            |s, ()| *s = Some(full(items)),
        );
    }
}

/// Runs operation `O` on `items` for every variant, `fast` first.
fn group<O: Op, T: Elem>(c: &mut Criterion, items: &[T]) {
    let n = items.len();
    let mut g = c.benchmark_group(format!("vec/{}/{}/{}", O::NAME, T::NAME, n));
    // 360 benchmarks: half of `config()`'s warm-up keeps this file near five minutes,
    // and 100 ms still runs even the slowest operation (a few ms) a score of times.
    g.warm_up_time(WARM_UP);
    g.throughput(Throughput::Elements(O::ops(n)));
    g.bench_function("fast", |b| O::run::<T, sizespeed::fast::Vec<T>>(b, items));
    g.bench_function("medium", |b| {
        O::run::<T, sizespeed::medium::Vec<T>>(b, items)
    });
    g.bench_function("small", |b| O::run::<T, sizespeed::small::Vec<T>>(b, items));
    g.bench_function("inline", |b| {
        O::run::<T, sizespeed::inline::Vec<T>>(b, items)
    });
    g.bench_function("thin", |b| O::run::<T, sizespeed::thin::Vec<T>>(b, items));
    g.bench_function("boxed", |b| O::run::<T, sizespeed::boxed::Vec<T>>(b, items));
    g.finish();
}

/// Every operation on element type `T`, at every size.
fn ops_for<T: Elem>(c: &mut Criterion) {
    for n in SIZES {
        let items: Vec<T> = (0..n as u64).map(T::make).collect();
        group::<Push, T>(c, &items);
        group::<Pop, T>(c, &items);
        group::<Get, T>(c, &items);
        group::<Iter, T>(c, &items);
        group::<InsertRemove, T>(c, &items);
        group::<Extend, T>(c, &items);
        group::<CloneOp, T>(c, &items);
        group::<DropOp, T>(c, &items);
    }
}

fn vec_ops(c: &mut Criterion) {
    ops_for::<u64>(c);
    ops_for::<Record32>(c);
    ops_for::<String>(c);
}

/// The mixed workload size.
const WORKLOAD_N: usize = 1_000_000;

/// One iteration of the mixed workload: push `indices.len()` values, read at every
/// precomputed index, sum by iteration, then pop everything.
fn workload<S: Seq<u64>>(indices: &[usize]) -> u64 {
    let mut s = S::new();
    for i in 0..indices.len() as u64 {
        s.push(u64::make(i));
    }
    let mut acc = 0u64;
    for &i in indices {
        acc = acc.wrapping_add(*s.get(i).expect("index below len"));
    }
    acc = acc.wrapping_add(s.iter().fold(0u64, |a, &x| a.wrapping_add(x)));
    while let Some(x) = s.pop() {
        acc ^= x;
    }
    acc
}

fn vec_workload(c: &mut Criterion) {
    let mut rng = Rng::new(0xC0FFEE);
    let indices: Vec<usize> = (0..WORKLOAD_N).map(|_| rng.below(WORKLOAD_N)).collect();
    let mut g = c.benchmark_group(format!("vec/workload/u64/{WORKLOAD_N}"));
    g.throughput(Throughput::Elements(4 * WORKLOAD_N as u64));
    g.bench_function("fast", |b| {
        b.iter(|| workload::<sizespeed::fast::Vec<u64>>(black_box(&indices)))
    });
    g.bench_function("small", |b| {
        b.iter(|| workload::<sizespeed::small::Vec<u64>>(black_box(&indices)))
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = vec_ops, vec_workload
}
criterion_main!(benches);
