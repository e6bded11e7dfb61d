//! The sorts: one generic body per operation over [`Sorter`], for `fast`, `medium` and
//! `small`, and the C library's `qsort` (one copy of code, comparator called through a
//! pointer) on the sorts, as the outside baseline that small must beat.

use std::cmp::Ordering;
use std::ffi::{c_int, c_void};
use std::marker::PhantomData;

use sizespeed::Sorter;

use crate::common::Record40;
use crate::harness::{
    batch_for, measure, order_digest, random, variant, Case, Key, Op, Row, Settings,
};

/// A sort implementation of the crate: `Lib<sizespeed::fast::Sort>`,
/// `Lib<sizespeed::medium::Sort>` or `Lib<sizespeed::small::Sort>`.
pub struct Lib<S>(PhantomData<S>);

/// The C library's `qsort`.
pub struct QSort;

/// The C comparator for `qsort` that agrees with `T::compare`.
///
/// # Safety
/// Both pointers point to valid `T`s.
unsafe extern "C" fn c_compare<T: Key>(a: *const c_void, b: *const c_void) -> c_int {
    // SAFETY: qsort passes pointers to elements of the array it sorts, which are `T`s.
    let (a, b) = unsafe { (&*(a as *const T), &*(b as *const T)) };
    match T::compare(a, b) {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

/// Sorts with the C library's `qsort`. It leaves a permutation of the elements, moved
/// bytewise as Rust moves values, so `v` stays a valid slice of `T`s.
fn qsort<T: Key>(v: &mut [T]) {
    // SAFETY: `v` is `v.len()` valid elements of `size_of::<T>()` bytes each, and
    // `c_compare` never unwinds (these element types compare without panicking).
    unsafe {
        libc::qsort(
            v.as_mut_ptr() as *mut c_void,
            v.len(),
            size_of::<T>(),
            Some(c_compare::<T>),
        )
    }
}

/// The operations.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `sort` (stable, by `Ord`).
    Sort,
    /// `sort_unstable` (by `Ord`).
    SortUnstable,
    /// `sort_by` with the element's comparison as a closure.
    SortBy,
    /// `sort_unstable_by` with the element's comparison as a closure.
    SortUnstableBy,
    /// `select_nth_unstable` of the middle index.
    SelectNth,
    /// `binary_search` of `min(n, 10_000)` values in the sorted input, half of them present.
    BinarySearch,
}

const KINDS: [(&str, Kind); 6] = [
    ("sort_unstable", Kind::SortUnstable),
    ("sort", Kind::Sort),
    ("sort_unstable_by", Kind::SortUnstableBy),
    ("sort_by", Kind::SortBy),
    ("select_nth_unstable", Kind::SelectNth),
    ("binary_search", Kind::BinarySearch),
];

/// The inputs of one element type and size.
struct Input<T> {
    /// The random elements every sort starts from.
    items: Vec<T>,
    /// `items`, sorted.
    sorted: Vec<T>,
    /// What `binary_search` looks for.
    probes: Vec<T>,
}

impl<T: Key> Input<T> {
    fn new(n: usize) -> Self {
        let items: Vec<T> = random(n, 0x5047);
        let mut sorted = items.clone();
        sorted.sort_by(T::compare);
        let m = n.min(10_000);
        let others: Vec<T> = random(m, 0xb5ea);
        let probes = (0..m)
            .map(|i| {
                if i % 2 == 0 {
                    items[i].clone()
                } else {
                    others[i].clone()
                }
            })
            .collect();
        Input {
            items,
            sorted,
            probes,
        }
    }
}

struct SortOp<'a, T> {
    kind: Kind,
    input: &'a Input<T>,
}

impl<T: Key> SortOp<'_, T> {
    fn digest_of(&self, v: &[T], out: u64) -> u64 {
        match self.kind {
            Kind::SelectNth | Kind::BinarySearch => out,
            _ => order_digest(v),
        }
    }
}

