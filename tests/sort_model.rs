//! Differential tests of every `Sorter` method, for `small::Sort`, `medium::Sort` and
//! `fast::Sort`, against std's slice methods as the model, on many element types and
//! input shapes.

mod common;

use std::fmt::Debug;

use common::{cases, Align64, Zst};
use proptest::prelude::*;
use sizespeed::{fast, medium, small, Sorter};

/// A 40-byte record sorted by its key.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Rec40 {
    key: u64,
    payload: [u64; 4],
}

/// Element types under test: built from a key, with a coarse `bucket` used as the key of
/// the `_by_key` methods, so that many elements share a key (which exposes instability).
trait Elem: Clone + Ord + Debug {
    fn make(k: u64) -> Self;
    fn bucket(&self) -> u64;
}

impl Elem for u8 {
    fn make(k: u64) -> Self {
        k as u8
    }
    fn bucket(&self) -> u64 {
        u64::from(*self) % 5
    }
}

impl Elem for u64 {
    fn make(k: u64) -> Self {
        k
    }
    fn bucket(&self) -> u64 {
        self % 7
    }
}

impl Elem for i128 {
    fn make(k: u64) -> Self {
        (i128::from(k) - 500).wrapping_mul(0x1_0000_0000_0000_0001)
    }
    fn bucket(&self) -> u64 {
        self.rem_euclid(7) as u64
    }
}

/// The primitive types medium sorts by value (`Ord` is the order of an integer of their
/// size): keys spread over the whole range, negative values and the extremes included.
macro_rules! int_elem {
    ($($t:ty),*) => {$(
        impl Elem for $t {
            fn make(k: u64) -> Self {
                // Small keys stay distinct and ordered; the high bits (the sign bit of the
                // signed types) vary with the key as well.
                (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ k) as $t
            }
            fn bucket(&self) -> u64 {
                (*self as u64) % 5
            }
        }
    )*};
}
int_elem!(i8, u16, i16, u32, i32, i64, usize, isize);

impl Elem for u128 {
    fn make(k: u64) -> Self {
        (u128::from(k) << 64 | u128::from(!k)).rotate_left(k as u32)
    }
    fn bucket(&self) -> u64 {
        (*self % 5) as u64
    }
}

impl Elem for bool {
    fn make(k: u64) -> Self {
        k.is_multiple_of(3)
    }
    fn bucket(&self) -> u64 {
        u64::from(*self)
    }
}

impl Elem for char {
    fn make(k: u64) -> Self {
        char::from_u32((k as u32).wrapping_mul(2_654_435_761) % 0x11_0000).unwrap_or('\u{FFFD}')
    }
    fn bucket(&self) -> u64 {
        u64::from(*self) % 5
    }
}

impl Elem for String {
    fn make(k: u64) -> Self {
        format!("{k}")
    }
    fn bucket(&self) -> u64 {
        self.len() as u64
    }
}

impl Elem for Rec40 {
    fn make(k: u64) -> Self {
        Rec40 {
            key: k,
            payload: [k.wrapping_mul(3), !k, k ^ 0xff, 7],
        }
    }
    fn bucket(&self) -> u64 {
        self.key % 3
    }
}

impl Elem for Zst {
    fn make(_: u64) -> Self {
        Zst
    }
    fn bucket(&self) -> u64 {
        0
    }
}

impl Elem for Align64 {
    fn make(k: u64) -> Self {
        Align64(k)
    }
    fn bucket(&self) -> u64 {
        self.0 % 3
    }
}

/// 40 bytes with drop glue, a size the core has no specialised path for: short runs are
/// merged through a buffer (elements with drop glue get no sorting network).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Named {
    key: u64,
    name: String,
    tag: u64,
}

const _: () = assert!(std::mem::size_of::<Named>() == 40);

impl Elem for Named {
    fn make(k: u64) -> Self {
        Named {
            key: k / 2,
            name: format!("{}", k % 2),
            tag: k.wrapping_mul(7),
        }
    }
    fn bucket(&self) -> u64 {
        self.key % 4
    }
}

