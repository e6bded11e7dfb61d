//! Every call of a sort's user callback must be observable in the slice.
//!
//! A comparator, key function or `Ord`/`PartialEq` impl that changes its arguments through
//! `&T` (interior mutability) must find those changes in the slice afterwards: the
//! algorithms may only hand it elements at their live location, or the one bitwise copy
//! of an element that ends up in the slice. They never hand it a duplicate that is later
//! thrown away, and never one element as both arguments. These tests check that rule for
//! every operation of a [`Sorter`], for `small`, for `medium` (the same algorithms with
//! one copy per element shape) and, as a control that must pass, for `fast` (std):
//!
//! - counting: each element counts, in a `Cell`, how often it was passed to a callback;
//!   after the operation the counts in the slice add up to exactly two per comparison and
//!   one per key call, and (when keys are unique) each element's count is the number of
//!   calls it took part in;
//! - heap pointers: each call replaces the argument's `Box`; a discarded copy would leave
//!   a freed pointer in the slice (a double free when it is dropped, caught by Miri);
//! - self-comparison: a call with one element as both arguments is counted, and a
//!   comparator that takes `borrow_mut()` on both arguments would panic;
//! - a callback that panics at call `k`, for every `k` (on lengths 20 to 40): the slice is
//!   then a permutation of the input, each element shows the calls it took part in before
//!   the panic, and every element is dropped exactly once.
//!
//! Natively every element size from 1 to 96 bytes that reaches a distinct path (plain
//! data and with drop glue), every length up to 100 and a few thousands, and five input
//! patterns run; under Miri a smoke subset does (two lengths, random input, three types;
//! the `fast` control on one type and length).

mod common;

use std::cell::{Cell, RefCell};
use std::cmp::Ordering;
use std::mem::size_of;
use std::panic::{catch_unwind, AssertUnwindSafe};

use sizespeed::{fast, medium, small, Sorter};

// ---- bookkeeping ------------------------------------------------------------------------

/// What the callbacks of the running operation did, per thread (tests run in parallel).
struct Book {
    /// Callback calls so far (comparisons and key calls), for `panic_at`.
    calls: Cell<u64>,
    /// Two-argument calls (comparisons, equality, `same_bucket`).
    pairs: Cell<u64>,
    /// One-argument calls (key functions, binary-search probes).
    singles: Cell<u64>,
    /// Calls that received one element as both arguments.
    selves: Cell<u64>,
    /// The call that panics instead of running (`u64::MAX`: none).
    panic_at: Cell<u64>,
    /// Drops of elements with drop glue.
    drops: Cell<u64>,
    /// Per key: how many calls received an element with that key (the binary-search
    /// target, at `probe`, is left out).
    log: RefCell<Vec<u32>>,
    /// The address of the binary-search target, or 0.
    probe: Cell<usize>,
}

thread_local! {
    static BOOK: Book = const {
        Book {
            calls: Cell::new(0),
            pairs: Cell::new(0),
            singles: Cell::new(0),
            selves: Cell::new(0),
            panic_at: Cell::new(u64::MAX),
            drops: Cell::new(0),
            log: RefCell::new(Vec::new()),
            probe: Cell::new(0),
        }
    };
}

/// Clears the book before an operation.
fn reset() {
    BOOK.with(|b| {
        b.calls.set(0);
        b.pairs.set(0);
        b.singles.set(0);
        b.selves.set(0);
        b.panic_at.set(u64::MAX);
        b.drops.set(0);
        b.log.borrow_mut().clear();
        b.probe.set(0);
    })
}

/// Starts a callback call: panics if it is the planned one, else counts it.
fn enter(b: &Book) {
    let n = b.calls.get();
    if n == b.panic_at.get() {
        b.panic_at.set(u64::MAX);
        panic!("planned panic at call {n}");
    }
    b.calls.set(n + 1);
}

/// Notes that a call received `e`.
fn note<E: Elem>(b: &Book, e: &E) {
    e.bump();
    // Under Miri only the totals are checked (see `check_counts`).
    if !cfg!(miri) && e as *const E as usize != b.probe.get() {
        let mut log = b.log.borrow_mut();
        let k = e.key() as usize;
        if log.len() <= k {
            log.resize(k + 1, 0);
        }
        log[k] += 1;
    }
}

/// The counted comparison every two-argument callback of these tests runs.
fn cmp2<E: Elem>(x: &E, y: &E) -> Ordering {
    BOOK.with(|b| {
        enter(b);
        b.pairs.set(b.pairs.get() + 1);
        if std::ptr::eq(x, y) {
            b.selves.set(b.selves.get() + 1);
        }
        note(b, x);
        note(b, y);
    });
    x.key().cmp(&y.key())
}

/// The counted key call every one-argument callback of these tests runs.
fn key1<E: Elem>(x: &E) -> u32 {
    BOOK.with(|b| {
        enter(b);
        b.singles.set(b.singles.get() + 1);
        note(b, x);
    });
    x.key()
}

