//! Sorting and searching with one copy of machine code for every element type.
//!
//! Each function here is a shim of a few instructions: it pairs a pointer to the
//! comparator (or key function, or search target) with a tiny erased function that casts
//! element pointers back to `&T` and calls it, then calls the non-generic core in
//! `raw::sort`. The algorithms themselves (stable quicksort, pattern-defeating quicksort,
//! introselect, binary search, dedup) are compiled once for the whole program.

use core::cmp::Ordering;
use core::marker::PhantomData;
use core::mem::{align_of, needs_drop, size_of};

use crate::raw::sort::{self as core_sort, CmpFn, Compare, ManyFn, Net, Table, SWAP_NET_BYTES};

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
unsafe fn by_same<T, F: FnMut(&mut T, &mut T) -> bool>(
    data: *mut (),
    a: *mut u8,
    b: *mut u8,
) -> bool {
    // SAFETY: the caller's guarantee; the `F` is exclusively ours for the call.
    unsafe { (*(data as *mut F))(&mut *(a as *mut T), &mut *(b as *mut T)) }
}

/// Block comparisons by `Ord` (see `raw::sort::ManyFn`), the one function instantiated
/// per type for sorting by `Ord`; `<`, that is `T::cmp(..) == Less`, is inlined in its
/// loop, which compiles to a compare and a shift-and-add per element, without a branch;
/// the answers are shifted into a register from the bottom, first answer highest.
///
/// Called through [`ByOrd::TABLE`] as a `ManyFn`: `&T` and `*const u8` are passed alike.
///
/// # Safety
/// `e` points to `n <= 64` initialized, aligned `T`s; nothing mutates them or the pivot
/// during the call.
// `transmute` rather than `&*(e as *const T)`: the deref form compiles to null and
// alignment checks in debug builds, instantiated per type.
#[allow(clippy::transmute_ptr_to_ref)]
#[inline(never)]
unsafe fn ord_many<T: Ord>(_: *mut (), e: *const u8, n: usize, pivot: &T) -> u64 {
    let mut m = 0;
    let mut i = 0;
    // SAFETY: the caller's guarantee; `i < n`, so `e` stays within the elements.
    unsafe {
        while i < n {
            let x: &T = core::mem::transmute(e.add(i * ByOrd::<T>::SIZE));
            m = m << 1 | (x.cmp(pivot) == Ordering::Less) as u64;
            i += 1;
        }
    }
    m
}

/// Block comparisons by a comparator; see [`ord_many`].
///
/// # Safety
/// As for [`ord_many`]; `data` points to the `F`.
#[inline(never)]
unsafe fn by_many<T, F: FnMut(&T, &T) -> Ordering>(
    data: *mut (),
    e: *const u8,
    n: usize,
    pivot: &T,
) -> u64 {
    let mut m = 0;
    let mut i = 0;
    // SAFETY: the caller's guarantee; `i < n`; the `F` is exclusively ours.
    unsafe {
        let f = &mut *(data as *mut F);
        while i < n {
            let x = &*(e.add(i * const { size_of::<T>() }) as *const T);
            m = m << 1 | (f(x, pivot) == Ordering::Less) as u64;
            i += 1;
        }
    }
    m
}

/// Block comparisons by a key; the pivot's key is computed once. See [`ord_many`].
///
/// # Safety
/// As for [`ord_many`]; `data` points to the `F`.
#[inline(never)]
unsafe fn key_many<T, K: Ord, F: FnMut(&T) -> K>(
    data: *mut (),
    e: *const u8,
    n: usize,
    pivot: &T,
) -> u64 {
    let mut m = 0;
    let mut i = 0;
    // SAFETY: the caller's guarantee; `i < n`; the `F` is exclusively ours.
    unsafe {
        let f = &mut *(data as *mut F);
        let kp = f(pivot);
        while i < n {
            let k = f(&*(e.add(i * const { size_of::<T>() }) as *const T));
            m = m << 1 | (k < kp) as u64;
            i += 1;
        }
    }
    m
}

/// A block comparator whose pivot parameter is typed: taking it as `&T` tells the
/// compiler that nothing writes the pivot during the call, so the comparison loop keeps
/// it in registers.
type TypedMany<T> = unsafe fn(*mut (), *const u8, usize, &T) -> u64;

/// Erases a [`TypedMany`] to the core's [`ManyFn`].
///
/// # Safety
/// `f` must have `ManyFn`'s contract with its pivot read as a `&T`. `&T` and `*const u8`
/// are ABI-compatible (both thin pointers), and the core passes the pivot as a pointer to
/// an initialized, aligned `T` that nothing mutates during the call, which is what a
/// `&T` parameter requires; so calling `f` through the returned pointer is defined.
const unsafe fn many_fn<T>(f: TypedMany<T>) -> ManyFn {
    // SAFETY: the ABI argument above; the caller vouches for the contract.
    unsafe { core::mem::transmute::<TypedMany<T>, ManyFn>(f) }
}

