//! The unstable sort: a pattern-defeating quicksort.
//!
//! - A slice that is already one run (non-descending, or strictly descending) is
//!   recognised in one pass.
//! - Pivots are the median of three elements, or for long ranges the recursive median of
//!   three medians of three, taken in place.
//! - The partition is a branchless cyclic Lomuto scheme: one pass, two element copies per
//!   element, and the comparator's answer is used as a number, not a branch.
//! - When the pivot is not greater than the pivot of an enclosing partition (which lies
//!   left of the range and is not greater than any of it), the range holds many copies
//!   of it: the elements equal to it are split off in one pass and not sorted again.
//! - Ranges of up to [`MAX_INSERTION`] elements are insertion-sorted.
//! - After about `2 log2(len)` partitions along one path the range is heapsorted, so no
//!   input is quadratic: `O(n log n)` comparisons in the worst case.

use super::leaf::{insertion_sort, leading_run, reverse};
use super::moves::{copy, swap, Gap};
use super::{Ctx, MAX_INSERTION};

/// Sorts the `len >= 2` elements at `v`.
///
/// # Safety
/// `v` points to `len` initialized, exclusively borrowed elements, disjoint from `c.tmp`.
pub(super) unsafe fn sort(c: &Ctx, v: *mut u8, len: usize) {
    // SAFETY: the caller's guarantee.
    unsafe {
        let (run, descending) = leading_run(c, v, len);
        if run == len {
            if descending {
                reverse(c, v, len);
            }
            return;
        }
        let limit = 2 * (usize::BITS - len.leading_zeros());
        quicksort(c, v, len, None, limit);
    }
}

/// Sorts the `len` elements at `v`. `ancestor`, if any, is an element left of the range
/// that no element of the range is less than.
///
/// # Safety
/// As for [`sort`], with any `len`; `ancestor` is a live element outside the range.
unsafe fn quicksort(
    c: &Ctx,
    mut v: *mut u8,
    mut len: usize,
    mut ancestor: Option<*const u8>,
    mut limit: u32,
) {
    loop {
        if len <= MAX_INSERTION {
            if len >= 2 {
                // SAFETY: the caller's guarantee.
                unsafe { insertion_sort(c, v, len, 1) };
            }
            return;
        }
        if limit == 0 {
            // SAFETY: the caller's guarantee.
            unsafe { heapsort(c, v, len) };
            return;
        }
        limit -= 1;
        // SAFETY: `len > MAX_INSERTION`; the pivot index is below `len`; the ancestor lies
        // outside the range, so it and the pivot are distinct.
        unsafe {
            let pivot = choose_pivot(c, v, len);
            if let Some(a) = ancestor {
                if !c.lt(a, c.at(v, pivot)) {
                    // The pivot equals the ancestor: so do all elements not greater than
                    // it. Split them off and go on with the greater ones.
                    let mid = partition(c, v, len, pivot, true);
                    v = c.at(v, mid + 1);
                    len -= mid + 1;
                    continue;
                }
            }
            let mid = partition(c, v, len, pivot, false);
            let (left_len, right) = (mid, c.at(v, mid + 1));
            quicksort(c, v, left_len, ancestor, limit);
            ancestor = Some(c.at(v, mid));
            v = right;
            len -= mid + 1;
        }
    }
}

/// Partitions the `len >= 2` elements at `v` around element `pivot`: afterwards the pivot
/// is at the returned index `mid`, the elements before it are less than it (or, if `le`,
/// not greater), and the elements after it are not less (greater).
///
/// # Safety
/// `v` points to `len` initialized elements; `pivot < len`.
pub(super) unsafe fn partition(c: &Ctx, v: *mut u8, len: usize, pivot: usize, le: bool) -> usize {
    // SAFETY: `pivot < len`; the pivot goes to slot 0 and stays there while the other
    // `len - 1` elements are partitioned, so it is never compared with itself; then it is
    // swapped to the boundary, both slots within the slice.
    unsafe {
        if pivot != 0 {
            swap(v, c.at(v, pivot), c.size);
        }
        let mid = lomuto(c, c.at(v, 1), len - 1, v, le);
        if mid != 0 {
            swap(v, c.at(v, mid), c.size);
        }
        mid
    }
}