fn note_drop() {
    BOOK.with(|b| b.drops.set(b.drops.get() + 1));
}

/// Silences the default panic message for this file's planned panics only (hundreds of
/// thousands of them natively); every other panic still prints.
fn quiet_planned_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let planned = info
                .payload()
                .downcast_ref::<String>()
                .is_some_and(|s| s.starts_with("planned panic"));
            if !planned {
                previous(info)
            }
        }));
    });
}

// ---- element types ----------------------------------------------------------------------

/// An element with a key (what callbacks compare) and a call counter (what they change).
trait Elem: Sized + Ord {
    /// `size_of::<Self>()`, checked.
    const SIZE: usize;
    /// Keys are kept modulo this.
    const KEYS: u32;
    /// Counts are kept modulo this (a power of two).
    const MOD: u32;
    /// Whether the type has drop glue (which counts its drops).
    const DROPS: bool;
    fn new(key: u32) -> Self;
    fn key(&self) -> u32;
    fn count(&self) -> u32;
    fn bump(&self);
}

/// Implements `PartialEq`, `Eq`, `PartialOrd` and `Ord` by the counted comparison.
macro_rules! counted_ord {
    ([$($gen:tt)*] $ty:ty) => {
        impl<$($gen)*> PartialEq for $ty {
            fn eq(&self, other: &Self) -> bool {
                cmp2(self, other) == Ordering::Equal
            }
        }
        impl<$($gen)*> Eq for $ty {}
        impl<$($gen)*> PartialOrd for $ty {
            fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
                Some(self.cmp(other))
            }
        }
        impl<$($gen)*> Ord for $ty {
            fn cmp(&self, other: &Self) -> Ordering {
                cmp2(self, other)
            }
        }
    };
}

/// One byte: a 6-bit key and a 2-bit count.
struct S1(Cell<u8>);
impl Elem for S1 {
    const SIZE: usize = 1;
    const KEYS: u32 = 64;
    const MOD: u32 = 4;
    const DROPS: bool = false;
    fn new(key: u32) -> Self {
        S1(Cell::new((key as u8 % 64) << 2))
    }
    fn key(&self) -> u32 {
        u32::from(self.0.get() >> 2)
    }
    fn count(&self) -> u32 {
        u32::from(self.0.get() & 3)
    }
    fn bump(&self) {
        let v = self.0.get();
        self.0.set((v & !3) | (v.wrapping_add(1) & 3));
    }
}
counted_ord!([] S1);

/// Two bytes: an 8-bit key and an 8-bit count.
struct S2 {
    key: u8,
    count: Cell<u8>,
}
impl Elem for S2 {
    const SIZE: usize = 2;
    const KEYS: u32 = 256;
    const MOD: u32 = 256;
    const DROPS: bool = false;
    fn new(key: u32) -> Self {
        S2 {
            key: key as u8,
            count: Cell::new(0),
        }
    }
    fn key(&self) -> u32 {
        u32::from(self.key)
    }
    fn count(&self) -> u32 {
        u32::from(self.count.get())
    }
    fn bump(&self) {
        self.count.set(self.count.get().wrapping_add(1))
    }
}
counted_ord!([] S2);

/// Four bytes: a 16-bit key and a 16-bit count.
struct S4 {
    key: u16,
    count: Cell<u16>,
}
impl Elem for S4 {
    const SIZE: usize = 4;
    const KEYS: u32 = 1 << 16;
    const MOD: u32 = 1 << 16;
    const DROPS: bool = false;
    fn new(key: u32) -> Self {
        S4 {
            key: key as u16,
            count: Cell::new(0),
        }
    }
    fn key(&self) -> u32 {
        u32::from(self.key)
    }
    fn count(&self) -> u32 {
        u32::from(self.count.get())
    }
    fn bump(&self) {
        self.count.set(self.count.get().wrapping_add(1))
    }
}
counted_ord!([] S4);

