//! Sorting and searching with one copy of machine code per element *shape*.
//!
//! The algorithms are small's (`raw::sort`), instantiated once per element shape: for elements of 1, 2, 4, 8, 16, 24 or 32 bytes at their
//! natural alignment (and the 4-aligned 8, 12 and 16 bytes of 32-bit targets) every move,
//! swap and index computation is a constant-size load, store or shift, which LLVM inlines
//! into the loops. The comparison still comes from the element type as in small: `T::cmp`
//! as a function pointer, or the caller's closure behind a tiny erased function, plus one
//! block-comparison function per type and comparator. Types of another layout (and
//! zero-sized ones) go to small's copy. Which core a type uses is decided at compile time.
//!
//! Sorting by `Ord` (`sort`, `sort_unstable`, `select_nth_unstable`) the primitive integers,
//! `bool` and `char`, whose `Ord` is the order of an integer of their size, goes further:
//! their copy compares by value, inlined, with no call at all. A signed type compares as
//! the unsigned integer of its bits with the sign bit flipped, so every integer type of
//! one width shares that copy (`u64`, `i64`, `usize` and `isize` on 64-bit targets). The
//! type is recognised by its type id, which folds at compile time. Equal elements of
//! these types are identical, so the stable `sort` of them uses the unstable algorithm:
//! no order among equal elements can be seen.
//!
//! Binary search, `is_sorted` and `partition_point` are small's: their time is the
//! comparator call per probe, which a constant element size does not shorten, so a copy
//! per shape would only add bytes.
//!
//! Every callback only ever sees elements at their live location, never a discarded copy,
//! and never one element as both arguments; see the core's documentation.

use core::cmp::Ordering;

use super::shape::{by_shape, by_value, int_ord, ByValue, IntOrd};
use crate::raw::sort::{self as core_sort, By};
use crate::small::sort::{by_fn, by_key, by_ord, cached_key_with, split_nth, ElemOf};

pub use crate::small::sort::{
    binary_search, binary_search_by, binary_search_by_key, is_sorted, is_sorted_by,
    is_sorted_by_key, partition_point,
};

/// The stable sort of `v` by `by`, in the core of `T`'s shape.
#[inline(always)]
fn stable<T>(v: &mut [T], by: By) {
    let (p, len, e) = (v.as_mut_ptr() as *mut u8, v.len(), ElemOf::<T>::ELEM);
    // SAFETY: `v` is `len` initialized, exclusively borrowed `T`s; `by` compares `T`s and
    // its data pointer lives in the caller for the call; the shape is `T`'s carrier.
    unsafe {
        by_shape!(
            T,
            |s| core_sort::sort_stable_shaped(p, len, e, s, by),
            || core_sort::sort_stable(p, len, e, by)
        )
    }
}

/// The unstable sort of `v` by `by`, in the core of `T`'s shape.
#[inline(always)]
fn unstable<T>(v: &mut [T], by: By) {
    let (p, len, e) = (v.as_mut_ptr() as *mut u8, v.len(), ElemOf::<T>::ELEM);
    // SAFETY: as in `stable`.
    unsafe {
        by_shape!(
            T,
            |s| core_sort::sort_unstable_shaped(p, len, e, s, by),
            || core_sort::sort_unstable(p, len, e, by)
        )
    }
}

/// The stable sort of `v` by `Ord`: for the primitive integers, `bool` and `char` (see
/// `shape::int_ord`) the unstable sort by value, since equal elements of these types are
/// identical, so no order among them can be observed; otherwise the stable sort in the
/// core of `T`'s shape.
#[inline(always)]
fn stable_ord<T: Ord>(v: &mut [T]) {
    match int_ord::<T>() {
        IntOrd::No => stable(v, by_ord::<T>()),
        // SAFETY: `v` is `len` initialized, exclusively borrowed `T`s, of the type whose
        // `int_ord` is `k`.
        k => unsafe { by_value(k, v.as_mut_ptr() as *mut u8, v.len(), ByValue::Sort) },
    }
}

/// The unstable sort of `v` by `Ord`; see [`stable_ord`].
#[inline(always)]
fn unstable_ord<T: Ord>(v: &mut [T]) {
    match int_ord::<T>() {
        IntOrd::No => unstable(v, by_ord::<T>()),
        // SAFETY: as in `stable_ord`.
        k => unsafe { by_value(k, v.as_mut_ptr() as *mut u8, v.len(), ByValue::Sort) },
    }
}

/// Selection of `v[index]` by `Ord`; see [`stable_ord`].
#[inline(always)]
fn select_ord<T: Ord>(v: &mut [T], index: usize) -> (&mut [T], &mut T, &mut [T]) {
    match int_ord::<T>() {
        IntOrd::No => select(v, index, by_ord::<T>()),
        k => {
            let (p, len) = (v.as_mut_ptr() as *mut u8, v.len());
            // SAFETY: as in `stable_ord`; the core panics if `index >= len`.
            unsafe { by_value(k, p, len, ByValue::Select(index)) };
            split_nth(v, index)
        }
    }
}

