//! Sorting and searching with one copy of machine code for every element type.
//!
//! Each function here is a shim of a few instructions: it pairs a pointer to the
//! comparator (or key function, or search target) with a tiny erased function that casts
//! element pointers back to `&T` and calls it, then calls the non-generic core in
//! `raw::sort` with the element's size and alignment as arguments. Nothing is stored in
//! data per type: no table, no relocation. The algorithms themselves (merge sort,
//! pattern-defeating quicksort, introselect, binary search, dedup) are compiled once for
//! the whole program, for every element type and size.
//!
//! Every callback (comparator, key function, `Ord`, `PartialOrd`, dedup predicate) only
//! ever sees elements at their live location, never a discarded copy, and never one
//! element as both arguments; see the core's documentation.

use core::cmp::Ordering;
use core::marker::PhantomData;
use core::mem::size_of;

use crate::raw::sort::{self as core_sort, By, CmpFn, Compare, Elem};

// ---- erased comparators: the only per-type functions -----------------------------------

/// `compare(a, b) == Less`.
///
/// # Safety
/// `data` points to the `F`; `a` and `b` to initialized, aligned `T`s.
unsafe fn by_less<T, F: FnMut(&T, &T) -> Ordering>(
    data: *mut (),
    a: *const u8,
    b: *const u8,
) -> bool {
    // SAFETY: the caller's guarantee; the `F` is exclusively ours for the call.
    unsafe { ((*(data as *mut F))(&*(a as *const T), &*(b as *const T)) as i8) < 0 }
}

/// `key(a) < key(b)`.
///
/// # Safety
/// `data` points to the `F`; `a` and `b` to initialized, aligned `T`s.
unsafe fn key_less<T, K: Ord, F: FnMut(&T) -> K>(
    data: *mut (),
    a: *const u8,
    b: *const u8,
) -> bool {
    // SAFETY: the caller's guarantee; the `F` is exclusively ours for the call.
    unsafe {
        let f = &mut *(data as *mut F);
        f(&*(a as *const T)).lt(&f(&*(b as *const T)))
    }
}

/// `a <= b` by `PartialOrd`.
///
/// # Safety
/// `a` and `b` point to initialized, aligned `T`s.
unsafe fn partial_le<T: PartialOrd>(_: *mut (), a: *const u8, b: *const u8) -> bool {
    // SAFETY: the caller's guarantee.
    unsafe { (*(a as *const T)).le(&*(b as *const T)) }
}

/// `compare(a, b)`.
///
/// # Safety
/// `data` points to the `F`; `a` and `b` to initialized, aligned `T`s.
unsafe fn by_bool<T, F: FnMut(&T, &T) -> bool>(data: *mut (), a: *const u8, b: *const u8) -> bool {
    // SAFETY: the caller's guarantee; the `F` is exclusively ours for the call.
    unsafe { (*(data as *mut F))(&*(a as *const T), &*(b as *const T)) }
}

/// `key(a) <= key(b)`.
///
/// # Safety
/// `data` points to the `F`; `a` and `b` to initialized, aligned `T`s.
unsafe fn key_le<T, K: PartialOrd, F: FnMut(&T) -> K>(
    data: *mut (),
    a: *const u8,
    b: *const u8,
) -> bool {
    // SAFETY: the caller's guarantee; the `F` is exclusively ours for the call.
    unsafe {
        let f = &mut *(data as *mut F);
        f(&*(a as *const T)).le(&f(&*(b as *const T)))
    }
}

/// `f(e)`.
///
/// # Safety
/// `data` points to the `F`; `e` to an initialized, aligned `T`.
unsafe fn by_probe<T, F: FnMut(&T) -> Ordering>(data: *mut (), e: *const u8) -> Ordering {
    // SAFETY: the caller's guarantee; the `F` is exclusively ours for the call.
    unsafe { (*(data as *mut F))(&*(e as *const T)) }
}

/// `same_bucket(later, earlier)`.
///
/// # Safety
/// `data` points to the `F`; `a` and `b` to distinct initialized, aligned `T`s (or the
/// same zero-sized one) that nothing else borrows.
pub(crate) unsafe fn by_same<T, F: FnMut(&mut T, &mut T) -> bool>(
    data: *mut (),
    a: *mut u8,
    b: *mut u8,
) -> bool {
    // SAFETY: the caller's guarantee; the `F` is exclusively ours for the call.
    unsafe { (*(data as *mut F))(&mut *(a as *mut T), &mut *(b as *mut T)) }
}