/// `8 + N` bytes (align 4): a key, a count and `N` bytes of padding; `$drop` says whether
/// the type has drop glue, which counts drops.
macro_rules! padded {
    ($(#[$doc:meta])* $name:ident, $drop:tt) => {
        $(#[$doc])*
        struct $name<const N: usize> {
            key: u32,
            count: Cell<u32>,
            pad: [u8; N],
        }
        impl<const N: usize> Elem for $name<N> {
            const SIZE: usize = 8 + N;
            const KEYS: u32 = u32::MAX;
            const MOD: u32 = 0; // no wrap-around: counts are exact
            const DROPS: bool = $drop;
            fn new(key: u32) -> Self {
                $name {
                    key,
                    count: Cell::new(0),
                    pad: [key as u8; N],
                }
            }
            fn key(&self) -> u32 {
                assert!(self.pad.iter().all(|&p| p == self.key as u8), "torn element");
                self.key
            }
            fn count(&self) -> u32 {
                self.count.get()
            }
            fn bump(&self) {
                self.count.set(self.count.get() + 1)
            }
        }
        counted_ord!([const N: usize] $name<N>);
        padded!(@drop $drop $name);
    };
    (@drop true $name:ident) => {
        impl<const N: usize> Drop for $name<N> {
            fn drop(&mut self) {
                note_drop()
            }
        }
    };
    (@drop false $name:ident) => {};
}

padded!(
    /// Plain data (no drop glue): the core may sort short runs of it by rank or network.
    P,
    false
);
padded!(
    /// With drop glue: the core must not treat it as plain data.
    D,
    true
);

/// Calls `visit` for every element type under test.
trait Visit {
    fn visit<E: Elem>(&mut self);
}

/// Element sizes 1 to 96 bytes, plain and with drop glue; under Miri a smoke subset.
fn each_type(v: &mut impl Visit) {
    if cfg!(miri) {
        // Plain data moved in registers (8 bytes) and by index (32), and elements with
        // drop glue (16 bytes).
        v.visit::<P<0>>();
        v.visit::<P<24>>();
        v.visit::<D<8>>();
        return;
    }
    v.visit::<S1>();
    v.visit::<S2>();
    v.visit::<S4>();
    v.visit::<P<0>>(); // 8
    v.visit::<P<4>>(); // 12
    v.visit::<P<8>>(); // 16
    v.visit::<P<16>>(); // 24
    v.visit::<P<24>>(); // 32
    v.visit::<P<32>>(); // 40
    v.visit::<P<40>>(); // 48
    v.visit::<P<56>>(); // 64
    v.visit::<P<64>>(); // 72
    v.visit::<P<88>>(); // 96
    v.visit::<D<0>>();
    v.visit::<D<8>>();
    v.visit::<D<16>>();
    v.visit::<D<24>>();
    v.visit::<D<40>>();
    v.visit::<D<56>>();
    v.visit::<D<64>>();
    v.visit::<D<88>>();
}

// ---- inputs -----------------------------------------------------------------------------

/// A xorshift generator.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[derive(Clone, Copy, Debug)]
enum Pattern {
    /// A random permutation of `0..len`.
    Random,
    Sorted,
    Reversed,
    /// Random keys out of four.
    Duplicates,
    /// Ascending runs of a fifth of the length, unique keys.
    Sawtooth,
}

const PATTERNS: [Pattern; 5] = [
    Pattern::Random,
    Pattern::Sorted,
    Pattern::Reversed,
    Pattern::Duplicates,
    Pattern::Sawtooth,
];

fn patterns() -> &'static [Pattern] {
    if cfg!(miri) {
        &[Pattern::Random]
    } else {
        &PATTERNS
    }
}

fn keys(p: Pattern, len: usize, seed: u64) -> Vec<u32> {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let n = len as u32;
    match p {
        Pattern::Random => {
            let mut v: Vec<u32> = (0..n).collect();
            for i in (1..len).rev() {
                v.swap(i, (rng.next() % (i as u64 + 1)) as usize);
            }
            v
        }
        Pattern::Sorted => (0..n).collect(),
        Pattern::Reversed => (0..n).rev().collect(),
        Pattern::Duplicates => (0..len).map(|_| (rng.next() % 4) as u32).collect(),
        Pattern::Sawtooth => {
            let run = (n / 5).max(1);
            let runs = n.div_ceil(run);
            (0..n).map(|i| (i % run) * runs + i / run).collect()
        }
    }
}

/// The lengths under Miri: a short run (up to 20 elements: insertion, networks, rank
/// sorts, merges of halves) and one that partitions into short runs.
const MIRI_LENGTHS: [usize; 2] = [13, 40];

/// Whether `S` is the fast (std) control, which runs fewer cases under Miri.
fn is_control<S>() -> bool {
    std::any::type_name::<S>().contains("fast")
}

/// The lengths to run pattern `p` on: every length up to 100, and (natively) a few
/// thousands for the patterns that take the general paths there.
fn lengths(p: Pattern) -> Vec<usize> {
    if cfg!(miri) {
        return MIRI_LENGTHS.to_vec();
    }
    let long: &[usize] = match p {
        Pattern::Random => &[1000, 4099],
        Pattern::Duplicates | Pattern::Sawtooth => &[1000],
        Pattern::Sorted | Pattern::Reversed => &[],
    };
    (0..=100).chain(long.iter().copied()).collect()
}

/// The elements for `keys`, their keys reduced to what `E` holds.
fn build<E: Elem>(keys: &[u32]) -> (Vec<E>, Vec<u32>) {
    let keys: Vec<u32> = keys
        .iter()
        .map(|&k| if E::KEYS == u32::MAX { k } else { k % E::KEYS })
        .collect();
    (keys.iter().map(|&k| E::new(k)).collect(), keys)
}

fn unique(keys: &[u32]) -> bool {
    let mut k = keys.to_vec();
    k.sort_unstable();
    k.windows(2).all(|w| w[0] != w[1])
}

fn reduce<E: Elem>(x: u64) -> u64 {
    if E::MOD == 0 {
        x
    } else {
        x % u64::from(E::MOD)
    }
}

// ---- operations -------------------------------------------------------------------------

/// Every operation of a [`Sorter`] that runs a user callback.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Op {
    Sort,
    SortBy,
    SortByKey,
    SortUnstable,
    SortUnstableBy,
    SortUnstableByKey,
    SelectNth,
    SelectNthBy,
    Dedup,
    DedupBy,
    DedupByKey,
    BinarySearch,
    BinarySearchBy,
    BinarySearchByKey,
    IsSorted,
    IsSortedBy,
    IsSortedByKey,
}

