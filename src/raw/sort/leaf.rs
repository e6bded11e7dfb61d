//! Insertion sort: the short ranges of both sorts and of selection.

use super::moves::{Gap, Shape};
use super::Ctx;

/// Inserts element `i` into the sorted prefix `0..i`; `i >= 1`. Stable: the element goes
/// after every element it is not less than.
///
/// The element is compared in place first; only if it moves is it held in `c.tmp`, and
/// from then on compared there, in the one slot that is copied back into the slice.
///
/// # Safety
/// `v` points to at least `i + 1` initialized elements.
#[inline(always)]
unsafe fn insert_tail<S: Shape>(c: &Ctx<S>, v: *mut u8, i: usize) {
    // SAFETY: all indices are `<= i`. From the first copy on, element `i` is held in
    // `tmp` and the guard puts it into the only gap, whatever the comparator does.
    unsafe {
        let cur = c.at(v, i);
        let prev = c.at(v, i - 1);
        if !c.lt(cur, prev) {
            return;
        }
        c.copy(cur, c.tmp);
        c.copy(prev, cur);
        let mut gap = Gap {
            src: c.tmp,
            dst: prev,
            shape: c.shape,
        };
        let mut j = i - 1;
        while j > 0 {
            let p = c.at(v, j - 1);
            if !c.lt(c.tmp, p) {
                break;
            }
            c.copy(p, gap.dst);
            gap.dst = p;
            j -= 1;
        }
    }
}

/// Sorts the `len` elements at `v`, whose prefix `0..offset` is sorted; `offset >= 1`.
///
/// # Safety
/// `v` points to `len` initialized elements.
pub(super) unsafe fn insertion_sort<S: Shape>(c: &Ctx<S>, v: *mut u8, len: usize, offset: usize) {
    let mut i = offset;
    while i < len {
        // SAFETY: `1 <= i < len`.
        unsafe { insert_tail(c, v, i) };
        i += 1;
    }
}

/// Sorts the `len` elements at `v`, a short range of a quicksort: by rank for plain data,
/// by insertion otherwise. Stable.
///
/// # Safety
/// `v` points to `len <= c.leaf_len()` initialized elements, disjoint from `c.tmp`.
pub(super) unsafe fn leaf_sort<S: Shape>(c: &Ctx<S>, v: *mut u8, len: usize) {
    if len < 2 {
        return;
    }
    // SAFETY: the caller's guarantee; `leaf_len() <= 65`.
    unsafe {
        if S::KEYED {
            c.shape.leaf_by_value(v, len);
        } else if c.plain {
            rank_insertion_sort(c, v, len);
        } else {
            insertion_sort(c, v, len, 1);
        }
    }
}

/// Reverses the `len` elements at `v`.
///
/// # Safety
/// `v` points to `len` initialized elements.
pub(super) unsafe fn reverse<S: Shape>(c: &Ctx<S>, v: *mut u8, len: usize) {
    let (mut i, mut j) = (0, len);
    while i + 1 < j {
        j -= 1;
        // SAFETY: `i < j < len`, distinct slots.
        unsafe { c.shape.swap(c.at(v, i), c.at(v, j)) };
        i += 1;
    }
}

/// The length of the run at the start of the `len >= 2` elements at `v`, and whether it
/// is strictly descending (otherwise it is non-descending). A strictly descending run
/// reversed is a stable sort of it.
///
/// # Safety
/// `v` points to `len` initialized elements.
pub(super) unsafe fn leading_run<S: Shape>(c: &Ctx<S>, v: *mut u8, len: usize) -> (usize, bool) {
    // SAFETY: every index is below `len`; consecutive elements are distinct.
    unsafe {
        let descending = c.lt(c.at(v, 1), v);
        let mut end = 2;
        while end < len && c.lt(c.at(v, end), c.at(v, end - 1)) == descending {
            end += 1;
        }
        (end, descending)
    }
}

/// Insertion sort by rank, for elements that compare cheaply: each element is compared
/// with the whole sorted prefix in one call of the block comparator, which counts the
/// elements not greater than it (so equal elements keep their order), and then moved
/// into place with one rotation. `len - 1` calls in all, against about `len² / 4` calls of
/// the one-pair comparator for [`insertion_sort`].
///
/// # Safety
/// `v` points to `len <= 65` initialized elements, disjoint from `c.tmp`.
unsafe fn rank_insertion_sort<S: Shape>(c: &Ctx<S>, v: *mut u8, len: usize) {
    debug_assert!(len <= 65);
    let mut i = 1;
    // SAFETY: element `i` is compared with the `i <= 64` elements before it, in place and
    // distinct from them; no callback runs between the first copy of a rotation and the
    // last, so the element held in `tmp` is always back in the slice before the next call.
    unsafe {
        while i < len {
            let e = c.at(v, i);
            let before = c.mask(v, i, e, true).count_ones() as usize;
            if before < i {
                let at = c.at(v, before);
                c.copy(e, c.tmp);
                c.shape.shift_up(at, i - before);
                c.copy(c.tmp, at);
            }
            i += 1;
        }
    }
}
