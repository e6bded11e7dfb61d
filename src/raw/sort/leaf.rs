//! Insertion sort: the short ranges of both sorts and of selection.

use super::moves::{copy, Gap};
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
unsafe fn insert_tail(c: &Ctx, v: *mut u8, i: usize) {
    // SAFETY: all indices are `<= i`. From the first copy on, element `i` is held in
    // `tmp` and the guard puts it into the only gap, whatever the comparator does.
    unsafe {
        let cur = c.at(v, i);
        let prev = c.at(v, i - 1);
        if !c.lt(cur, prev) {
            return;
        }
        copy(cur, c.tmp, c.size);
        copy(prev, cur, c.size);
        let mut gap = Gap {
            src: c.tmp,
            dst: prev,
            size: c.size,
        };
        let mut j = i - 1;
        while j > 0 {
            let p = c.at(v, j - 1);
            if !c.lt(c.tmp, p) {
                break;
            }
            copy(p, gap.dst, c.size);
            gap.dst = p;
            j -= 1;
        }
    }
}

/// Sorts the `len` elements at `v`, whose prefix `0..offset` is sorted; `offset >= 1`.
///
/// # Safety
/// `v` points to `len` initialized elements.
pub(super) unsafe fn insertion_sort(c: &Ctx, v: *mut u8, len: usize, offset: usize) {
    let mut i = offset;
    while i < len {
        // SAFETY: `1 <= i < len`.
        unsafe { insert_tail(c, v, i) };
        i += 1;
    }
}

/// Reverses the `len` elements at `v`.
///
/// # Safety
/// `v` points to `len` initialized elements.
pub(super) unsafe fn reverse(c: &Ctx, v: *mut u8, len: usize) {
    let (mut i, mut j) = (0, len);
    while i + 1 < j {
        j -= 1;
        // SAFETY: `i < j < len`, distinct slots.
        unsafe { super::moves::swap(c.at(v, i), c.at(v, j), c.size) };
        i += 1;
    }
}

/// The length of the run at the start of the `len >= 2` elements at `v`, and whether it
/// is strictly descending (otherwise it is non-descending). A strictly descending run
/// reversed is a stable sort of it.
///
/// # Safety
/// `v` points to `len` initialized elements.
pub(super) unsafe fn leading_run(c: &Ctx, v: *mut u8, len: usize) -> (usize, bool) {
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