/// Selection of `v[index]` by `by`, in the core of `T`'s shape.
#[inline(always)]
fn select<T>(v: &mut [T], index: usize, by: By) -> (&mut [T], &mut T, &mut [T]) {
    let (p, len, e) = (v.as_mut_ptr() as *mut u8, v.len(), ElemOf::<T>::ELEM);
    // SAFETY: as in `stable`; the core panics if `index >= len`.
    unsafe {
        by_shape!(
            T,
            |s| core_sort::select_nth_shaped(p, len, index, e, s, by),
            || core_sort::select_nth(p, len, index, e, by)
        )
    };
    split_nth(v, index)
}

// ---- sorting ---------------------------------------------------------------------------

/// Sorts `v` stably by `Ord`, with one copy of code per element shape.
///
/// small's algorithm (a stable quicksort through a buffer, `O(n log n)` worst case,
/// linear on sorted and strictly reversed input), with element moves of a constant size.
/// Allocates a scratch buffer of `len + 1` elements (on the stack when it fits in 1 KiB).
/// If `Ord` panics, `v` still holds every element exactly once, in some order. The
/// primitive integers, `bool` and `char` are compared by value and sorted by
/// [`sort_unstable`]'s algorithm, without allocating: their equal elements are identical,
/// so the result is the same.
///
/// ```
/// let mut v = [5u64, 1, 4, 2, 3];
/// sizespeed::medium::sort(&mut v);
/// assert_eq!(v, [1, 2, 3, 4, 5]);
/// ```
#[inline]
pub fn sort<T: Ord>(v: &mut [T]) {
    stable_ord(v)
}

/// Sorts `v` stably with a comparator. See [`sort`].
///
/// ```
/// let mut v = ["bb", "a", "ccc"];
/// sizespeed::medium::sort_by(&mut v, |a, b| b.len().cmp(&a.len()));
/// assert_eq!(v, ["ccc", "bb", "a"]);
/// ```
#[inline]
pub fn sort_by<T, F: FnMut(&T, &T) -> Ordering>(v: &mut [T], mut compare: F) {
    stable(v, by_fn(&mut compare))
}

/// Sorts `v` stably by a key, computed twice per comparison as in std. See [`sort`].
///
/// ```
/// let mut v = [-3i32, 1, -2];
/// sizespeed::medium::sort_by_key(&mut v, |x| x.abs());
/// assert_eq!(v, [1, -2, -3]);
/// ```
#[inline]
pub fn sort_by_key<T, K: Ord, F: FnMut(&T) -> K>(v: &mut [T], mut key: F) {
    stable(v, by_key(&mut key))
}

/// Sorts `v` stably by a key computed once per element, as std's `sort_by_cached_key`:
/// the `(key, index)` pairs are sorted with [`sort_unstable`] (in the core of the pair's
/// shape), then the elements follow the permutation.
///
/// ```
/// let mut v = ["ccc", "a", "bb"];
/// sizespeed::medium::sort_by_cached_key(&mut v, |s| s.len());
/// assert_eq!(v, ["a", "bb", "ccc"]);
/// ```
pub fn sort_by_cached_key<T, K: Ord, F: FnMut(&T) -> K>(v: &mut [T], key: F) {
    cached_key_with(v, key, sort_unstable)
}

/// Sorts `v` by `Ord` without keeping equal elements in order, with one copy of code per
/// element shape.
///
/// small's pattern-defeating quicksort with element moves of a constant size: `O(n log n)`
/// worst case, linear on sorted and reversed input, and no allocation for elements of up
/// to 1 KiB with alignment up to 16. Panics in `Ord` leave `v` a permutation. The
/// primitive integers, `bool` and `char` are compared by value, inlined: the partition is
/// a branchless loop and short ranges are sorted by sorting networks.
///
/// ```
/// let mut v = [3u32, 1, 2];
/// sizespeed::medium::sort_unstable(&mut v);
/// assert_eq!(v, [1, 2, 3]);
/// ```
#[inline]
pub fn sort_unstable<T: Ord>(v: &mut [T]) {
    unstable_ord(v)
}

/// Unstable sort with a comparator. See [`sort_unstable`].
///
/// ```
/// let mut v = [1, 3, 2];
/// sizespeed::medium::sort_unstable_by(&mut v, |a, b| b.cmp(a));
/// assert_eq!(v, [3, 2, 1]);
/// ```
#[inline]
pub fn sort_unstable_by<T, F: FnMut(&T, &T) -> Ordering>(v: &mut [T], mut compare: F) {
    unstable(v, by_fn(&mut compare))
}

/// Unstable sort by a key. See [`sort_unstable`].
///
/// ```
/// let mut v = [(2, 'b'), (1, 'a')];
/// sizespeed::medium::sort_unstable_by_key(&mut v, |p| p.0);
/// assert_eq!(v, [(1, 'a'), (2, 'b')]);
/// ```
#[inline]
pub fn sort_unstable_by_key<T, K: Ord, F: FnMut(&T) -> K>(v: &mut [T], mut key: F) {
    unstable(v, by_key(&mut key))
}