/// 96 bytes with drop glue: above the size the core partitions by Lomuto's scheme, so
/// slices are partitioned in blocks; short runs are sorted by insertion.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Wide96 {
    key: u64,
    name: String,
    pad: [u64; 8],
}

const _: () = assert!(std::mem::size_of::<Wide96>() == 96);

impl Elem for Wide96 {
    fn make(k: u64) -> Self {
        Wide96 {
            key: k / 3,
            name: format!("{}", k % 3),
            pad: [k; 8],
        }
    }
    fn bucket(&self) -> u64 {
        self.key % 3
    }
}

/// 16 bytes with 7 bytes of padding: moves must carry uninitialized bytes.
impl Elem for (u8, u64) {
    fn make(k: u64) -> Self {
        ((k % 7) as u8, k)
    }
    fn bucket(&self) -> u64 {
        u64::from(self.0) % 3
    }
}

/// 24 bytes with padding, `repr(C)` so the padding sits between fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[repr(C)]
struct Pad24 {
    a: u8,
    b: u64,
    c: u16,
}

impl Elem for Pad24 {
    fn make(k: u64) -> Self {
        Pad24 {
            a: (k % 5) as u8,
            b: k,
            c: (k % 3) as u16,
        }
    }
    fn bucket(&self) -> u64 {
        u64::from(self.c)
    }
}

/// 12 bytes with 2 bytes of padding, and an alignment (4) that the core's size-specialised
/// paths do not cover: moves take the overlapping two-word path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[repr(C)]
struct Pad12 {
    a: u32,
    b: u16,
    c: u32,
}

impl Elem for Pad12 {
    fn make(k: u64) -> Self {
        Pad12 {
            a: k as u32,
            b: (k % 3) as u16,
            c: !(k as u32),
        }
    }
    fn bucket(&self) -> u64 {
        u64::from(self.b)
    }
}

/// 20 bytes: moves take the overlapping two-`u128` path; sorting networks exchange
/// indices.
impl Elem for [u32; 5] {
    fn make(k: u64) -> Self {
        [k as u32, 1, 2, 3, (k % 4) as u32]
    }
    fn bucket(&self) -> u64 {
        u64::from(self[4])
    }
}

/// Input keys of a given shape: sorted, reversed, all equal, sawtooth, random, organ pipe.
fn make_shape(n: usize, shape: u8, seed: u64, range: u64) -> Vec<u64> {
    let mut x = seed | 1;
    let mut rnd = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let period = 1 + (seed % 37) as usize;
    (0..n)
        .map(|i| match shape {
            0 => i as u64,
            1 => (n - i) as u64,
            2 => 42,
            3 => (i % period) as u64,
            4 => rnd() % range,
            _ => i.min(n - i) as u64,
        })
        .collect()
}

fn shaped() -> impl Strategy<Value = Vec<u64>> {
    let len = if cfg!(miri) {
        prop_oneof![Just(0usize), Just(1), Just(2), 0..40usize, 100..140usize].boxed()
    } else {
        prop_oneof![
            Just(0usize),
            Just(1),
            Just(2),
            0..40usize,
            0..400usize,
            1000..3000usize
        ]
        .boxed()
    };
    (len, 0..6u8, any::<u64>(), 1..2000u64)
        .prop_map(|(n, shape, seed, range)| make_shape(n, shape, seed, range))
}

fn sorted_copy<T: Ord + Clone>(v: &[T]) -> Vec<T> {
    let mut s = v.to_vec();
    s.sort();
    s
}

fn assert_search<T: Debug + PartialEq>(
    v: &[T],
    ours: Result<usize, usize>,
    std: Result<usize, usize>,
    matches: impl Fn(&T) -> bool,
) {
    match (ours, std) {
        (Ok(i), Ok(_)) => assert!(matches(&v[i]), "Ok({i}) is not a match"),
        (Err(a), Err(b)) => assert_eq!(a, b, "insertion points differ"),
        other => panic!("search results disagree: {other:?}"),
    }
}