/// The comparison a block comparator inlines: one implementation per comparator kind.
trait Less<T> {
    /// Whether `a` goes before `b`.
    ///
    /// # Safety
    /// `data` is the shim's data pointer (the comparator or key function, if any).
    unsafe fn less(data: *mut (), a: &T, b: &T) -> bool;
}

/// By `Ord`.
struct OrdLess;
impl<T: Ord> Less<T> for OrdLess {
    #[inline(always)]
    unsafe fn less(_: *mut (), a: &T, b: &T) -> bool {
        a.cmp(b) == Ordering::Less
    }
}

/// By a comparator `F`.
struct FnLess<F>(PhantomData<F>);
impl<T, F: FnMut(&T, &T) -> Ordering> Less<T> for FnLess<F> {
    #[inline(always)]
    unsafe fn less(data: *mut (), a: &T, b: &T) -> bool {
        // SAFETY: `data` points to the `F`, exclusively ours for the call.
        unsafe { (*(data as *mut F))(a, b) == Ordering::Less }
    }
}

/// By a key function `F`.
struct KeyLess<K, F>(PhantomData<(K, F)>);
impl<T, K: Ord, F: FnMut(&T) -> K> Less<T> for KeyLess<K, F> {
    #[inline(always)]
    unsafe fn less(data: *mut (), a: &T, b: &T) -> bool {
        // SAFETY: `data` points to the `F`, exclusively ours for the call.
        unsafe {
            let f = &mut *(data as *mut F);
            f(a) < f(b)
        }
    }
}

/// Block comparisons (see `raw::sort::ManyFn`): compares each of the `n <= 64` elements
/// at `e` with the pivot, with the comparison of `L` inlined in a loop, and returns the
/// answers as a bit mask, bit `i` for element `i`. The one function compiled per element
/// type and comparator besides the shims; it lets the core pay one indirect call per
/// block of a partition instead of one per element.
///
/// # Safety
/// `data` is the shim's; `e` points to `n <= 64` initialized, aligned `T`s at their live
/// location and `pivot` to another one.
#[allow(clippy::transmute_ptr_to_ref)]
unsafe fn many<T, L: Less<T>>(
    data: *mut (),
    e: *const u8,
    n: usize,
    pivot: *const u8,
    le: bool,
) -> u64 {
    let mut m = 0;
    let mut i = 0;
    // SAFETY: the caller's guarantee; `i < n`, so every pointer is one of the elements.
    unsafe {
        // `transmute` rather than `&*(p as *const T)`: the deref form compiles to null
        // and alignment checks in debug builds, instantiated per type.
        let pivot = core::mem::transmute::<*const u8, &T>(pivot);
        while i < n {
            let x = core::mem::transmute::<*const u8, &T>(e.add(i * size_of::<T>()));
            let (a, b) = if le { (pivot, x) } else { (x, pivot) };
            m |= ((L::less(data, a, b) != le) as u64) << i;
            i += 1;
        }
    }
    m
}

/// `<T as Ord>::cmp` with its `&T` parameters seen as element pointers, as constants
/// (associated constants rather than functions, so that nothing is instantiated per type
/// but `T::cmp` itself). The priority queue's sifting uses the same constant.
pub(crate) struct OrdOf<T>(PhantomData<T>);
impl<T: Ord> OrdOf<T> {
    /// `&T` and `*const u8` are ABI-compatible (both thin pointers), so calling through
    /// this pointer is calling `T::cmp`; the core's `CmpFn` contract hands it pointers to
    /// initialized, aligned `T`s that nothing mutates meanwhile. The pointer is
    /// materialized in code, not stored in data.
    // SAFETY: see above.
    pub(crate) const CMP: CmpFn =
        unsafe { core::mem::transmute::<fn(&T, &T) -> Ordering, CmpFn>(<T as Ord>::cmp) };
    /// Sorting `T` by `Ord`.
    const BY: Compare = Compare::Ord(Self::CMP);
}

/// The core's description of `T`, as a promoted constant.
pub(crate) struct ElemOf<T>(PhantomData<T>);
impl<T> ElemOf<T> {
    pub(crate) const ELEM: &'static Elem = &Elem::of::<T>();
}

/// How the core compares `T`s by `Ord`.
#[inline(always)]
pub(crate) fn by_ord<T: Ord>() -> By {
    By {
        data: core::ptr::null_mut(),
        cmp: OrdOf::<T>::BY,
        many: many::<T, OrdLess>,
    }
}