const OPS: [Op; 17] = [
    Op::Sort,
    Op::SortBy,
    Op::SortByKey,
    Op::SortUnstable,
    Op::SortUnstableBy,
    Op::SortUnstableByKey,
    Op::SelectNth,
    Op::SelectNthBy,
    Op::Dedup,
    Op::DedupBy,
    Op::DedupByKey,
    Op::BinarySearch,
    Op::BinarySearchBy,
    Op::BinarySearchByKey,
    Op::IsSorted,
    Op::IsSortedBy,
    Op::IsSortedByKey,
];

/// Runs `op` of `S` on `v` with counted callbacks; `probe` is the binary-search target.
/// Checks the result against the keys (which callbacks never change).
fn run<S: Sorter, E: Elem + Ord>(op: Op, v: &mut [E], probe: &E) {
    let len = v.len();
    let sorted = |v: &[E]| v.windows(2).all(|w| w[0].key() <= w[1].key());
    let nth = |v: &[E], i: usize| {
        let k = v[i].key();
        assert!(v[..i].iter().all(|e| e.key() <= k) && v[i + 1..].iter().all(|e| e.key() >= k));
    };
    let found = |v: &[E], r: Result<usize, usize>| {
        if let Ok(i) = r {
            assert_eq!(v[i].key(), probe.key(), "{op:?}: found the wrong element");
        }
    };
    let dedup = |v: &[E], n: usize| {
        assert!(n <= len && (len == 0 || n >= 1));
        assert!(v[..n].windows(2).all(|w| w[0].key() != w[1].key()));
    };
    match op {
        Op::Sort => S::sort(v),
        Op::SortBy => S::sort_by(v, cmp2),
        Op::SortByKey => S::sort_by_key(v, key1),
        Op::SortUnstable => S::sort_unstable(v),
        Op::SortUnstableBy => S::sort_unstable_by(v, cmp2),
        Op::SortUnstableByKey => S::sort_unstable_by_key(v, key1),
        Op::SelectNth | Op::SelectNthBy => {
            if len > 0 {
                let i = if op == Op::SelectNth {
                    len / 3
                } else {
                    len - 1 - len / 4
                };
                if op == Op::SelectNth {
                    S::select_nth_unstable(v, i);
                } else {
                    S::select_nth_unstable_by(v, i, cmp2);
                }
                nth(v, i);
            }
            return;
        }
        Op::Dedup => {
            let n = S::dedup(v);
            return dedup(v, n);
        }
        Op::DedupBy => {
            let n = S::dedup_by(v, |a, b| cmp2(&*a, &*b) == Ordering::Equal);
            return dedup(v, n);
        }
        Op::DedupByKey => {
            let n = S::dedup_by_key(v, |a| key1(&*a));
            return dedup(v, n);
        }
        Op::BinarySearch => {
            let r = S::binary_search(v, probe);
            return found(v, r);
        }
        Op::BinarySearchBy => {
            let r = S::binary_search_by(v, |e| cmp2(e, probe));
            return found(v, r);
        }
        Op::BinarySearchByKey => {
            let r = S::binary_search_by_key(v, &probe.key(), key1);
            return found(v, r);
        }
        Op::IsSorted => {
            let r = S::is_sorted(v);
            return assert_eq!(r, sorted(v), "{op:?}");
        }
        Op::IsSortedBy => {
            let r = S::is_sorted_by(v, |a, b| cmp2(a, b) != Ordering::Greater);
            return assert_eq!(r, sorted(v), "{op:?}");
        }
        Op::IsSortedByKey => {
            let r = S::is_sorted_by_key(v, key1);
            return assert_eq!(r, sorted(v), "{op:?}");
        }
    }
    assert!(sorted(v), "{op:?}: not sorted");
}

/// The binary-search target: the key in the middle of the range.
fn probe_for<E: Elem>(keys: &[u32]) -> E {
    E::new(keys.iter().copied().max().unwrap_or(0) / 2)
}

/// A test case, formatted only when a check fails.
struct Case {
    op: Op,
    size: usize,
    len: usize,
    pattern: Pattern,
    panic_at: Option<u64>,
}

impl std::fmt::Display for Case {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:?} size={} len={} {:?}",
            self.op, self.size, self.len, self.pattern
        )?;
        match self.panic_at {
            Some(k) => write!(f, " panic at call {k}"),
            None => Ok(()),
        }
    }
}