/// Checks every `Sorter` method of `S` on the input built from `keys`.
fn check<S: Sorter, T: Elem>(keys: &[u64]) {
    let orig: Vec<T> = keys.iter().map(|&k| T::make(k)).collect();
    let expect = sorted_copy(&orig);
    let n = orig.len();

    // Stable sorts: the result is fully determined, so it must equal std's exactly.
    let mut v = orig.clone();
    S::sort(&mut v);
    assert_eq!(v, expect, "sort");
    let mut rev = orig.clone();
    rev.sort_by(|a, b| b.cmp(a));
    let mut v = orig.clone();
    S::sort_by(&mut v, |a, b| b.cmp(a));
    assert_eq!(v, rev, "sort_by reversed");
    let mut by_bucket = orig.clone();
    by_bucket.sort_by_key(T::bucket);
    let mut v = orig.clone();
    S::sort_by(&mut v, |a, b| a.bucket().cmp(&b.bucket()));
    assert_eq!(v, by_bucket, "sort_by bucket (stability)");
    let mut v = orig.clone();
    S::sort_by_key(&mut v, T::bucket);
    assert_eq!(v, by_bucket, "sort_by_key (stability)");

    // Unstable sorts: equal elements are identical under the full order; under a coarse
    // key, check order of keys and that the result is a permutation.
    let mut v = orig.clone();
    S::sort_unstable(&mut v);
    assert_eq!(v, expect, "sort_unstable");
    let mut v = orig.clone();
    S::sort_unstable_by(&mut v, |a, b| b.cmp(a));
    assert_eq!(v, rev, "sort_unstable_by reversed");
    let mut v = orig.clone();
    S::sort_unstable_by_key(&mut v, T::bucket);
    assert!(v.is_sorted_by_key(T::bucket), "sort_unstable_by_key order");
    assert_eq!(sorted_copy(&v), expect, "sort_unstable_by_key permutation");
    let mut v = orig.clone();
    S::sort_unstable_by(&mut v, |a, b| a.bucket().cmp(&b.bucket()));
    assert!(v.is_sorted_by_key(T::bucket), "sort_unstable_by order");
    assert_eq!(sorted_copy(&v), expect, "sort_unstable_by permutation");

    // is_sorted family.
    for s in [&orig, &expect, &rev, &by_bucket] {
        assert_eq!(S::is_sorted(s), s.is_sorted());
        assert_eq!(
            S::is_sorted_by(s, |a, b| a >= b),
            s.is_sorted_by(|a, b| a >= b)
        );
        assert_eq!(
            S::is_sorted_by_key(s, T::bucket),
            s.is_sorted_by_key(T::bucket)
        );
    }

    // Binary search for present and absent elements.
    let probes = orig
        .iter()
        .take(40)
        .cloned()
        .chain((0..20).map(|i| T::make(i * 97 + 1_000_001)))
        .chain([T::make(0), T::make(u64::MAX)]);
    for x in probes {
        assert_search(
            &expect,
            S::binary_search(&expect, &x),
            expect.binary_search(&x),
            |e| *e == x,
        );
        assert_search(
            &rev,
            S::binary_search_by(&rev, |e| x.cmp(e)),
            rev.binary_search_by(|e| x.cmp(e)),
            |e| *e == x,
        );
        let b = x.bucket();
        assert_search(
            &by_bucket,
            S::binary_search_by_key(&by_bucket, &b, T::bucket),
            by_bucket.binary_search_by_key(&b, T::bucket),
            |e| e.bucket() == b,
        );
    }

    // Selection at the ends, the middle and a few more places.
    if n > 0 {
        for index in [0, n / 2, n - 1, n / 3, (keys[0] as usize) % n] {
            let mut v = orig.clone();
            let (l, m, r) = S::select_nth_unstable(&mut v, index);
            assert_eq!(*m, expect[index], "select_nth_unstable({index})");
            assert!(l.iter().all(|x| x <= m) && r.iter().all(|x| x >= m));
            assert_eq!(sorted_copy(&v), expect, "select_nth_unstable permutation");
            let mut v = orig.clone();
            let (l, m, r) = S::select_nth_unstable_by(&mut v, index, |a, b| b.cmp(a));
            assert_eq!(*m, rev[index], "select_nth_unstable_by({index})");
            assert!(l.iter().all(|x| x >= m) && r.iter().all(|x| x <= m));
            assert_eq!(
                sorted_copy(&v),
                expect,
                "select_nth_unstable_by permutation"
            );
        }
    }

    // Dedup: the kept prefix equals `Vec::dedup`'s result, the whole is a permutation.
    for base in [&orig, &expect, &by_bucket] {
        let base_sorted = sorted_copy(base);
        let mut v = base.clone();
        let k = S::dedup(&mut v);
        let mut e = base.clone();
        e.dedup();
        assert_eq!(&v[..k], &e[..], "dedup");
        assert_eq!(sorted_copy(&v), base_sorted, "dedup permutation");

        let mut v = base.clone();
        let k = S::dedup_by_key(&mut v, |x| x.bucket());
        let mut e = base.clone();
        e.dedup_by_key(|x| x.bucket());
        assert_eq!(&v[..k], &e[..], "dedup_by_key");
        assert_eq!(sorted_copy(&v), base_sorted, "dedup_by_key permutation");

        let mut v = base.clone();
        let k = S::dedup_by(&mut v, |a, b| a.bucket() == b.bucket() && a >= b);
        let mut e = base.clone();
        e.dedup_by(|a, b| a.bucket() == b.bucket() && a >= b);
        assert_eq!(&v[..k], &e[..], "dedup_by");
        assert_eq!(sorted_copy(&v), base_sorted, "dedup_by permutation");
    }
}

