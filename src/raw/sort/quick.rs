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
//! - Ranges of up to [`QUICK_LEAF`](super::QUICK_LEAF) (plain data: [`PLAIN_LEAF`](super::PLAIN_LEAF), 12 in medium's copies) elements are insertion-sorted.
//! - After about `2 log2(len)` partitions along one path the range is heapsorted, so no
//!   input is quadratic: `O(n log n)` comparisons in the worst case.

use super::leaf::{leading_run, leaf_sort, reverse};
use super::moves::Shape;
use super::Ctx;

/// Sorts the `len >= 2` elements at `v`.
///
/// # Safety
/// `v` points to `len` initialized, exclusively borrowed elements, disjoint from `c.tmp`.
pub(super) unsafe fn sort<S: Shape>(c: &Ctx<S>, v: *mut u8, len: usize) {
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
unsafe fn quicksort<S: Shape>(
    c: &Ctx<S>,
    mut v: *mut u8,
    mut len: usize,
    mut ancestor: Option<*const u8>,
    mut limit: u32,
) {
    loop {
        if len <= c.leaf_len() {
            // SAFETY: the caller's guarantee.
            unsafe { leaf_sort(c, v, len) };
            return;
        }
        if limit == 0 {
            // SAFETY: the caller's guarantee.
            unsafe { heapsort(c, v, len) };
            return;
        }
        limit -= 1;
        // SAFETY: `len > c.leaf_len() >= 12`; the pivot index is below `len`; the ancestor lies
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
pub(super) unsafe fn partition<S: Shape>(
    c: &Ctx<S>,
    v: *mut u8,
    len: usize,
    pivot: usize,
    le: bool,
) -> usize {
    // SAFETY: `pivot < len`; the pivot goes to slot 0 and stays there while the other
    // `len - 1` elements are partitioned, so it is never compared with itself; then it is
    // swapped to the boundary, both slots within the slice.
    unsafe {
        if pivot != 0 {
            c.shape.swap(v, c.at(v, pivot));
        }
        let mid = if S::KEYED {
            c.shape.partition_by_value(c.at(v, 1), len - 1, v, le)
        } else {
            lomuto(c, c.at(v, 1), len - 1, v, le)
        };
        if mid != 0 {
            c.shape.swap(v, c.at(v, mid));
        }
        mid
    }
}

/// A Lomuto partition by blocks of the `n >= 1` elements at `r` against the element at
/// `pivot`: moves the elements less than the pivot (if `le`: not greater) to the front
/// and returns how many there are.
///
/// The elements are compared in blocks of up to 64, in place, by one call of the block
/// comparator each. Then each element of the block that goes to the front, in order, is
/// swapped with the first element of the "not less" group, which lies between the front
/// group and it; the answer mask's set bits are visited with `trailing_zeros`, so only
/// the elements that move cost anything, and no branch depends on the data.
///
/// # Safety
/// `r` points to `n` initialized elements; `pivot` to a live element outside them.
unsafe fn lomuto<S: Shape>(c: &Ctx<S>, r: *mut u8, n: usize, pivot: *const u8, le: bool) -> usize {
    let size = c.size();
    // SAFETY: the invariant, at each block comparison: the elements at `r[..lt]` go to
    // the front, those at `r[lt..i]` do not, and those from `r[i]` on have not moved. A
    // swap exchanges an element of the block that goes to the front with the first of
    // the "not less" group (or with itself, when that group is empty), both within the
    // range; it completes before the next comparison, so every element is always in the
    // slice once, and every comparison sees elements at their live location. The bits of
    // a block stay valid while it is processed: the swaps only move elements already
    // answered for.
    unsafe {
        let mut front = r;
        let mut i = 0;
        while i < n {
            let block = if n - i < 64 { n - i } else { 64 };
            let base = c.at(r, i);
            let mut m = c.mask(base, block, pivot, le);
            while m != 0 {
                let k = m.trailing_zeros() as usize;
                m &= m - 1;
                c.shape.swap_or_same(front, base.add(k * size));
                front = front.add(size);
            }
            i += block;
        }
        (front as usize - r as usize) / size
    }
}

/// The index of a pivot for the `len >= 3` elements at `v`: the median of the first, the
/// middle and the last element, or for ranges of 64 and more the recursive median of
/// three medians of three, taken at 0, 4/8 and 7/8 of the range, all compared in place.
///
/// # Safety
/// `v` points to `len` initialized elements.
pub(super) unsafe fn choose_pivot<S: Shape>(c: &Ctx<S>, v: *mut u8, len: usize) -> usize {
    // SAFETY: for `len < 64` the three indices `0 < len / 2 < len - 1` differ (`len >= 3`);
    // otherwise `eighth >= 8`, so the three groups are disjoint, and `median3_rec` stays
    // within them.
    unsafe {
        let m = if len < 64 {
            median3(c, v, c.at(v, len / 2), c.at(v, len - 1))
        } else {
            let eighth = len / 8;
            median3_rec(c, v, c.at(v, eighth * 4), c.at(v, eighth * 7), eighth)
        };
        (m as usize - v as usize) / c.size()
    }
}

/// The recursive median of three: the median of the medians of three groups of `n`
/// elements each starting at `a`, `b` and `d`.
///
/// # Safety
/// The three groups are disjoint runs of initialized elements.
unsafe fn median3_rec<S: Shape>(
    c: &Ctx<S>,
    a: *const u8,
    b: *const u8,
    d: *const u8,
    n: usize,
) -> *const u8 {
    // SAFETY: each subgroup lies within its group, `n / 8 * 7 < n`, subgroups disjoint.
    unsafe {
        if n >= 8 {
            let e = n / 8;
            let s = c.size();
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
unsafe fn median3<S: Shape>(c: &Ctx<S>, a: *const u8, b: *const u8, d: *const u8) -> *const u8 {
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
pub(super) unsafe fn heapsort<S: Shape>(c: &Ctx<S>, v: *mut u8, len: usize) {
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
            c.shape.swap(v, c.at(v, end));
            sift_down(c, v, 0, end);
        }
    }
}

/// Moves element `node` down the max-heap `v[..end]` until neither child is greater.
///
/// # Safety
/// `v` points to at least `end` initialized elements; `node < end`.
unsafe fn sift_down<S: Shape>(c: &Ctx<S>, v: *mut u8, mut node: usize, end: usize) {
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
            c.shape.swap(c.at(v, node), c.at(v, child));
            node = child;
        }
    }
}
