//! The stable sort's fallback after too many levels of partitions: a top-down merge sort.
//!
//! The slice is split in halves down to
//! ranges of [`MAX_INSERTION`] elements, which are insertion-sorted; two sorted halves
//! are merged unless the last element of the first is not greater than the first of the
//! second, so presorted stretches cost one comparison per merge. A merge holds the first
//! half in the scratch buffer and writes the output from the front of the slice, taking
//! the second half's element only when it is strictly less (hence stable), without a
//! data-dependent branch. `O(n log n)` comparisons in every case; `len / 2` elements of
//! scratch.

use super::leaf::insertion_sort;
use super::moves::{MergeHole, Shape};
use super::{Ctx, MAX_INSERTION};

/// Sorts the `len` elements at `v` stably.
///
/// # Safety
/// `v` points to `len` initialized, exclusively borrowed elements; `buf` to scratch for
/// `len / 2` elements, disjoint from `v` and from `c.tmp`.
pub(super) unsafe fn sort<S: Shape>(c: &Ctx<S>, v: *mut u8, len: usize, buf: *mut u8) {
    // SAFETY: the caller's guarantee.
    unsafe { merge_sort(c, v, len, buf) }
}

/// Sorts the `len` elements at `v` by merging sorted halves.
///
/// # Safety
/// As for [`sort`], with any `len`.
unsafe fn merge_sort<S: Shape>(c: &Ctx<S>, v: *mut u8, len: usize, buf: *mut u8) {
    if len <= MAX_INSERTION {
        if len >= 2 {
            // SAFETY: the caller's guarantee.
            unsafe { insertion_sort(c, v, len, 1) };
        }
        return;
    }
    let mid = len / 2;
    // SAFETY: both halves are within `v`; `mid <= len - mid`, so each half's own half
    // fits the buffer; `mid - 1` and `mid` are distinct elements.
    unsafe {
        merge_sort(c, v, mid, buf);
        let right = c.at(v, mid);
        merge_sort(c, right, len - mid, buf);
        if c.lt(right, c.at(v, mid - 1)) {
            merge(c, v, len, mid, buf);
        }
    }
}

/// Merges the sorted runs `0..mid` and `mid..len` at `v`; `mid <= len - mid`.
///
/// # Safety
/// `v` points to `len` initialized elements; `buf` to scratch for `mid` elements,
/// disjoint from `v`.
unsafe fn merge<S: Shape>(c: &Ctx<S>, v: *mut u8, len: usize, mid: usize, buf: *mut u8) {
    let size = c.size();
    // SAFETY: the first run is copied to the buffer, and from then on the guard holds
    // the invariant that the slice's gap `hole.dest..right` is exactly as long as the
    // unmerged buffered elements `hole.start..hole.end`: each step writes one element
    // at `dest` and takes it from either side. So if the comparator panics, the guard
    // fills the gap with the buffered elements and every element is in the slice once.
    // The comparator sees the second run's elements in the slice and the first run's in
    // the buffer, the copies that end up in the slice: the slots of the slice they came
    // from are part of the gap and are overwritten. All pointers stay within `v` and the
    // buffer; the loop ends when either side is exhausted.
    unsafe {
        core::ptr::copy_nonoverlapping(v, buf, mid * size);
        let mut hole = MergeHole {
            start: buf,
            end: buf.add(mid * size),
            dest: v,
        };
        let mut right = v.add(mid * size) as *const u8;
        let end = v.add(len * size) as *const u8;
        while hole.start < hole.end && right < end {
            let take_right = c.lt(right, hole.start);
            let src = if take_right { right } else { hole.start };
            c.copy(src, hole.dest);
            hole.dest = hole.dest.add(size);
            right = right.add(size * take_right as usize);
            hole.start = hole.start.add(size * !take_right as usize);
        }
    }
}
