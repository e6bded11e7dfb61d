//! Sorting and searching by std's monomorphized slice algorithms.
//!
//! Every function forwards to the slice method of the same name, compiled anew for each
//! element type: the fastest code, and the most of it. The slice `dedup` family, which
//! std does not offer on stable Rust, is written here in the same generic style.

use core::cmp::Ordering;

/// Sorts `v` stably by `Ord` (std's `slice::sort`).
///
/// ```
/// let mut v = [5, 1, 4];
/// sizespeed::fast::sort(&mut v);
/// assert_eq!(v, [1, 4, 5]);
/// ```
#[inline]
pub fn sort<T: Ord>(v: &mut [T]) {
    v.sort()
}

/// Sorts `v` stably with a comparator (std's `slice::sort_by`).
#[inline]
pub fn sort_by<T, F: FnMut(&T, &T) -> Ordering>(v: &mut [T], compare: F) {
    v.sort_by(compare)
}

/// Sorts `v` stably by a key (std's `slice::sort_by_key`).
#[inline]
pub fn sort_by_key<T, K: Ord, F: FnMut(&T) -> K>(v: &mut [T], key: F) {
    v.sort_by_key(key)
}

/// Sorts `v` without keeping equal elements in order (std's `slice::sort_unstable`).
///
/// ```
/// let mut v = [3, 1, 2];
/// sizespeed::fast::sort_unstable(&mut v);
/// assert_eq!(v, [1, 2, 3]);
/// ```
#[inline]
pub fn sort_unstable<T: Ord>(v: &mut [T]) {
    v.sort_unstable()
}

/// Unstable sort with a comparator (std's `slice::sort_unstable_by`).
#[inline]
pub fn sort_unstable_by<T, F: FnMut(&T, &T) -> Ordering>(v: &mut [T], compare: F) {
    v.sort_unstable_by(compare)
}

/// Unstable sort by a key (std's `slice::sort_unstable_by_key`).
#[inline]
pub fn sort_unstable_by_key<T, K: Ord, F: FnMut(&T) -> K>(v: &mut [T], key: F) {
    v.sort_unstable_by_key(key)
}

/// Binary search of a sorted slice (std's `slice::binary_search`).
///
/// ```
/// assert_eq!(sizespeed::fast::binary_search(&[1, 3, 5], &4), Err(2));
/// ```
#[inline]
pub fn binary_search<T: Ord>(v: &[T], x: &T) -> Result<usize, usize> {
    v.binary_search(x)
}

/// Binary search with a probe (std's `slice::binary_search_by`).
#[inline]
pub fn binary_search_by<T, F: FnMut(&T) -> Ordering>(v: &[T], f: F) -> Result<usize, usize> {
    v.binary_search_by(f)
}

/// Binary search by a key (std's `slice::binary_search_by_key`).
#[inline]
pub fn binary_search_by_key<T, B: Ord, F: FnMut(&T) -> B>(
    v: &[T],
    b: &B,
    f: F,
) -> Result<usize, usize> {
    v.binary_search_by_key(b, f)
}

/// Whether `v` is sorted in non-descending order (by `<=`).
///
/// ```
/// assert!(sizespeed::fast::is_sorted(&[1, 1, 2]));
/// ```
#[inline]
pub fn is_sorted<T: PartialOrd>(v: &[T]) -> bool {
    v.is_sorted()
}

/// Whether `compare(a, b)` holds for every consecutive pair `a, b` (std's
/// `slice::is_sorted_by`).
#[inline]
pub fn is_sorted_by<T, F: FnMut(&T, &T) -> bool>(v: &[T], compare: F) -> bool {
    v.is_sorted_by(compare)
}

/// Whether the keys are in non-descending order (std's `slice::is_sorted_by_key`).
#[inline]
pub fn is_sorted_by_key<T, K: PartialOrd, F: FnMut(&T) -> K>(v: &[T], key: F) -> bool {
    v.is_sorted_by_key(key)
}

/// Reorders `v` so that `v[index]` is where a full sort would put it (std's
/// `slice::select_nth_unstable`).
///
/// # Panics
/// Panics if `index >= v.len()`.
#[inline]
#[track_caller]
pub fn select_nth_unstable<T: Ord>(v: &mut [T], index: usize) -> (&mut [T], &mut T, &mut [T]) {
    v.select_nth_unstable(index)
}