/// Checks that the counts in `v` (and the probe's) show every call the book recorded:
/// in total, and (with unique keys) element by element.
fn check_counts<E: Elem>(what: &Case, v: &[E], probe: &E, unique_keys: bool) {
    BOOK.with(|b| {
        let in_slice: u64 = v.iter().map(|e| u64::from(e.count())).sum();
        let total = in_slice + u64::from(probe.count());
        let expected = 2 * b.pairs.get() + b.singles.get();
        assert_eq!(
            reduce::<E>(total),
            reduce::<E>(expected),
            "{what}: the slice shows {total} argument passings, the callbacks received \
             {expected} ({} comparisons, {} key calls): changes made through `&T` were lost",
            b.pairs.get(),
            b.singles.get(),
        );
        if unique_keys && !cfg!(miri) {
            let log = b.log.borrow();
            for e in v {
                let calls = log.get(e.key() as usize).copied().unwrap_or(0);
                assert_eq!(
                    reduce::<E>(u64::from(e.count())),
                    reduce::<E>(u64::from(calls)),
                    "{what}: element {} took part in {calls} calls but shows {}",
                    e.key(),
                    e.count()
                );
            }
        }
    })
}

fn check_no_self_comparison(what: &Case) {
    BOOK.with(|b| {
        assert_eq!(
            b.selves.get(),
            0,
            "{what}: {} of {} comparisons had one element as both arguments",
            b.selves.get(),
            b.pairs.get()
        )
    })
}

// ---- counting and self-comparison -------------------------------------------------------

/// Runs every operation on every length and pattern, checking the counts (and, with
/// `selves`, that no call paired an element with itself).
struct Counting<S> {
    selves: bool,
    _s: std::marker::PhantomData<S>,
}

impl<S: Sorter> Visit for Counting<S> {
    fn visit<E: Elem>(&mut self) {
        assert_eq!(size_of::<E>(), E::SIZE);
        // Under Miri the self-comparison check runs on repeated keys, where a pairing
        // with itself can look harmless to an algorithm.
        let pats: &[Pattern] = if cfg!(miri) && self.selves {
            &[Pattern::Duplicates]
        } else {
            patterns()
        };
        for &p in pats {
            for len in lengths(p) {
                // The self-comparison check skips sorted and reversed input, and takes
                // one thousand-element input.
                if self.selves
                    && (matches!(p, Pattern::Sorted | Pattern::Reversed)
                        || len > 1000
                        || len > 100 && !matches!(p, Pattern::Random))
                {
                    continue;
                }
                let input = keys(p, len, len as u64 + 1);
                let unique_keys = unique(&build::<E>(&input).1);
                for op in OPS {
                    // Under Miri the fast (std) control and the self-comparison check run
                    // on one length and one type, and the 32-byte type on one length.
                    let light = is_control::<S>() || self.selves;
                    if cfg!(miri)
                        && (light && E::SIZE != 8 || (light || E::SIZE == 32) && len != 40)
                    {
                        continue;
                    }
                    let (mut v, keys) = build::<E>(&input);
                    let probe: E = probe_for(&keys);
                    reset();
                    BOOK.with(|b| b.probe.set(&probe as *const E as usize));
                    let what = Case {
                        op,
                        size: E::SIZE,
                        len,
                        pattern: p,
                        panic_at: None,
                    };
                    run::<S, E>(op, &mut v, &probe);
                    if self.selves {
                        check_no_self_comparison(&what);
                    } else {
                        check_counts(&what, &v, &probe, unique_keys);
                    }
                    drop(v);
                    drop(probe);
                }
            }
        }
    }
}

fn counting<S: Sorter>(selves: bool) {
    each_type(&mut Counting::<S> {
        selves,
        _s: std::marker::PhantomData,
    });
}

#[test]
fn counting_callbacks_small() {
    counting::<small::Sort>(false);
}

#[test]
fn counting_callbacks_medium() {
    counting::<medium::Sort>(false);
}

#[test]
fn counting_callbacks_fast() {
    counting::<fast::Sort>(false);
}

#[test]
fn no_self_comparison_small() {
    counting::<small::Sort>(true);
}

#[test]
fn no_self_comparison_medium() {
    counting::<medium::Sort>(true);
}

#[test]
fn no_self_comparison_fast() {
    counting::<fast::Sort>(true);
}

/// `RefCell<u32>` with padding, compared by a comparator that holds `borrow_mut()` of
/// both arguments: a self-comparison panics with "already borrowed".
struct Borrowed<const N: usize> {
    cell: RefCell<u32>,
    _pad: [u8; N],
}

fn borrow_both<const N: usize>(a: &Borrowed<N>, b: &Borrowed<N>) -> Ordering {
    let mut x = a.cell.borrow_mut();
    let mut y = b.cell.borrow_mut();
    *x += 0x1_0000;
    *y += 0x1_0000;
    (*x & 0xFFFF).cmp(&(*y & 0xFFFF))
}

