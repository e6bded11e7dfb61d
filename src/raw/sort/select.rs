//! Selection, binary search, `is_sorted` and dedup.

use core::cmp::Ordering;

use super::leaf::leaf_sort;
use super::moves::{Dyn, Shape};
use super::quick::{choose_pivot, heapsort, partition};
use super::{Ctx, LessFn, ProbeFn, SameFn};

#[cold]
#[inline(never)]
pub(super) fn out_of_bounds(index: usize, len: usize) -> ! {
    panic!("partition_at_index index {index} greater than length of slice {len}")
}

/// Introselect: partitions around a pivot and goes on in the side that holds `index`,
/// like the quicksort, until the range is short enough for a leaf sort; after about
/// `2 log2(len)` unbalanced steps the range is heapsorted. The same partition and the same
/// split-off of elements equal to an enclosing pivot as the quicksort.
///
/// # Safety
/// `v` points to `len` initialized, exclusively borrowed elements; `index < len`.
pub(super) unsafe fn select<S: Shape>(
    c: &Ctx<S>,
    mut v: *mut u8,
    mut len: usize,
    mut index: usize,
) {
    let mut ancestor: Option<*const u8> = None;
    let mut limit = 2 * (usize::BITS - len.leading_zeros());
    // SAFETY: `index < len` holds at every step: each step either returns or keeps the
    // side that holds `index`; all ranges lie within the caller's.
    unsafe {
        loop {
            if len <= c.leaf_len() {
                leaf_sort(c, v, len);
                return;
            }
            if limit == 0 {
                heapsort(c, v, len);
                return;
            }
            limit -= 1;
            let pivot = choose_pivot(c, v, len);
            if let Some(a) = ancestor {
                if !c.lt(a, c.at(v, pivot)) {
                    let mid = partition(c, v, len, pivot, true);
                    if index <= mid {
                        // Every element up to `mid` equals the pivot.
                        return;
                    }
                    v = c.at(v, mid + 1);
                    len -= mid + 1;
                    index -= mid + 1;
                    continue;
                }
            }
            let mid = partition(c, v, len, pivot, false);
            match index.cmp(&mid) {
                Ordering::Equal => return,
                Ordering::Less => len = mid,
                Ordering::Greater => {
                    ancestor = Some(c.at(v, mid));
                    v = c.at(v, mid + 1);
                    len -= mid + 1;
                    index -= mid + 1;
                }
            }
        }
    }
}

/// Binary search of the `len` elements at `v`, each `size` bytes, by `probe(data, e)`
/// comparing an element to the target. `Err` holds the insertion point.
///
/// # Safety
/// `v` points to `len` initialized elements of the shim's type, `size` bytes apart;
/// `data` and `probe` are paired by the shim.
#[inline(never)]
pub(crate) unsafe fn binary_search(
    v: *const u8,
    len: usize,
    size: usize,
    data: *mut (),
    probe: ProbeFn,
) -> Result<usize, usize> {
    // SAFETY: `search` only passes indices below `len`; the caller's guarantee.
    search(len, |i| unsafe { probe(data, v.add(i * size)) })
}

/// Binary search for the element at `x` by `cmp(e, x)`; see [`binary_search`].
///
/// # Safety
/// `v` points to `len` initialized elements of the shim's type, `size` bytes apart, and
/// `x` to one more; nothing mutates them during the call.
#[inline(never)]
pub(crate) unsafe fn binary_search_cmp(
    v: *const u8,
    len: usize,
    size: usize,
    x: *const u8,
    cmp: super::CmpFn,
) -> Result<usize, usize> {
    // SAFETY: `search` only passes indices below `len`; the caller's guarantee.
    search(len, |i| unsafe { cmp(v.add(i * size), x) })
}