// ---- selection -------------------------------------------------------------------------

/// Reorders `v` so that `v[index]` is the element a full sort would put there, with no
/// greater element before it and no smaller one after it; returns the three parts.
/// `O(n)` on average, `O(n log n)` worst case; one copy of code per element shape.
///
/// # Panics
/// Panics if `index >= v.len()`.
///
/// ```
/// let mut v = [5, 1, 4, 2, 3];
/// let (_, median, _) = sizespeed::medium::select_nth_unstable(&mut v, 2);
/// assert_eq!(*median, 3);
/// ```
#[inline]
pub fn select_nth_unstable<T: Ord>(v: &mut [T], index: usize) -> (&mut [T], &mut T, &mut [T]) {
    select_ord(v, index)
}

/// [`select_nth_unstable`] with a comparator.
///
/// # Panics
/// Panics if `index >= v.len()`.
///
/// ```
/// let mut v = [5, 1, 4, 2, 3];
/// let (_, x, _) = sizespeed::medium::select_nth_unstable_by(&mut v, 0, |a, b| b.cmp(a));
/// assert_eq!(*x, 5);
/// ```
#[inline]
pub fn select_nth_unstable_by<T, F: FnMut(&T, &T) -> Ordering>(
    v: &mut [T],
    index: usize,
    mut compare: F,
) -> (&mut [T], &mut T, &mut [T]) {
    select(v, index, by_fn(&mut compare))
}

/// [`select_nth_unstable`] by a key, computed twice per comparison as in std.
///
/// # Panics
/// Panics if `index >= v.len()`.
///
/// ```
/// let mut v = [-5i32, 4, 1, -3, 2];
/// let (_, x, _) = sizespeed::medium::select_nth_unstable_by_key(&mut v, 0, |x| x.abs());
/// assert_eq!(*x, 1);
/// ```
#[inline]
pub fn select_nth_unstable_by_key<T, K: Ord, F: FnMut(&T) -> K>(
    v: &mut [T],
    index: usize,
    mut key: F,
) -> (&mut [T], &mut T, &mut [T]) {
    select(v, index, by_key(&mut key))
}

// ---- dedup -----------------------------------------------------------------------------

/// Moves the first element of each run of consecutive elements for which
/// `same_bucket(later, earlier)` holds to the front, in order, and returns how many there
/// are; the rest of the slice holds the removed elements in unspecified order. One copy
/// of code per element shape.
///
/// ```
/// let mut v = [1, 1, 2, 3, 3, 3, 1];
/// let n = sizespeed::medium::dedup_by(&mut v, |a, b| a == b);
/// assert_eq!(&v[..n], [1, 2, 3, 1]);
/// ```
#[inline]
pub fn dedup_by<T, F: FnMut(&mut T, &mut T) -> bool>(v: &mut [T], mut same_bucket: F) -> usize {
    let (p, len) = (v.as_mut_ptr() as *mut u8, v.len());
    let data = &mut same_bucket as *mut F as *mut ();
    let same = crate::small::sort::by_same::<T, F>;
    // SAFETY: `v` is `len` initialized, exclusively borrowed `T`s; the data pointer is
    // the `F` `by_same` expects; the shape is `T`'s carrier.
    unsafe {
        by_shape!(
            T,
            |s| core_sort::dedup_shaped(p, len, s, data, same),
            || core_sort::dedup(p, len, core::mem::size_of::<T>(), data, same)
        )
    }
}

/// [`dedup_by`] with equality of a key.
///
/// ```
/// let mut v = [10, 11, 20, 21];
/// let n = sizespeed::medium::dedup_by_key(&mut v, |x| *x / 10);
/// assert_eq!(&v[..n], [10, 20]);
/// ```
#[inline]
pub fn dedup_by_key<T, K: PartialEq, F: FnMut(&mut T) -> K>(v: &mut [T], mut key: F) -> usize {
    dedup_by(v, |a, b| key(a) == key(b))
}

/// [`dedup_by`] with `==`.
///
/// ```
/// let mut v = ["a", "a", "b"];
/// let n = sizespeed::medium::dedup(&mut v);
/// assert_eq!(&v[..n], ["a", "b"]);
/// ```
#[inline]
pub fn dedup<T: PartialEq>(v: &mut [T]) -> usize {
    dedup_by(v, |a, b| a == b)
}

/// The middle of the [`Sorter`](crate::Sorter) dial: small's algorithms with one copy of
/// code per element shape, so moves are inlined. Its methods are the free functions of
/// this module.
///
/// ```
/// use sizespeed::Sorter;
///
/// fn sorted<S: Sorter>(mut v: Vec<u32>) -> Vec<u32> {
///     S::sort_unstable(&mut v);
///     v
/// }
/// assert_eq!(sorted::<sizespeed::medium::Sort>(vec![3, 1, 2]), [1, 2, 3]);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Sort;

crate::traits::sorter_from_free_functions!(Sort);