/// How the core compares `T`s by `compare`, which must outlive the core's call.
#[inline(always)]
pub(crate) fn by_fn<T, F: FnMut(&T, &T) -> Ordering>(compare: &mut F) -> By {
    By {
        data: compare as *mut F as *mut (),
        cmp: Compare::Less(by_less::<T, F>),
        many: many::<T, FnLess<F>>,
    }
}

/// How the core compares `T`s by the keys `key` computes; `key` must outlive the core's
/// call.
#[inline(always)]
pub(crate) fn by_key<T, K: Ord, F: FnMut(&T) -> K>(key: &mut F) -> By {
    By {
        data: key as *mut F as *mut (),
        cmp: Compare::Less(key_less::<T, K, F>),
        many: many::<T, KeyLess<K, F>>,
    }
}

// ---- sorting ---------------------------------------------------------------------------

/// Sorts `v` stably by `Ord`, with one copy of code for every element type.
///
/// A stable quicksort that partitions through a buffer, `O(n log n)` in the worst case (a
/// merge sort takes over when partitions go too deep); sorted and strictly reversed inputs
/// are recognised in one pass and take linear time. Allocates a scratch buffer of
/// `len + 1` elements (on the stack when it fits in 1 KiB). If `Ord` panics, `v` still
/// holds every element exactly once, in some order, with every change `Ord` made through
/// interior mutability; `Ord` only ever sees elements where they live, never a copy.
///
/// ```
/// let mut v = [5, 1, 4, 2, 3];
/// sizespeed::small::sort(&mut v);
/// assert_eq!(v, [1, 2, 3, 4, 5]);
/// ```
#[inline]
pub fn sort<T: Ord>(v: &mut [T]) {
    // SAFETY: `v` is `v.len()` initialized, exclusively borrowed `T`s; the `Ord` table
    // ignores the data pointer.
    unsafe {
        core_sort::sort_stable(
            v as *mut [T] as *mut u8,
            v.len(),
            ElemOf::<T>::ELEM,
            by_ord::<T>(),
        )
    }
}

/// Sorts `v` stably with a comparator. See [`sort`].
///
/// ```
/// let mut v = ["bb", "a", "ccc"];
/// sizespeed::small::sort_by(&mut v, |a, b| b.len().cmp(&a.len()));
/// assert_eq!(v, ["ccc", "bb", "a"]);
/// ```
#[inline]
pub fn sort_by<T, F: FnMut(&T, &T) -> Ordering>(v: &mut [T], mut compare: F) {
    // SAFETY: as in `sort`; the data pointer is the `F` that `by_less::<T, F>` expects,
    // alive for the whole call.
    unsafe {
        core_sort::sort_stable(
            v as *mut [T] as *mut u8,
            v.len(),
            ElemOf::<T>::ELEM,
            by_fn(&mut compare),
        )
    }
}

/// Sorts `v` stably by a key. The key is computed twice per comparison, as in std's
/// `sort_by_key`. See [`sort`].
///
/// ```
/// let mut v = [-3i32, 1, -2];
/// sizespeed::small::sort_by_key(&mut v, |x| x.abs());
/// assert_eq!(v, [1, -2, -3]);
/// ```
#[inline]
pub fn sort_by_key<T, K: Ord, F: FnMut(&T) -> K>(v: &mut [T], mut key: F) {
    // SAFETY: as in `sort_by`.
    unsafe {
        core_sort::sort_stable(
            v as *mut [T] as *mut u8,
            v.len(),
            ElemOf::<T>::ELEM,
            by_key(&mut key),
        )
    }
}

/// Sorts `v` by `Ord` without keeping equal elements in order, with one copy of code for
/// every element type.
///
/// Pattern-defeating quicksort: `O(n log n)` worst case (it falls back to heapsort on
/// inputs built to defeat its pivots), linear on sorted and reversed input, and it does
/// not allocate for elements of up to 1 KiB with alignment up to 16. Panics in `Ord`
/// leave `v` a permutation, as for [`sort`].
///
/// ```
/// let mut v = [3, 1, 2];
/// sizespeed::small::sort_unstable(&mut v);
/// assert_eq!(v, [1, 2, 3]);
/// ```
#[inline]
pub fn sort_unstable<T: Ord>(v: &mut [T]) {
    // SAFETY: as in `sort`.
    unsafe {
        core_sort::sort_unstable(
            v as *mut [T] as *mut u8,
            v.len(),
            ElemOf::<T>::ELEM,
            by_ord::<T>(),
        )
    }
}