/// The comparison a sorting network's loop inlines, one implementation per comparator
/// kind of the three tables.
trait NetLess<T> {
    /// Whether `a` goes before `b`.
    ///
    /// # Safety
    /// `data` is the table's data pointer (the comparator or key function, if any).
    unsafe fn less(data: *mut (), a: &T, b: &T) -> bool;
}

/// By `Ord`.
struct OrdNet;
impl<T: Ord> NetLess<T> for OrdNet {
    #[inline(always)]
    unsafe fn less(_: *mut (), a: &T, b: &T) -> bool {
        a.cmp(b) == Ordering::Less
    }
}

/// By a comparator `F`.
struct FnNet<F>(PhantomData<F>);
impl<T, F: FnMut(&T, &T) -> Ordering> NetLess<T> for FnNet<F> {
    #[inline(always)]
    unsafe fn less(data: *mut (), a: &T, b: &T) -> bool {
        // SAFETY: `data` points to the `F`, exclusively ours for the call.
        unsafe { (*(data as *mut F))(a, b) == Ordering::Less }
    }
}

/// By a key function `F`.
struct KeyNet<K, F>(PhantomData<(K, F)>);
impl<T, K: Ord, F: FnMut(&T) -> K> NetLess<T> for KeyNet<K, F> {
    #[inline(always)]
    unsafe fn less(data: *mut (), a: &T, b: &T) -> bool {
        // SAFETY: `data` points to the `F`, exclusively ours for the call.
        unsafe {
            let f = &mut *(data as *mut F);
            f(a) < f(b)
        }
    }
}

/// Compare-exchanges along a sorting network by moving the elements (see
/// `raw::sort::SwapNetFn`): each exchange is a comparison by `L`, inlined, and a
/// branchless swap. The slot arithmetic and the swap are the core's shared helpers, so
/// that this loop and `L::less` are all that is compiled per type.
///
/// # Safety
/// `data` is the table's; `e` points to initialized, aligned `T`s of at most
/// `SWAP_NET_BYTES` bytes that every index in the `count` pairs at `pairs` is within;
/// the two indices of a pair differ.
unsafe fn swap_net<T, L: NetLess<T>>(
    data: *mut (),
    e: *mut u8,
    pairs: *const [u8; 2],
    count: usize,
) {
    let mut k = 0;
    while k < count {
        // SAFETY: the caller's guarantee. `less` returns before anything moves, and the
        // exchange moves both elements, so every element stays in exactly one slot even
        // if it panics.
        unsafe {
            let (a, b) = core_sort::net_slots(e, pairs, k, const { size_of::<T>() });
            let swap = L::less(data, as_ref(b), as_ref(a));
            core_sort::exchange(a, b, swap, const { size_of::<T>() });
        }
        k += 1;
    }
}

/// Compare-exchanges along a sorting network on an index array (see
/// `raw::sort::IndexNetFn`), with `L` inlined; the elements do not move.
///
/// # Safety
/// `data` is the table's; `e` points to initialized, aligned `T`s that every index in
/// the `count` pairs at `pairs`, and every entry of `perm`, is within; `perm` is
/// writable at those indices.
unsafe fn index_net<T, L: NetLess<T>>(
    data: *mut (),
    e: *const u8,
    pairs: *const [u8; 2],
    count: usize,
    perm: *mut u8,
) {
    let mut k = 0;
    while k < count {
        // SAFETY: the caller's guarantee.
        unsafe {
            let (p, [a, b]) = core_sort::index_slots(e, perm, pairs, k, const { size_of::<T>() });
            let swap = L::less(data, as_ref(b), as_ref(a));
            core_sort::index_exchange(p, swap);
        }
        k += 1;
    }
}

/// The `T` at `p`.
///
/// # Safety
/// `p` points to an initialized, aligned `T` that lives as long as the caller uses the
/// reference, and that nothing mutates meanwhile.
// `transmute` rather than `&*(p as *const T)`: the deref form compiles to null and
// alignment checks in debug builds, instantiated per type.
#[inline(always)]
#[allow(clippy::transmute_ptr_to_ref)]
unsafe fn as_ref<'a, T>(p: *const u8) -> &'a T {
    // SAFETY: the caller's guarantee.
    unsafe { core::mem::transmute::<*const u8, &T>(p) }
}

/// `Some(net)` if `T` is plain data whose short runs are sorted by rank or network (see
/// `Table::plain`), else `None`. Evaluated in the table constants, so for other types
/// the function is never referenced and never compiled. Picks [`Net::Swap`] for
/// elements of up to `SWAP_NET_BYTES`, [`Net::Index`] for larger ones; only the one
/// picked is compiled.
const fn net_if_plain<T, L: NetLess<T>>() -> Option<Net> {
    if !Table::plain(size_of::<T>(), align_of::<T>(), needs_drop::<T>()) {
        None
    } else if size_of::<T>() <= SWAP_NET_BYTES {
        Some(Net::Swap(swap_net::<T, L>))
    } else {
        Some(Net::Index(index_net::<T, L>))
    }
}