/// The `small::Vec` methods route to the small algorithms and agree with std's `Vec`.
fn check_small_vec<T: Elem>(keys: &[u64]) {
    let orig: Vec<T> = keys.iter().map(|&k| T::make(k)).collect();
    let expect = sorted_copy(&orig);
    let mut v: small::Vec<T> = orig.clone().into();
    v.sort();
    assert_eq!(v, expect);
    for x in orig.iter().take(10) {
        assert_search(&expect, v.binary_search(x), expect.binary_search(x), |e| {
            e == x
        });
        assert_search(
            &expect,
            v.binary_search_by(|e| e.cmp(x)),
            expect.binary_search_by(|e| e.cmp(x)),
            |e| e == x,
        );
        assert_search(
            &expect,
            v.binary_search_by_key(x, |e| e.clone()),
            expect.binary_search_by_key(x, |e| e.clone()),
            |e| e == x,
        );
    }
    v.dedup();
    let mut e = expect.clone();
    e.dedup();
    assert_eq!(v, e);

    let mut v: small::Vec<T> = orig.clone().into();
    let mut e = orig.clone();
    v.sort_by_key(T::bucket);
    e.sort_by_key(T::bucket);
    assert_eq!(v, e);
    v.dedup_by_key(|x| x.bucket());
    e.dedup_by_key(|x| x.bucket());
    assert_eq!(v, e);

    let mut v: small::Vec<T> = orig.clone().into();
    let mut e = orig.clone();
    v.sort_by(|a, b| b.cmp(a));
    e.sort_by(|a, b| b.cmp(a));
    assert_eq!(v, e);
    v.dedup_by(|a, b| a.bucket() == b.bucket());
    e.dedup_by(|a, b| a.bucket() == b.bucket());
    assert_eq!(v, e);

    let mut v: small::Vec<T> = orig.clone().into();
    v.sort_unstable();
    assert_eq!(v, expect);
    let mut v: small::Vec<T> = orig.clone().into();
    v.sort_unstable_by(|a, b| a.cmp(b));
    assert_eq!(v, expect);
    let mut v: small::Vec<T> = orig.clone().into();
    v.sort_unstable_by_key(|x| x.clone());
    assert_eq!(v, expect);
}