/// Unstable sort with a comparator. See [`sort_unstable`].
///
/// ```
/// let mut v = [1, 3, 2];
/// sizespeed::small::sort_unstable_by(&mut v, |a, b| b.cmp(a));
/// assert_eq!(v, [3, 2, 1]);
/// ```
#[inline]
pub fn sort_unstable_by<T, F: FnMut(&T, &T) -> Ordering>(v: &mut [T], mut compare: F) {
    // SAFETY: as in `sort_by`.
    unsafe {
        core_sort::sort_unstable(
            v as *mut [T] as *mut u8,
            v.len(),
            ElemOf::<T>::ELEM,
            by_fn(&mut compare),
        )
    }
}

/// Unstable sort by a key. See [`sort_unstable`].
///
/// ```
/// let mut v = [(2, 'b'), (1, 'a')];
/// sizespeed::small::sort_unstable_by_key(&mut v, |p| p.0);
/// assert_eq!(v, [(1, 'a'), (2, 'b')]);
/// ```
#[inline]
pub fn sort_unstable_by_key<T, K: Ord, F: FnMut(&T) -> K>(v: &mut [T], mut key: F) {
    // SAFETY: as in `sort_by`.
    unsafe {
        core_sort::sort_unstable(
            v as *mut [T] as *mut u8,
            v.len(),
            ElemOf::<T>::ELEM,
            by_key(&mut key),
        )
    }
}

// ---- searching -------------------------------------------------------------------------

/// Binary search of a sorted slice, with one copy of code for every element type.
/// `Ok` holds the index of a matching element (any one, if several match); `Err` the index
/// where `x` could be inserted to keep the slice sorted.
///
/// ```
/// let v = [1, 3, 5];
/// assert_eq!(sizespeed::small::binary_search(&v, &3), Ok(1));
/// assert_eq!(sizespeed::small::binary_search(&v, &4), Err(2));
/// ```
#[inline]
pub fn binary_search<T: Ord>(v: &[T], x: &T) -> Result<usize, usize> {
    // SAFETY: `v` is `v.len()` initialized `T`s and `x` one more, all shared-borrowed;
    // `CMP` compares two `T`s.
    unsafe {
        core_sort::binary_search_cmp(
            v as *const [T] as *const u8,
            v.len(),
            size_of::<T>(),
            x as *const T as *const u8,
            OrdOf::<T>::CMP,
        )
    }
}

/// Binary search with a probe returning how an element compares to the target. See
/// [`binary_search`].
///
/// ```
/// let v = [1, 3, 5];
/// assert_eq!(sizespeed::small::binary_search_by(&v, |e| e.cmp(&5)), Ok(2));
/// ```
#[inline]
pub fn binary_search_by<T, F: FnMut(&T) -> Ordering>(v: &[T], mut f: F) -> Result<usize, usize> {
    // SAFETY: as in `binary_search`; the data pointer is the `F` `by_probe` expects.
    unsafe {
        core_sort::binary_search(
            v as *const [T] as *const u8,
            v.len(),
            const { size_of::<T>() },
            &mut f as *mut F as *mut (),
            by_probe::<T, F>,
        )
    }
}

/// Binary search by a key. See [`binary_search`].
///
/// ```
/// let v = [(1, 'a'), (4, 'b')];
/// assert_eq!(sizespeed::small::binary_search_by_key(&v, &4, |p| p.0), Ok(1));
/// ```
#[inline]
pub fn binary_search_by_key<T, B: Ord, F: FnMut(&T) -> B>(
    v: &[T],
    b: &B,
    mut f: F,
) -> Result<usize, usize> {
    binary_search_by(v, |e| f(e).cmp(b))
}

/// Whether `v` is sorted in non-descending order (by `<=`).
///
/// ```
/// assert!(sizespeed::small::is_sorted(&[1, 2, 2, 9]));
/// assert!(!sizespeed::small::is_sorted(&[2.0, f64::NAN]));
/// ```
#[inline]
pub fn is_sorted<T: PartialOrd>(v: &[T]) -> bool {
    // SAFETY: `v` is `v.len()` initialized `T`s; `partial_le::<T>` ignores its data.
    unsafe {
        core_sort::is_sorted(
            v as *const [T] as *const u8,
            v.len(),
            const { size_of::<T>() },
            core::ptr::null_mut(),
            partial_le::<T>,
        )
    }
}