/// The core's table for sorting `T` by `Ord`.
struct ByOrd<T>(PhantomData<T>);
impl<T: Ord> ByOrd<T> {
    const SIZE: usize = size_of::<T>();
    /// `<T as Ord>::cmp` with its `&T` parameters seen as element pointers.
    // SAFETY: `&T` and `*const u8` are ABI-compatible (both thin pointers), so calling
    // through this type is calling `T::cmp`; the core's `CmpFn` contract hands it
    // pointers to initialized, aligned `T`s that nothing mutates meanwhile.
    const CMP: CmpFn =
        unsafe { core::mem::transmute::<fn(&T, &T) -> Ordering, CmpFn>(<T as Ord>::cmp) };
    const TABLE: &'static Table = &Table {
        size: Self::SIZE,
        align: align_of::<T>(),
        cmp: Compare::Ord(Self::CMP),
        // SAFETY: `ord_many` has `TypedMany<T>`'s contract.
        many: unsafe { many_fn::<T>(ord_many::<T>) },
        net: net_if_plain::<T, OrdNet>(),
    };
}

/// The core's table for sorting `T` with a comparator `F`.
struct ByFn<T, F>(PhantomData<(*const T, F)>);
impl<T, F: FnMut(&T, &T) -> Ordering> ByFn<T, F> {
    const TABLE: &'static Table = &Table {
        size: size_of::<T>(),
        align: align_of::<T>(),
        cmp: Compare::Less(by_less::<T, F>),
        // SAFETY: as for `ByOrd::TABLE`.
        many: unsafe { many_fn::<T>(by_many::<T, F>) },
        net: net_if_plain::<T, FnNet<F>>(),
    };
}

/// The core's table for sorting `T` by a key function `F`.
struct ByKey<T, K, F>(PhantomData<(*const T, K, F)>);
impl<T, K: Ord, F: FnMut(&T) -> K> ByKey<T, K, F> {
    const TABLE: &'static Table = &Table {
        size: size_of::<T>(),
        align: align_of::<T>(),
        cmp: Compare::Less(key_less::<T, K, F>),
        // SAFETY: as for `ByOrd::TABLE`.
        many: unsafe { many_fn::<T>(key_many::<T, K, F>) },
        net: net_if_plain::<T, KeyNet<K, F>>(),
    };
}

// ---- sorting ---------------------------------------------------------------------------

/// Sorts `v` stably by `Ord`, with one copy of code for every element type.
///
/// A stable quicksort, `O(n log n)` in the worst case (a natural merge sort takes over
/// when partitions go too deep); sorted and strictly reversed inputs are recognised in one
/// pass and take linear time. Allocates a scratch buffer of a little over `len` elements
/// (on the stack for small slices). If `Ord` panics, `v` still holds every element
/// exactly once, in some order.
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
            core::ptr::null_mut(),
            ByOrd::<T>::TABLE,
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
            &mut compare as *mut F as *mut (),
            ByFn::<T, F>::TABLE,
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
            &mut key as *mut F as *mut (),
            ByKey::<T, K, F>::TABLE,
        )
    }
}

/// Sorts `v` by `Ord` without keeping equal elements in order, with one copy of code for
/// every element type.
///
/// Pattern-defeating quicksort: `O(n log n)` worst case (it falls back to heapsort on
/// inputs built to defeat its pivots), linear on sorted and reversed input, and it does
/// not allocate for elements of up to 4 KiB with alignment up to 16.
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
            core::ptr::null_mut(),
            ByOrd::<T>::TABLE,
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
            &mut compare as *mut F as *mut (),
            ByFn::<T, F>::TABLE,
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
            &mut key as *mut F as *mut (),
            ByKey::<T, K, F>::TABLE,
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
            ByOrd::<T>::SIZE,
            x as *const T as *const u8,
            ByOrd::<T>::CMP,
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
#[track_caller]
pub fn select_nth_unstable<T: Ord>(v: &mut [T], index: usize) -> (&mut [T], &mut T, &mut [T]) {
    // SAFETY: as in `sort`.
    unsafe {
        core_sort::select_nth(
            v as *mut [T] as *mut u8,
            v.len(),
            index,
            core::ptr::null_mut(),
            ByOrd::<T>::TABLE,
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
#[track_caller]
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
            &mut compare as *mut F as *mut (),
            ByFn::<T, F>::TABLE,
        )
    };
    split_nth(v, index)
}

/// Splits `v` around `index < v.len()`.
#[inline]
fn split_nth<T>(v: &mut [T], index: usize) -> (&mut [T], &mut T, &mut [T]) {
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