fn check_both<T: Elem>(keys: &[u64]) {
    check::<small::Sort, T>(keys);
    check::<medium::Sort, T>(keys);
    // Under Miri, only the crate's own unsafe code is worth the time.
    if !cfg!(miri) {
        check::<fast::Sort, T>(keys);
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(48),
        // Miri's isolation forbids the file access failure persistence needs.
        failure_persistence: if cfg!(miri) { None } else { ProptestConfig::default().failure_persistence },
        ..ProptestConfig::default()
    })]

    #[test]
    fn model_u8(keys in shaped()) {
        check_both::<u8>(&keys);
    }

    #[test]
    fn model_u64(keys in shaped()) {
        check_both::<u64>(&keys);
        check_small_vec::<u64>(&keys);
    }

    #[test]
    fn model_i128(keys in shaped()) {
        check_both::<i128>(&keys);
    }

    /// Every type that medium sorts by value, signed and unsigned, of each width.
    #[test]
    fn model_by_value(keys in shaped()) {
        check_both::<i8>(&keys);
        check_both::<char>(&keys);
        check_both::<u128>(&keys);
        // Under Miri, one width of each kind: the code is the same for every width.
        if !cfg!(miri) {
            check_both::<bool>(&keys);
            check_both::<u16>(&keys);
            check_both::<i16>(&keys);
            check_both::<u32>(&keys);
            check_both::<i32>(&keys);
            check_both::<i64>(&keys);
            check_both::<usize>(&keys);
            check_both::<isize>(&keys);
        }
    }

    #[test]
    fn model_string(keys in shaped()) {
        check_both::<String>(&keys);
        check_small_vec::<String>(&keys);
    }

    #[test]
    fn model_rec40(keys in shaped()) {
        check_both::<Rec40>(&keys);
    }

    #[test]
    fn model_zst(keys in shaped()) {
        check_both::<Zst>(&keys);
        check_small_vec::<Zst>(&keys);
    }

    #[test]
    fn model_padded(keys in shaped()) {
        check_both::<(u8, u64)>(&keys);
        check_both::<Pad24>(&keys);
    }

    #[test]
    fn model_align64(keys in shaped()) {
        check_both::<Align64>(&keys);
    }
}

/// Deterministic coverage of each shape at sizes around the algorithms' thresholds, for
/// one element type. One test per type, so that the slow runs under Miri go in parallel.
fn every_shape_and_size_class<T: Elem>() {
    let sizes: &[usize] = if cfg!(miri) {
        &[0, 1, 2, 3, 20, 21, 40]
    } else {
        &[
            0, 1, 2, 3, 7, 8, 9, 16, 17, 19, 20, 21, 33, 49, 50, 51, 255, 256, 257, 1000, 4100,
        ]
    };
    // Under Miri, the inputs that reach the most distinct paths: a strictly descending
    // run (reversed), all equal (the equal-pivot split) and random; the native run
    // covers every shape.
    let shapes: &[u8] = if cfg!(miri) {
        &[1, 2, 4]
    } else {
        &[0, 1, 2, 3, 4, 5]
    };
    for &n in sizes {
        for &shape in shapes {
            check_both::<T>(&make_shape(n, shape, n as u64 * 31 + 7, 50));
        }
    }
}

#[test]
fn every_shape_and_size_class_u64() {
    every_shape_and_size_class::<u64>();
}

#[test]
fn every_shape_and_size_class_by_value() {
    every_shape_and_size_class::<i64>();
    if !cfg!(miri) {
        every_shape_and_size_class::<i8>();
        every_shape_and_size_class::<u128>();
    }
}

#[test]
fn every_shape_and_size_class_rec40() {
    every_shape_and_size_class::<Rec40>();
}

#[test]
fn every_shape_and_size_class_u8_u64() {
    every_shape_and_size_class::<(u8, u64)>();
}

#[test]
fn every_shape_and_size_class_pad24() {
    every_shape_and_size_class::<Pad24>();
}

#[test]
fn every_shape_and_size_class_pad12_u32x5() {
    every_shape_and_size_class::<Pad12>();
    // Under Miri, `Pad12` covers the overlapping moves (with padding); the 20-byte type
    // takes the same code with wider words.
    if !cfg!(miri) {
        every_shape_and_size_class::<[u32; 5]>();
    }
}