impl<T: Key, S: Sorter> Op<Lib<S>> for SortOp<'_, T> {
    type State = Vec<T>;
    type Out = u64;

    fn prepare(&self) -> Vec<T> {
        match self.kind {
            Kind::BinarySearch => Vec::new(),
            _ => self.input.items.clone(),
        }
    }

    fn run(&self, v: &mut Vec<T>) -> u64 {
        match self.kind {
            Kind::Sort => S::sort(v),
            Kind::SortUnstable => S::sort_unstable(v),
            Kind::SortBy => S::sort_by(v, T::compare),
            Kind::SortUnstableBy => S::sort_unstable_by(v, T::compare),
            Kind::SelectNth => {
                let mid = v.len() / 2;
                return S::select_nth_unstable(v, mid).1.key();
            }
            Kind::BinarySearch => {
                let sorted = &self.input.sorted;
                return self.input.probes.iter().fold(0u64, |a, p| {
                    let at = match S::binary_search(sorted, p) {
                        Ok(i) => i,
                        Err(i) => i + sorted.len(),
                    };
                    a.wrapping_add(at as u64)
                });
            }
        }
        0
    }

    fn recycle(&self, v: &mut Vec<T>, _: u64) {
        if self.kind != Kind::BinarySearch {
            v.clone_from_slice(&self.input.items);
        }
    }

    fn digest(&self, v: &Vec<T>, out: &u64) -> u64 {
        self.digest_of(v, *out)
    }
}

/// `qsort` on the `sort` and `sort_unstable` cases (random distinct keys, so any correct
/// sort leaves the same order).
impl<T: Key> Op<QSort> for SortOp<'_, T> {
    type State = Vec<T>;
    type Out = u64;

    fn prepare(&self) -> Vec<T> {
        self.input.items.clone()
    }

    fn run(&self, v: &mut Vec<T>) -> u64 {
        qsort(v);
        0
    }

    fn recycle(&self, v: &mut Vec<T>, _: u64) {
        v.clone_from_slice(&self.input.items);
    }

    fn digest(&self, v: &Vec<T>, out: &u64) -> u64 {
        self.digest_of(v, *out)
    }
}

fn elem<T: Key>(s: &Settings, out: &mut Vec<Row>, n: usize) {
    if !KINDS.iter().any(|(op, _)| s.wants("sort", op, T::NAME, n)) {
        return;
    }
    let input = Input::<T>::new(n);
    let batch = batch_for(n);
    for (name, kind) in KINDS {
        if !s.wants("sort", name, T::NAME, n) {
            continue;
        }
        let op = SortOp {
            kind,
            input: &input,
        };
        let case = Case {
            family: "sort",
            op: name,
            elem: T::NAME,
            n,
            ops: match kind {
                Kind::BinarySearch => input.probes.len(),
                _ => n,
            },
            batch,
        };
        let mut variants = vec![
            variant::<Lib<sizespeed::fast::Sort>, _>("fast", &op, batch),
            variant::<Lib<sizespeed::medium::Sort>, _>("medium", &op, batch),
            variant::<Lib<sizespeed::small::Sort>, _>("small", &op, batch),
        ];
        if matches!(kind, Kind::Sort | Kind::SortUnstable) {
            variants.push(variant::<QSort, _>("qsort", &op, batch));
        }
        out.extend(measure(&case, variants, s));
    }
}

/// Every sort case of this mode: random u64s (1e6, and 1000), 40-byte records sorted by a
/// u64 key (1e5) and Strings (1e5, and 1000).
pub fn run(s: &Settings, out: &mut Vec<Row>) {
    elem::<u64>(s, out, s.pick(1_000_000, 100_000, 1_000));
    elem::<Record40>(s, out, s.pick(100_000, 10_000, 500));
    elem::<String>(s, out, s.pick(100_000, 10_000, 500));
    if s.mode == crate::harness::Mode::Full {
        elem::<u64>(s, out, 1_000);
        elem::<String>(s, out, 1_000);
    }
}