/// [`select_nth_unstable`] with a comparator.
///
/// # Panics
/// Panics if `index >= v.len()`.
#[inline]
#[track_caller]
pub fn select_nth_unstable_by<T, F: FnMut(&T, &T) -> Ordering>(
    v: &mut [T],
    index: usize,
    compare: F,
) -> (&mut [T], &mut T, &mut [T]) {
    v.select_nth_unstable_by(index, compare)
}

/// [`select_nth_unstable`] by a key (std's `slice::select_nth_unstable_by_key`).
///
/// # Panics
/// Panics if `index >= v.len()`.
///
/// ```
/// let mut v = [-5i32, 4, 1, -3, 2];
/// let (_, x, _) = sizespeed::fast::select_nth_unstable_by_key(&mut v, 0, |x| x.abs());
/// assert_eq!(*x, 1);
/// ```
#[inline]
#[track_caller]
pub fn select_nth_unstable_by_key<T, K: Ord, F: FnMut(&T) -> K>(
    v: &mut [T],
    index: usize,
    key: F,
) -> (&mut [T], &mut T, &mut [T]) {
    v.select_nth_unstable_by_key(index, key)
}

/// Stable sort by a key computed once per element (std's `slice::sort_by_cached_key`).
///
/// ```
/// let mut v = ["ccc", "a", "bb"];
/// sizespeed::fast::sort_by_cached_key(&mut v, |s| s.len());
/// assert_eq!(v, ["a", "bb", "ccc"]);
/// ```
#[inline]
pub fn sort_by_cached_key<T, K: Ord, F: FnMut(&T) -> K>(v: &mut [T], key: F) {
    v.sort_by_cached_key(key)
}

/// The index of the first element for which `pred` is false (std's
/// `slice::partition_point`).
///
/// ```
/// let v = [1, 2, 3, 5, 8];
/// assert_eq!(sizespeed::fast::partition_point(&v, |&x| x < 4), 3);
/// ```
#[inline]
pub fn partition_point<T, P: FnMut(&T) -> bool>(v: &[T], pred: P) -> usize {
    v.partition_point(pred)
}

/// Moves the first element of each run of consecutive elements for which
/// `same_bucket(later, earlier)` holds to the front, in order, and returns how many there
/// are; the rest of the slice holds the removed elements in unspecified order.
///
/// ```
/// let mut v = [1, 1, 2, 2, 1];
/// let n = sizespeed::fast::dedup_by(&mut v, |a, b| a == b);
/// assert_eq!(&v[..n], [1, 2, 1]);
/// ```
#[inline]
pub fn dedup_by<T, F: FnMut(&mut T, &mut T) -> bool>(v: &mut [T], mut same_bucket: F) -> usize {
    let len = v.len();
    if len <= 1 {
        return len;
    }
    let mut write = 1;
    for read in 1..len {
        let (kept, rest) = v.split_at_mut(read);
        if !same_bucket(&mut rest[0], &mut kept[write - 1]) {
            v.swap(read, write);
            write += 1;
        }
    }
    write
}

/// [`dedup_by`] with equality of a key.
#[inline]
pub fn dedup_by_key<T, K: PartialEq, F: FnMut(&mut T) -> K>(v: &mut [T], mut key: F) -> usize {
    dedup_by(v, |a, b| key(a) == key(b))
}

/// [`dedup_by`] with `==`.
#[inline]
pub fn dedup<T: PartialEq>(v: &mut [T]) -> usize {
    dedup_by(v, |a, b| a == b)
}

/// The fast end of the [`Sorter`](crate::Sorter) dial: std's slice algorithms,
/// monomorphized per element type. Its methods are the free functions of this module.
///
/// ```
/// use sizespeed::Sorter;
///
/// let mut v = [2, 3, 1];
/// sizespeed::fast::Sort::sort(&mut v);
/// assert_eq!(v, [1, 2, 3]);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Sort;

crate::traits::sorter_from_free_functions!(Sort);