fn borrow_mut_both<S: Sorter, const N: usize>() {
    // Under Miri on repeated keys, as the self-comparison check.
    let pats: &[Pattern] = if cfg!(miri) {
        &[Pattern::Duplicates]
    } else {
        patterns()
    };
    for &p in pats {
        for len in lengths(p) {
            let input = keys(p, len, len as u64 + 7);
            let make = || -> Vec<Borrowed<N>> {
                input
                    .iter()
                    .map(|&k| Borrowed {
                        cell: RefCell::new(k & 0xFFFF),
                        _pad: [0; N],
                    })
                    .collect()
            };
            let key = |e: &Borrowed<N>| *e.cell.borrow() & 0xFFFF;
            let mut v = make();
            S::sort_by(&mut v, borrow_both);
            assert!(v.windows(2).all(|w| key(&w[0]) <= key(&w[1])));
            let mut v = make();
            S::sort_unstable_by(&mut v, borrow_both);
            assert!(v.windows(2).all(|w| key(&w[0]) <= key(&w[1])));
            if len > 0 {
                let mut v = make();
                S::select_nth_unstable_by(&mut v, len / 2, borrow_both);
            }
            let mut v = make();
            S::dedup_by(&mut v, |a, b| borrow_both(a, b) == Ordering::Equal);
            let v = make();
            S::is_sorted_by(&v, |a, b| borrow_both(a, b) != Ordering::Greater);
        }
    }
}

fn borrow_mut_all<S: Sorter>() {
    borrow_mut_both::<S, 0>(); // 8 bytes
    if !cfg!(miri) {
        borrow_mut_both::<S, 8>(); // 16
        borrow_mut_both::<S, 24>(); // 32
        borrow_mut_both::<S, 56>(); // 64
    }
    borrow_mut_both::<S, 88>(); // 96
}

#[test]
fn borrow_mut_both_arguments_small() {
    borrow_mut_all::<small::Sort>();
}

#[test]
fn borrow_mut_both_arguments_medium() {
    borrow_mut_all::<medium::Sort>();
}

#[test]
fn borrow_mut_both_arguments_fast() {
    borrow_mut_all::<fast::Sort>();
}

// ---- heap pointers replaced by every call ----------------------------------------------

/// An element whose every callback replaces its heap allocation.
trait Boxed: Sized + Ord {
    fn new(key: u32) -> Self;
    /// Reads the key and replaces the box holding it (freeing the old one).
    fn renew(&self) -> u32;
    /// Reads the key without replacing anything.
    fn peek(&self) -> u32;
}

/// `RefCell<Box<u32>>` and `N` bytes of padding (16 + N bytes).
struct Heap<const N: usize> {
    cell: RefCell<Box<u32>>,
    _pad: [u8; N],
}

impl<const N: usize> Boxed for Heap<N> {
    fn new(key: u32) -> Self {
        Heap {
            cell: RefCell::new(Box::new(key)),
            _pad: [0; N],
        }
    }
    // A new allocation on purpose: a discarded copy then holds a freed pointer.
    #[allow(clippy::replace_box)]
    fn renew(&self) -> u32 {
        let mut b = self.cell.borrow_mut();
        let k = **b;
        *b = Box::new(k);
        k
    }
    fn peek(&self) -> u32 {
        **self.cell.borrow()
    }
}

/// `Cell<Option<Box<u32>>>`, 8 bytes: taking the box twice (a self-comparison) panics.
struct HeapCell(Cell<Option<Box<u32>>>);

impl Boxed for HeapCell {
    fn new(key: u32) -> Self {
        HeapCell(Cell::new(Some(Box::new(key))))
    }
    fn renew(&self) -> u32 {
        let k = *self.0.take().expect("box taken twice");
        self.0.set(Some(Box::new(k)));
        k
    }
    fn peek(&self) -> u32 {
        let b = self.0.take().expect("box missing");
        let k = *b;
        self.0.set(Some(b));
        k
    }
}

/// The comparator of the reported soundness bug, holding both borrows at once.
fn renew_cmp<B: Boxed>(a: &B, b: &B) -> Ordering {
    let x = a.renew();
    let y = b.renew();
    x.cmp(&y)
}

macro_rules! renewing_ord {
    ([$($gen:tt)*] $ty:ty) => {
        impl<$($gen)*> PartialEq for $ty {
            fn eq(&self, other: &Self) -> bool {
                renew_cmp(self, other) == Ordering::Equal
            }
        }
        impl<$($gen)*> Eq for $ty {}
        impl<$($gen)*> PartialOrd for $ty {
            fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
                Some(self.cmp(other))
            }
        }
        impl<$($gen)*> Ord for $ty {
            fn cmp(&self, other: &Self) -> Ordering {
                renew_cmp(self, other)
            }
        }
    };
}
renewing_ord!([const N: usize] Heap<N>);
renewing_ord!([] HeapCell);