/// The binary search loop over indices `0..len`, with `probe(i)` comparing element `i`
/// to the target. Only ever calls `probe` with `i < len`.
#[inline(always)]
fn search(len: usize, mut probe: impl FnMut(usize) -> Ordering) -> Result<usize, usize> {
    if len == 0 {
        return Err(0);
    }
    let mut base = 0;
    let mut rem = len;
    // `base + half < base + rem <= len`, and `base < len`.
    while rem > 1 {
        let half = rem / 2;
        let mid = base + half;
        base = if probe(mid) == Ordering::Greater {
            base
        } else {
            mid
        };
        rem -= half;
    }
    match probe(base) {
        Ordering::Equal => Ok(base),
        Ordering::Less => Err(base + 1),
        Ordering::Greater => Err(base),
    }
}

/// Whether `ordered(a, b)` holds for every consecutive pair.
///
/// # Safety
/// As for [`binary_search`], with `ordered` paired with `data`.
#[inline(never)]
pub(crate) unsafe fn is_sorted(
    v: *const u8,
    len: usize,
    size: usize,
    data: *mut (),
    ordered: LessFn,
) -> bool {
    let mut i = 1;
    while i < len {
        // SAFETY: `i - 1 < i < len`.
        if !unsafe { ordered(data, v.add((i - 1) * size), v.add(i * size)) } {
            return false;
        }
        i += 1;
    }
    true
}

/// Moves the first element of each run of `same` elements to the front, in order, and
/// returns how many there are. Moves are swaps, so the slice is always a permutation;
/// `same(later, earlier)` sees two distinct elements in place. small's entry point.
///
/// # Safety
/// As for [`binary_search`], with `v` exclusively borrowed and `same` paired with `data`.
#[inline(never)]
pub(crate) unsafe fn dedup(
    v: *mut u8,
    len: usize,
    size: usize,
    data: *mut (),
    same: SameFn,
) -> usize {
    // SAFETY: the caller's guarantee.
    unsafe { dedup_in(v, len, Dyn(size), data, same) }
}

/// [`dedup`] for elements of one fixed shape: medium's entry point.
///
/// # Safety
/// As for [`dedup`]; `shape` describes the elements' size and alignment.
#[inline(never)]
pub(crate) unsafe fn dedup_shaped<S: Shape>(
    v: *mut u8,
    len: usize,
    shape: S,
    data: *mut (),
    same: SameFn,
) -> usize {
    // SAFETY: the caller's guarantee.
    unsafe { dedup_in(v, len, shape, data, same) }
}

/// The body of the dedup entry points.
///
/// # Safety
/// As for [`dedup_shaped`]; a [`Dyn`] shape may have size 0.
#[inline(always)]
unsafe fn dedup_in<S: Shape>(
    v: *mut u8,
    len: usize,
    shape: S,
    data: *mut (),
    same: SameFn,
) -> usize {
    let size = shape.size();
    if len <= 1 || size == 0 {
        // Zero-sized elements: see `dedup_zst`.
        return if size == 0 {
            dedup_zst(v, len, data, same)
        } else {
            len
        };
    }
    let mut write = 1;
    let mut read = 1;
    // SAFETY: `write - 1 < write <= read < len`: the compared elements are distinct.
    unsafe {
        while read < len {
            let r = v.add(read * size);
            if !same(data, r, v.add((write - 1) * size)) {
                if write != read {
                    shape.swap(r, v.add(write * size));
                }
                write += 1;
            }
            read += 1;
        }
    }
    write
}

/// Dedup of zero-sized elements: they all share one address, so the predicate is called
/// as std calls it, once per later element, and the count of kept elements returned.
fn dedup_zst(v: *mut u8, len: usize, data: *mut (), same: SameFn) -> usize {
    let mut write = usize::from(len > 0);
    let mut read = 1;
    while read < len {
        // SAFETY: zero-sized elements need no memory; `v` is dangling but aligned.
        if !unsafe { same(data, v, v) } {
            write += 1;
        }
        read += 1;
    }
    write
}
