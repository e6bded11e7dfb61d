//! Sorting benchmarks: std's monomorphized sorts (`fast`), the one-copy-per-shape sorts
//! (`medium`), the one-copy-of-code sorts (`small`) and the platform C library's `qsort`
//! (one copy of code, indirect comparator),
//! on random u64s, 40-byte records sorted by their u64 key, and Strings.
//!
//! Groups: `sort/sort_unstable/{elem}/{n}` and `sort/sort/{elem}/{n}` (stable), each with
//! the functions `fast`, `medium`, `small`, `qsort`. The unsorted input is cloned outside the timing.

mod common;

use std::cmp::Ordering;
use std::ffi::{c_int, c_void};
use std::hint::black_box;

use common::{sort_input, Record40, SortElem};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};

/// The C comparator for `qsort` that agrees with `T::compare`.
///
/// # Safety
/// Both pointers point to valid `T`s.
unsafe extern "C" fn c_compare<T: SortElem>(a: *const c_void, b: *const c_void) -> c_int {
    // SAFETY: qsort passes pointers to elements of the array it sorts.
    match T::compare(unsafe { &*(a as *const T) }, unsafe { &*(b as *const T) }) {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

/// Sorts with the C library's `qsort`. Moving Rust values bytewise is what Rust moves are,
/// and `qsort` leaves a permutation, so the result is a valid `Vec<T>`.
fn qsort<T: SortElem>(v: &mut [T]) {
    // SAFETY: `v` is a valid array of `v.len()` elements of `size_of::<T>()` bytes, and
    // `c_compare` never unwinds (the comparisons used here cannot panic).
    unsafe {
        libc::qsort(
            v.as_mut_ptr() as *mut c_void,
            v.len(),
            std::mem::size_of::<T>(),
            Some(c_compare::<T>),
        )
    }
}

fn bench_elem<T: SortElem>(c: &mut Criterion, n: usize) {
    let input: Vec<T> = sort_input(n);

    let mut g = c.benchmark_group(format!("sort/sort_unstable/{}/{n}", T::NAME));
    g.throughput(Throughput::Elements(n as u64));
    g.bench_function("fast", |b| {
        b.iter_batched(
            || input.clone(),
            |mut v| {
                sizespeed::fast::sort_unstable_by(black_box(&mut v[..]), T::compare);
                v
            },
            BatchSize::LargeInput,
        )
    });
    g.bench_function("medium", |b| {
        b.iter_batched(
            || input.clone(),
            |mut v| {
                sizespeed::medium::sort_unstable_by(black_box(&mut v[..]), T::compare);
                v
            },
            BatchSize::LargeInput,
        )
    });
    g.bench_function("small", |b| {
        b.iter_batched(
            || input.clone(),
            |mut v| {
                sizespeed::small::sort_unstable_by(black_box(&mut v[..]), T::compare);
                v
            },
            BatchSize::LargeInput,
        )
    });
    g.bench_function("qsort", |b| {
        b.iter_batched(
            || input.clone(),
            |mut v| {
                qsort(black_box(&mut v[..]));
                v
            },
            BatchSize::LargeInput,
        )
    });
    g.finish();

    let mut g = c.benchmark_group(format!("sort/sort/{}/{n}", T::NAME));
    g.throughput(Throughput::Elements(n as u64));
    g.bench_function("fast", |b| {
        b.iter_batched(
            || input.clone(),
            |mut v| {
                sizespeed::fast::sort_by(black_box(&mut v[..]), T::compare);
                v
            },
            BatchSize::LargeInput,
        )
    });
    g.bench_function("medium", |b| {
        b.iter_batched(
            || input.clone(),
            |mut v| {
                sizespeed::medium::sort_by(black_box(&mut v[..]), T::compare);
                v
            },
            BatchSize::LargeInput,
        )
    });
    g.bench_function("small", |b| {
        b.iter_batched(
            || input.clone(),
            |mut v| {
                sizespeed::small::sort_by(black_box(&mut v[..]), T::compare);
                v
            },
            BatchSize::LargeInput,
        )
    });
    g.bench_function("qsort", |b| {
        b.iter_batched(
            || input.clone(),
            |mut v| {
                qsort(black_box(&mut v[..]));
                v
            },
            BatchSize::LargeInput,
        )
    });
    g.finish();
}

fn benches(c: &mut Criterion) {
    bench_elem::<u64>(c, 1_000_000);
    bench_elem::<Record40>(c, 100_000);
    bench_elem::<String>(c, 100_000);
}

criterion_group! {
    name = sort;
    // One sort takes milliseconds: more time per group gives each sample several runs,
    // so a single disturbed run moves the median less.
    config = common::config()
        .measurement_time(std::time::Duration::from_secs(3))
        .sample_size(20);
    targets = benches
}
criterion_main!(sort);