fn heap_case<S: Sorter, B: Boxed>(op: Op, input: &[u32]) {
    let mut v: Vec<B> = input.iter().map(|&k| B::new(k)).collect();
    let probe = B::new(input.iter().copied().max().unwrap_or(0) / 2);
    let len = v.len();
    let mut sorts = true;
    match op {
        Op::Sort => S::sort(&mut v),
        Op::SortBy => S::sort_by(&mut v, renew_cmp),
        Op::SortByKey => S::sort_by_key(&mut v, B::renew),
        Op::SortUnstable => S::sort_unstable(&mut v),
        Op::SortUnstableBy => S::sort_unstable_by(&mut v, renew_cmp),
        Op::SortUnstableByKey => S::sort_unstable_by_key(&mut v, B::renew),
        Op::SelectNth | Op::SelectNthBy => {
            sorts = false;
            if len > 0 {
                if op == Op::SelectNth {
                    S::select_nth_unstable(&mut v, len / 2);
                } else {
                    S::select_nth_unstable_by(&mut v, len / 2, renew_cmp);
                }
                let k = v[len / 2].peek();
                assert!(v[..len / 2].iter().all(|e| e.peek() <= k));
                assert!(v[len / 2 + 1..].iter().all(|e| e.peek() >= k));
            }
        }
        Op::Dedup => {
            sorts = false;
            S::dedup(&mut v);
        }
        Op::DedupBy => {
            sorts = false;
            S::dedup_by(&mut v, |a, b| renew_cmp(&*a, &*b) == Ordering::Equal);
        }
        Op::DedupByKey => {
            sorts = false;
            S::dedup_by_key(&mut v, |a| a.renew());
        }
        Op::BinarySearch => {
            sorts = false;
            let _ = S::binary_search(&v, &probe);
        }
        Op::BinarySearchBy => {
            sorts = false;
            let _ = S::binary_search_by(&v, |e| renew_cmp(e, &probe));
        }
        Op::BinarySearchByKey => {
            sorts = false;
            let _ = S::binary_search_by_key(&v, &probe.peek(), B::renew);
        }
        Op::IsSorted => {
            sorts = false;
            let _ = S::is_sorted(&v);
        }
        Op::IsSortedBy => {
            sorts = false;
            let _ = S::is_sorted_by(&v, |a, b| renew_cmp(a, b) != Ordering::Greater);
        }
        Op::IsSortedByKey => {
            sorts = false;
            let _ = S::is_sorted_by_key(&v, B::renew);
        }
    }
    // Every element must still own a live box: reading them all (and dropping them all
    // below) touches freed memory otherwise, which Miri reports.
    let mut got: Vec<u32> = v.iter().map(B::peek).collect();
    if sorts {
        assert!(
            got.windows(2).all(|w| w[0] <= w[1]),
            "{op:?} len={len}: not sorted"
        );
    }
    let mut want = input.to_vec();
    want.sort_unstable();
    got.sort_unstable();
    assert_eq!(
        got, want,
        "{op:?} len={len}: not a permutation of the input"
    );
    drop(v);
}

fn heap_all<S: Sorter, B: Boxed>() {
    for &p in patterns() {
        for len in lengths(p) {
            // Under Miri the fast (std) control, and the 16-byte type, run on one length.
            if cfg!(miri) && (is_control::<S>() || size_of::<B>() == 16) && len != 40 {
                continue;
            }
            let input = keys(p, len, len as u64 + 3);
            for op in OPS {
                heap_case::<S, B>(op, &input);
            }
        }
    }
}

fn heap<S: Sorter>() {
    heap_all::<S, HeapCell>(); // 8 bytes
    if cfg!(miri) && is_control::<S>() {
        return;
    }
    heap_all::<S, Heap<0>>(); // 16
    if !cfg!(miri) {
        heap_all::<S, Heap<8>>(); // 24
        heap_all::<S, Heap<16>>(); // 32
        heap_all::<S, Heap<32>>(); // 48
        heap_all::<S, Heap<56>>(); // 72
    }
    heap_all::<S, Heap<80>>(); // 96
    if !cfg!(miri) {
        heap_all::<S, Heap<48>>(); // 64
    }
}

/// The reproduction of the reported soundness bug, as it was reported.
#[allow(clippy::replace_box)]
fn issue_13_reproduction<S: Sorter>(stable: bool) {
    let n = if cfg!(miri) { 40 } else { 200 };
    let mut w: Vec<RefCell<Box<i32>>> = (0..n)
        .map(|i| RefCell::new(Box::new((i * 7919) % 211)))
        .collect();
    let cmp = |a: &RefCell<Box<i32>>, b: &RefCell<Box<i32>>| {
        let (x, y) = (**a.borrow(), **b.borrow());
        *a.borrow_mut() = Box::new(x);
        *b.borrow_mut() = Box::new(y);
        x.cmp(&y)
    };
    if stable {
        S::sort_by(&mut w, cmp);
    } else {
        S::sort_unstable_by(&mut w, cmp);
    }
    assert!(w.windows(2).all(|p| **p[0].borrow() <= **p[1].borrow()));
    drop(w);
}

#[test]
fn issue_13_reproduction_stable_small() {
    issue_13_reproduction::<small::Sort>(true);
}