#[test]
fn every_shape_and_size_class_named40() {
    if cfg!(miri) {
        // Under Miri, the longest run that is merged whole.
        for shape in 0..6 {
            check_both::<Named>(&make_shape(20, shape, 20 * 31 + 7, 50));
        }
    } else {
        every_shape_and_size_class::<Named>();
    }
}

#[test]
fn every_shape_and_size_class_wide96() {
    if cfg!(miri) {
        // Under Miri, slices that are partitioned in blocks: sawtooth and random.
        for shape in [3, 4] {
            check_both::<Wide96>(&make_shape(40, shape, 40 * 31 + 7, 50));
        }
    } else {
        every_shape_and_size_class::<Wide96>();
    }
}

#[test]
fn every_shape_and_size_class_align64() {
    every_shape_and_size_class::<Align64>();
}

#[test]
#[cfg_attr(
    miri,
    ignore = "under Miri, `model_u8` and `model_string` cover these types"
)]
fn every_shape_and_size_class_u8_string() {
    every_shape_and_size_class::<u8>();
    every_shape_and_size_class::<String>();
}

#[test]
fn stable_sort_keeps_equal_keys_in_order() {
    let n = if cfg!(miri) { 200 } else { 20_000 };
    let mut x = 0x1234_5678_9abc_def1u64;
    let pairs: Vec<(u64, usize)> = (0..n)
        .map(|id| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % 16, id)
        })
        .collect();
    for sorter in 0..4 {
        let mut v = pairs.clone();
        match sorter {
            0 => small::sort_by_key(&mut v, |p| p.0),
            1 => small::sort_by(&mut v, |a, b| a.0.cmp(&b.0)),
            2 => medium::sort_by_key(&mut v, |p| p.0),
            _ => medium::sort_by(&mut v, |a, b| a.0.cmp(&b.0)),
        }
        assert!(
            v.windows(2)
                .all(|w| w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1)),
            "equal keys out of their original order"
        );
    }
    // Strictly descending runs are reversed; equal keys inside them must not be.
    let desc: Vec<(u64, usize)> = (0..n).map(|i| ((n - i) as u64 / 3, i)).collect();
    let mut v = desc.clone();
    small::sort_by_key(&mut v, |p| p.0);
    assert!(v
        .windows(2)
        .all(|w| w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1)));
    let mut w = desc;
    medium::sort_by_key(&mut w, |p| p.0);
    assert_eq!(w, v);
}

#[test]
fn page_aligned_elements() {
    use common::Align4096;
    let n = if cfg!(miri) { 25 } else { 300 };
    let orig: Vec<Align4096> = (0..n).map(|i| Align4096((i * 37 % 101) as u8)).collect();
    let expect = sorted_copy(&orig);
    let mut v = orig.clone();
    small::sort(&mut v);
    assert_eq!(v, expect);
    let mut v = orig.clone();
    small::sort_unstable(&mut v);
    assert_eq!(v, expect);
    let mut v = orig.clone();
    let (_, m, _) = small::select_nth_unstable(&mut v, n / 2);
    assert_eq!(*m, expect[n / 2]);
}

#[test]
fn select_nth_out_of_bounds_panics() {
    let msg = common::expect_panic(|| {
        let mut v = [1, 2, 3];
        small::select_nth_unstable(&mut v, 3);
    });
    assert!(msg.contains("index 3"), "{msg}");
    common::expect_panic(|| {
        let mut v: [u8; 0] = [];
        small::select_nth_unstable_by(&mut v, 0, |a, b| a.cmp(b));
    });
    let msg = common::expect_panic(|| {
        let mut v = [1u64, 2, 3];
        medium::select_nth_unstable(&mut v, 3);
    });
    assert!(msg.contains("index 3"), "{msg}");
}

#[test]
fn auto_names_follow_the_feature() {
    let mut v = vec![3, 1, 2];
    sizespeed::auto::sort(&mut v);
    assert_eq!(v, [1, 2, 3]);
    assert_eq!(sizespeed::auto::binary_search(&v, &2), Ok(1));
    <sizespeed::auto::Sort as Sorter>::sort_unstable_by(&mut v, |a, b| b.cmp(a));
    assert_eq!(v, [3, 2, 1]);
}