/// Whether `compare(a, b)` holds for every consecutive pair `a, b`.
///
/// ```
/// assert!(sizespeed::small::is_sorted_by(&[3, 2, 1], |a, b| a >= b));
/// ```
#[inline]
pub fn is_sorted_by<T, F: FnMut(&T, &T) -> bool>(v: &[T], mut compare: F) -> bool {
    // SAFETY: as in `is_sorted`; the data pointer is the `F` `by_bool` expects.
    unsafe {
        core_sort::is_sorted(
            v as *const [T] as *const u8,
            v.len(),
            const { size_of::<T>() },
            &mut compare as *mut F as *mut (),
            by_bool::<T, F>,
        )
    }
}

/// Whether the keys are in non-descending order.
///
/// ```
/// assert!(sizespeed::small::is_sorted_by_key(&[-1i32, 2, -3], |x| x.abs()));
/// ```
#[inline]
pub fn is_sorted_by_key<T, K: PartialOrd, F: FnMut(&T) -> K>(v: &[T], mut key: F) -> bool {
    // SAFETY: as in `is_sorted_by`.
    unsafe {
        core_sort::is_sorted(
            v as *const [T] as *const u8,
            v.len(),
            const { size_of::<T>() },
            &mut key as *mut F as *mut (),
            key_le::<T, K, F>,
        )
    }
}

// ---- selection -------------------------------------------------------------------------

/// Reorders `v` so that `v[index]` is the element a full sort would put there, with no
/// greater element before it and no smaller one after it; returns the three parts.
/// `O(n)` on average, `O(n log n)` worst case.
///
/// # Panics
/// Panics if `index >= v.len()`.
///
/// ```
/// let mut v = [5, 1, 4, 2, 3];
/// let (_, median, _) = sizespeed::small::select_nth_unstable(&mut v, 2);
/// assert_eq!(*median, 3);
/// ```
#[inline]
pub fn select_nth_unstable<T: Ord>(v: &mut [T], index: usize) -> (&mut [T], &mut T, &mut [T]) {
    // SAFETY: as in `sort`.
    unsafe {
        core_sort::select_nth(
            v as *mut [T] as *mut u8,
            v.len(),
            index,
            ElemOf::<T>::ELEM,
            by_ord::<T>(),
        )
    };
    split_nth(v, index)
}

/// [`select_nth_unstable`] with a comparator.
///
/// # Panics
/// Panics if `index >= v.len()`.
///
/// ```
/// let mut v = [5, 1, 4, 2, 3];
/// let (_, x, _) = sizespeed::small::select_nth_unstable_by(&mut v, 0, |a, b| b.cmp(a));
/// assert_eq!(*x, 5);
/// ```
#[inline]
pub fn select_nth_unstable_by<T, F: FnMut(&T, &T) -> Ordering>(
    v: &mut [T],
    index: usize,
    mut compare: F,
) -> (&mut [T], &mut T, &mut [T]) {
    // SAFETY: as in `sort_by`.
    unsafe {
        core_sort::select_nth(
            v as *mut [T] as *mut u8,
            v.len(),
            index,
            ElemOf::<T>::ELEM,
            by_fn(&mut compare),
        )
    };
    split_nth(v, index)
}

/// [`select_nth_unstable`] by a key. The key is computed twice per comparison, as in
/// std's `select_nth_unstable_by_key`.
///
/// # Panics
/// Panics if `index >= v.len()`.
///
/// ```
/// let mut v = [-5i32, 4, 1, -3, 2];
/// let (_, x, _) = sizespeed::small::select_nth_unstable_by_key(&mut v, 0, |x| x.abs());
/// assert_eq!(*x, 1);
/// ```
#[inline]
pub fn select_nth_unstable_by_key<T, K: Ord, F: FnMut(&T) -> K>(
    v: &mut [T],
    index: usize,
    mut key: F,
) -> (&mut [T], &mut T, &mut [T]) {
    // SAFETY: as in `select_nth_unstable_by`.
    unsafe {
        core_sort::select_nth(
            v as *mut [T] as *mut u8,
            v.len(),
            index,
            ElemOf::<T>::ELEM,
            by_key(&mut key),
        )
    };
    split_nth(v, index)
}

/// Sorts `v` stably by a key that is computed once per element, as std's
/// `sort_by_cached_key` does: the keys and the elements' indices are sorted together
/// (with [`sort_unstable`], which is stable here as the indices break ties), then the
/// elements are moved into place by following the permutation's cycles. Allocates the
/// `(key, index)` pairs. Worth it when the key function is expensive.
///
/// ```
/// let mut v = ["ccc", "a", "bb"];
/// sizespeed::small::sort_by_cached_key(&mut v, |s| s.len());
/// assert_eq!(v, ["a", "bb", "ccc"]);
/// ```
pub fn sort_by_cached_key<T, K: Ord, F: FnMut(&T) -> K>(v: &mut [T], key: F) {
    cached_key_with(v, key, sort_unstable)
}