/// The cyclic branchless Lomuto partition of the `n >= 1` elements at `r` against the
/// element at `pivot`: moves the elements less than the pivot (if `le`: not greater) to
/// the front and returns how many there are.
///
/// The first element is held in `c.tmp`, which leaves a gap. For each following element,
/// the comparison happens first, in place; then the first element of the "not less"
/// group moves into the gap, the element into that group's first slot, and the gap to
/// where the element was; the count grows by the answer. Last, the held element is
/// compared where it is held and goes into the slot the count names.
///
/// # Safety
/// `r` points to `n` initialized elements; `pivot` to a live element outside them;
/// `c.tmp` is disjoint from both.
unsafe fn lomuto(c: &Ctx, r: *mut u8, n: usize, pivot: *const u8, le: bool) -> usize {
    let size = c.size;
    // Whether `e` goes to the front: `e < pivot`, or for `le`, `!(pivot < e)`.
    // SAFETY (of the calls): `e` is a live element (in place, or the held one) and
    // distinct from the pivot, which is outside the range and not `tmp`.
    let front = |e: *const u8| {
        let (a, b) = if le { (pivot, e) } else { (e, pivot) };
        // SAFETY: see above.
        unsafe { c.lt(a, b) != le }
    };
    // SAFETY: the invariant, at each comparison: the `lt` elements at `r[..lt]` go to the
    // front, the elements at `r[lt..gap]` do not, `gap` is `r[i - 1]` whose bytes are a
    // stale duplicate, and the held element is in `tmp`, which the guard copies into the
    // gap if the comparator panics. Every element is in the slice once, or in `tmp`.
    // All slots are below `n`.
    unsafe {
        copy(r, c.tmp, size);
        let mut gap = Gap {
            src: c.tmp,
            dst: r,
            size,
        };
        let mut lt = 0;
        let mut i = 1;
        while i < n {
            let e = c.at(r, i);
            let goes_front = front(e);
            let first = c.at(r, lt);
            // `first` may be the gap itself (when every element so far goes to the
            // front), where `copy` copies a slot onto itself.
            copy(first, gap.dst, size);
            copy(e, first, size);
            gap.dst = e;
            lt += goes_front as usize;
            i += 1;
        }
        let goes_front = front(c.tmp);
        let first = c.at(r, lt);
        copy(first, gap.dst, size);
        gap.dst = first;
        // Dropping the guard copies the held element into `first`.
        drop(gap);
        lt + goes_front as usize
    }
}

/// The index of a pivot for the `len > MAX_INSERTION` elements at `v`: the median of the
/// elements at 1/8, 4/8 and 7/8 of the range, or for long ranges the recursive median of
/// three medians, all compared in place.
///
/// # Safety
/// `v` points to `len` initialized elements.
pub(super) unsafe fn choose_pivot(c: &Ctx, v: *mut u8, len: usize) -> usize {
    let eighth = len / 8;
    // SAFETY: `eighth >= 2` (as `len > 16`), so the three indices differ and are below
    // `len`; `median3_rec` stays within them.
    unsafe {
        let a = v as *const u8;
        let b = c.at(v, eighth * 4);
        let d = c.at(v, eighth * 7);
        let m = if len < 64 {
            median3(c, a, b, d)
        } else {
            median3_rec(c, a, b, d, eighth)
        };
        (m as usize - v as usize) / c.size
    }
}

/// The recursive median of three: the median of the medians of three groups of `n`
/// elements each starting at `a`, `b` and `d`.
///
/// # Safety
/// The three groups are disjoint runs of initialized elements.
unsafe fn median3_rec(c: &Ctx, a: *const u8, b: *const u8, d: *const u8, n: usize) -> *const u8 {
    // SAFETY: each subgroup lies within its group, `n / 8 * 7 < n`, subgroups disjoint.
    unsafe {
        if n >= 8 {
            let e = n / 8;
            let s = c.size;
            let a = median3_rec(c, a, a.add(e * 4 * s), a.add(e * 7 * s), e);
            let b = median3_rec(c, b, b.add(e * 4 * s), b.add(e * 7 * s), e);
            let d = median3_rec(c, d, d.add(e * 4 * s), d.add(e * 7 * s), e);
            return median3(c, a, b, d);
        }
        median3(c, a, b, d)
    }
}

/// The median of three distinct elements.
///
/// # Safety
/// `a`, `b` and `d` are distinct live elements.
unsafe fn median3(c: &Ctx, a: *const u8, b: *const u8, d: *const u8) -> *const u8 {
    // SAFETY: the caller's guarantee.
    unsafe {
        let x = c.lt(a, b);
        let y = c.lt(a, d);
        if x == y {
            // `a` is the least or the greatest: the median is the other one of `b`, `d`
            // that is on `a`'s side.
            let z = c.lt(b, d);
            if z == x {
                b
            } else {
                d
            }
        } else {
            a
        }
    }
}

/// Heapsort of the `len` elements at `v`: the fallback after too many unbalanced
/// partitions.
///
/// # Safety
/// `v` points to `len` initialized elements.
pub(super) unsafe fn heapsort(c: &Ctx, v: *mut u8, len: usize) {
    // SAFETY: `sift_down` stays below its `end <= len`; swaps are of distinct slots.
    unsafe {
        let mut i = len / 2;
        while i > 0 {
            i -= 1;
            sift_down(c, v, i, len);
        }
        let mut end = len;
        while end > 1 {
            end -= 1;
            swap(v, c.at(v, end), c.size);
            sift_down(c, v, 0, end);
        }
    }
}

/// Moves element `node` down the max-heap `v[..end]` until neither child is greater.
///
/// # Safety
/// `v` points to at least `end` initialized elements; `node < end`.
unsafe fn sift_down(c: &Ctx, v: *mut u8, mut node: usize, end: usize) {
    // SAFETY: `node < child < end`, so the compared and swapped elements are distinct
    // and in range; every element stays in the slice.
    unsafe {
        loop {
            let mut child = 2 * node + 1;
            if child >= end {
                return;
            }
            if child + 1 < end && c.lt(c.at(v, child), c.at(v, child + 1)) {
                child += 1;
            }
            if !c.lt(c.at(v, node), c.at(v, child)) {
                return;
            }
            swap(c.at(v, node), c.at(v, child), c.size);
            node = child;
        }
    }
}