#[test]
fn issue_13_reproduction_stable_medium() {
    issue_13_reproduction::<medium::Sort>(true);
}

#[test]
fn issue_13_reproduction_unstable_small() {
    issue_13_reproduction::<small::Sort>(false);
}

#[test]
fn issue_13_reproduction_unstable_medium() {
    issue_13_reproduction::<medium::Sort>(false);
}

#[test]
fn issue_13_reproduction_fast() {
    issue_13_reproduction::<fast::Sort>(true);
    issue_13_reproduction::<fast::Sort>(false);
}

#[test]
fn heap_replacing_callbacks_small() {
    heap::<small::Sort>();
}

#[test]
fn heap_replacing_callbacks_medium() {
    heap::<medium::Sort>();
}

#[test]
fn heap_replacing_callbacks_fast() {
    heap::<fast::Sort>();
}

// ---- a callback that panics at call k ---------------------------------------------------

/// For every op, length and call `k`, a callback panics at call `k`; the slice must then
/// be a permutation of the input showing every call made before the panic, and drop
/// each element once.
struct Panicking<S>(std::marker::PhantomData<S>);

fn panic_lengths() -> Vec<usize> {
    if cfg!(miri) {
        vec![21]
    } else {
        vec![20, 21, 24, 28, 33, 40]
    }
}

impl<S: Sorter> Visit for Panicking<S> {
    fn visit<E: Elem>(&mut self) {
        quiet_planned_panics();
        for len in panic_lengths() {
            let input = keys(Pattern::Random, len, len as u64 + 5);
            for op in OPS {
                // Under Miri, the fast (std) control runs the sorts only.
                if cfg!(miri) && is_control::<S>() && !matches!(op, Op::SortBy | Op::SortUnstableBy)
                {
                    continue;
                }
                // How many calls the operation makes when nothing panics.
                let (mut v, keys) = build::<E>(&input);
                assert!(unique(&keys));
                let probe: E = probe_for(&keys);
                reset();
                run::<S, E>(op, &mut v, &probe);
                let total = BOOK.with(|b| b.calls.get());
                drop(v);
                drop(probe);
                // Every call; under Miri the first, one in the middle and the last.
                let ks: Vec<u64> = if cfg!(miri) {
                    let mut ks = vec![0, total / 2, total.saturating_sub(1)];
                    ks.dedup();
                    ks.retain(|&k| k < total);
                    ks
                } else {
                    (0..total).collect()
                };
                for k in ks {
                    let (mut v, _) = build::<E>(&input);
                    let probe: E = probe_for(&keys);
                    reset();
                    BOOK.with(|b| {
                        b.probe.set(&probe as *const E as usize);
                        b.panic_at.set(k);
                    });
                    let what = Case {
                        op,
                        size: E::SIZE,
                        len,
                        pattern: Pattern::Random,
                        panic_at: Some(k),
                    };
                    let r = catch_unwind(AssertUnwindSafe(|| run::<S, E>(op, &mut v, &probe)));
                    assert!(r.is_err(), "{what}: no panic");
                    let mut got: Vec<u32> = v.iter().map(E::key).collect();
                    got.sort_unstable();
                    let mut want = keys.clone();
                    want.sort_unstable();
                    assert_eq!(got, want, "{what}: not a permutation of the input");
                    check_counts(&what, &v, &probe, true);
                    if E::DROPS {
                        BOOK.with(|b| {
                            assert_eq!(b.drops.get(), 0, "{what}: elements dropped");
                        });
                        drop(v);
                        drop(probe);
                        BOOK.with(|b| {
                            assert_eq!(
                                b.drops.get(),
                                len as u64 + 1,
                                "{what}: elements not dropped exactly once"
                            );
                        });
                    }
                }
            }
        }
    }
}

/// The element types of the panic tests: each size class once, plain and with drop glue.
fn each_panic_type(v: &mut impl Visit) {
    if cfg!(miri) {
        v.visit::<P<0>>();
        v.visit::<D<8>>();
        return;
    }
    v.visit::<S1>();
    v.visit::<S2>();
    v.visit::<P<0>>(); // 8
    v.visit::<P<8>>(); // 16
    v.visit::<P<24>>(); // 32
    v.visit::<P<56>>(); // 64
    v.visit::<P<88>>(); // 96
    v.visit::<D<0>>(); // 8
    v.visit::<D<8>>(); // 16
    v.visit::<D<24>>(); // 32
    v.visit::<D<56>>(); // 64
    v.visit::<D<88>>(); // 96
}

#[test]
fn panic_at_every_call_small() {
    each_panic_type(&mut Panicking::<small::Sort>(std::marker::PhantomData));
}

#[test]
fn panic_at_every_call_medium() {
    each_panic_type(&mut Panicking::<medium::Sort>(std::marker::PhantomData));
}

#[test]
fn panic_at_every_call_fast() {
    each_panic_type(&mut Panicking::<fast::Sort>(std::marker::PhantomData));
}