/// `sort_by_cached_key`'s body, sorting the `(key, index)` pairs with `sort_pairs`.
#[inline(always)]
pub(crate) fn cached_key_with<T, K: Ord, F: FnMut(&T) -> K>(
    v: &mut [T],
    mut key: F,
    sort_pairs: fn(&mut [(K, usize)]),
) {
    if v.len() < 2 {
        return;
    }
    let mut keyed: alloc::vec::Vec<(K, usize)> =
        v.iter().enumerate().map(|(i, x)| (key(x), i)).collect();
    sort_pairs(&mut keyed);
    // `keyed[i].1` names the element that belongs at `i`. Elements before `i` are final;
    // an index below `i` was moved away by an earlier swap, to the place its own entry
    // names, so follow those entries until the element is found.
    for i in 0..v.len() {
        let mut from = keyed[i].1;
        while from < i {
            from = keyed[from].1;
        }
        keyed[i].1 = from;
        v.swap(i, from);
    }
}

/// The index of the first element for which `pred` is false, in a slice where `pred`
/// holds for a prefix and fails for the rest (std's `partition_point`), by binary search.
///
/// ```
/// let v = [1, 2, 3, 5, 8];
/// assert_eq!(sizespeed::small::partition_point(&v, |&x| x < 4), 3);
/// ```
#[inline]
pub fn partition_point<T, P: FnMut(&T) -> bool>(v: &[T], mut pred: P) -> usize {
    match binary_search_by(v, |x| {
        if pred(x) {
            Ordering::Less
        } else {
            Ordering::Greater
        }
    }) {
        Ok(i) | Err(i) => i,
    }
}

/// Splits `v` around `index < v.len()`.
#[inline]
pub(crate) fn split_nth<T>(v: &mut [T], index: usize) -> (&mut [T], &mut T, &mut [T]) {
    let (left, rest) = v.split_at_mut(index);
    let (nth, right) = rest.split_at_mut(1);
    (left, &mut nth[0], right)
}

// ---- dedup -----------------------------------------------------------------------------

/// Moves the first element of each run of consecutive elements for which
/// `same_bucket(later, earlier)` holds to the front, in order, and returns how many there
/// are; the rest of the slice holds the removed elements in unspecified order.
/// `Vec::dedup_by` is this followed by `truncate`.
///
/// ```
/// let mut v = [1, 1, 2, 3, 3, 3, 1];
/// let n = sizespeed::small::dedup_by(&mut v, |a, b| a == b);
/// assert_eq!(&v[..n], [1, 2, 3, 1]);
/// ```
#[inline]
pub fn dedup_by<T, F: FnMut(&mut T, &mut T) -> bool>(v: &mut [T], mut same_bucket: F) -> usize {
    // SAFETY: `v` is `v.len()` initialized, exclusively borrowed `T`s; the data pointer
    // is the `F` `by_same` expects.
    unsafe {
        core_sort::dedup(
            v as *mut [T] as *mut u8,
            v.len(),
            const { size_of::<T>() },
            &mut same_bucket as *mut F as *mut (),
            by_same::<T, F>,
        )
    }
}

/// [`dedup_by`] with equality of a key.
///
/// ```
/// let mut v = [10, 11, 20, 21];
/// let n = sizespeed::small::dedup_by_key(&mut v, |x| *x / 10);
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
/// let n = sizespeed::small::dedup(&mut v);
/// assert_eq!(&v[..n], ["a", "b"]);
/// ```
#[inline]
pub fn dedup<T: PartialEq>(v: &mut [T]) -> usize {
    dedup_by(v, |a, b| a == b)
}

/// The small end of the [`Sorter`](crate::Sorter) dial: one copy of sorting and searching
/// code for every element type. Its methods are the free functions of this module.
///
/// ```
/// use sizespeed::Sorter;
///
/// fn sorted<S: Sorter>(mut v: Vec<u32>) -> Vec<u32> {
///     S::sort_unstable(&mut v);
///     v
/// }
/// assert_eq!(sorted::<sizespeed::small::Sort>(vec![3, 1, 2]), [1, 2, 3]);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Sort;

crate::traits::sorter_from_free_functions!(Sort);
