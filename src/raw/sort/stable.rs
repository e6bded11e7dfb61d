//! The stable sort: a stable quicksort over a scratch buffer, with a merge sort below a
//! recursion limit.
//!
//! - A slice that is already one run (non-descending, or strictly descending and then
//!   reversed) is recognised in one pass.
//! - Each step picks a pivot as the unstable sort does and partitions out of place: the
//!   elements are compared with the pivot in blocks of up to 64 (one call of the block
//!   comparator each), in place, and copied to the front of the buffer if less than the
//!   pivot, to its back otherwise; then the buffer is copied back, the back part reversed,
//!   so both parts keep their order. The pivot is copied last, so every comparison sees it
//!   in the slice. Comparing each element with one pivot visits elements in slice order,
//!   which suits elements that compare through a pointer (`String`): a merge visits two
//!   at a time.
//! - After a partition, the pivot is an element of the second part that no element of it
//!   is less than. When the next pivot is not greater than it, the part holds many equal
//!   elements: those not greater than the new pivot are split off in one pass and need
//!   no more sorting.
//! - Ranges of up to [`QUICK_LEAF`](super::QUICK_LEAF) (plain data: [`PLAIN_LEAF`](super::PLAIN_LEAF), 12 in medium's copies) elements are insertion-sorted, and after about
//!   `2 log2(len)` levels a range is merge-sorted, so the worst case is `O(n log n)`.

use super::leaf::{leading_run, leaf_sort, reverse};
use core::ptr;

use super::moves::Shape;
use super::quick::choose_pivot;
use super::{merge, Ctx};

/// Sorts the `len >= 2` elements at `v` stably.
///
/// # Safety
/// `v` points to `len` initialized, exclusively borrowed elements; `buf` to scratch for
/// `len` elements (none for `len <= c.leaf_len()`), disjoint from `v` and from `c.tmp`.
pub(super) unsafe fn sort<S: Shape>(c: &Ctx<S>, v: *mut u8, len: usize, buf: *mut u8) {
    // SAFETY: the caller's guarantee.
    unsafe {
        if len <= c.leaf_len() {
            leaf_sort(c, v, len);
            return;
        }
        let (run, descending) = leading_run(c, v, len);
        if run == len {
            if descending {
                reverse(c, v, len);
            }
            return;
        }
        let limit = 2 * (usize::BITS - len.leading_zeros());
        quicksort(c, v, len, buf, None, limit);
    }
}

/// Sorts the `len` elements at `v` stably. `ancestor`, if any, is the index of an element
/// of the range that no element of the range is less than.
///
/// # Safety
/// As for [`sort`], with any `len` and `buf` for `len` elements.
unsafe fn quicksort<S: Shape>(
    c: &Ctx<S>,
    mut v: *mut u8,
    mut len: usize,
    buf: *mut u8,
    mut ancestor: Option<usize>,
    mut limit: u32,
) {
    loop {
        if len <= c.leaf_len() {
            // SAFETY: the caller's guarantee.
            unsafe { leaf_sort(c, v, len) };
            return;
        }
        if limit == 0 {
            // SAFETY: the caller's guarantee; the buffer holds `len >= len / 2` elements.
            unsafe { merge::sort(c, v, len, buf) };
            return;
        }
        limit -= 1;
        // SAFETY: `len > c.leaf_len() >= 12`; pivot and ancestor indices are below `len`, and
        // compared only when they differ.
        unsafe {
            let mut pivot = choose_pivot(c, v, len);
            let equal = match ancestor {
                Some(a) if a == pivot => true,
                Some(a) => !c.lt(c.at(v, a), c.at(v, pivot)),
                None => false,
            };
            if equal {
                // Every element not greater than the pivot equals it: they are in order.
                let (front, _) = partition(c, v, len, pivot, true, buf);
                v = c.at(v, front);
                len -= front;
                ancestor = None;
                continue;
            }
            let (front, at) = partition(c, v, len, pivot, false, buf);
            quicksort(c, v, front, buf, None, limit);
            v = c.at(v, front);
            len -= front;
            pivot = at - front;
            ancestor = Some(pivot);
        }
    }
}

/// Partitions the `len` elements at `v` stably around element `pivot`: the elements less
/// than the pivot (if `le`: not greater, the pivot included) first, then the others, each
/// group in its former order. Returns the size of the first group and the pivot's new
/// index.
///
/// One scan compares the elements with the pivot in blocks and, without a data-dependent
/// branch, copies each element that goes first to the buffer and each other one to the
/// front of the slice, where it overwrites only slots already scanned. The pivot is
/// compared in place until the scan reaches it; then it is held in `c.tmp` and compared
/// there. Afterwards, three bulk moves put the groups and the pivot in place.
///
/// # Safety
/// `v` points to `len` initialized elements; `pivot < len`; `buf` to scratch for `len`
/// elements, disjoint from `v` and from `c.tmp`.
unsafe fn partition<S: Shape>(
    c: &Ctx<S>,
    v: *mut u8,
    len: usize,
    pivot: usize,
    le: bool,
    buf: *mut u8,
) -> (usize, usize) {
    let size = c.size();
    let mut g = Scan {
        buf,
        front: buf,
        back: v,
        tmp: c.tmp,
        held: false,
        shape: c.shape,
    };
    // SAFETY: the scan's invariant, at each comparison (of the elements from `i` on, at
    // their live location, against the pivot at its live location): the elements that go
    // first are at `buf..g.front`, the others at `v..g.back`, the elements from `i` on
    // have not moved, and the slots `g.back..v[i]` are the gap, as many as the elements
    // in the buffer plus the pivot if it is held. `g` fills the gap if the comparator
    // panics. No callback runs after the scans, while the groups are moved.
    unsafe {
        let p = c.at(v, pivot);
        scan(c, v, 0, pivot, p, le, &mut g);
        let before = (if le {
            g.front as usize - buf as usize
        } else {
            g.back as usize - v as usize
        }) / size;
        c.copy(p, c.tmp);
        g.held = true;
        scan(c, v, pivot + 1, len, c.tmp, le, &mut g);
        let front = (g.front as usize - buf as usize) / size;
        let back = (g.back as usize - v as usize) / size;
        core::mem::forget(g);
        if le {
            // The first group is the buffer with the pivot at `before`.
            ptr::copy(v, c.at(v, front + 1), back * size);
            ptr::copy_nonoverlapping(buf, v, before * size);
            c.copy(c.tmp, c.at(v, before));
            ptr::copy_nonoverlapping(
                c.at(buf, before),
                c.at(v, before + 1),
                (front - before) * size,
            );
            (front + 1, before)
        } else {
            // The second group is the slice's front with the pivot at `before`.
            ptr::copy(
                c.at(v, before),
                c.at(v, front + before + 1),
                (back - before) * size,
            );
            ptr::copy(v, c.at(v, front), before * size);
            c.copy(c.tmp, c.at(v, front + before));
            ptr::copy_nonoverlapping(buf, v, front * size);
            (front, front + before)
        }
    }
}

/// The state of a partition's scan, and its guard: if dropped (the comparator panicked),
/// it copies the buffered elements and then the held pivot into the slice's gap.
struct Scan<S: Shape> {
    /// The buffer's start.
    buf: *const u8,
    /// Where the next element that goes first is copied, in the buffer.
    front: *mut u8,
    /// Where the next other element is copied, in the slice: the gap's start.
    back: *mut u8,
    /// The slot holding the pivot, once the scan has passed it.
    tmp: *const u8,
    /// Whether the pivot is held in `tmp`.
    held: bool,
    /// How elements move.
    shape: S,
}

impl<S: Shape> Drop for Scan<S> {
    fn drop(&mut self) {
        let bytes = self.front as usize - self.buf as usize;
        // SAFETY: the gap at `back` is `bytes` long, plus one element if the pivot is
        // held (the scan's invariant), and disjoint from the buffer and `tmp`.
        unsafe {
            ptr::copy_nonoverlapping(self.buf, self.back, bytes);
            if self.held {
                self.shape.copy(self.tmp, self.back.add(bytes));
            }
        }
    }
}

/// Compares the elements `start..end` at `v` with the pivot in blocks and copies each to
/// the buffer if it goes first, to the slice's front otherwise, without a data-dependent
/// branch; see [`partition`].
///
/// # Safety
/// As for [`partition`]; the pivot is not in `start..end`; `g` holds the scan's
/// invariant with `i = start`.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
unsafe fn scan<S: Shape>(
    c: &Ctx<S>,
    v: *mut u8,
    start: usize,
    end: usize,
    pivot: *const u8,
    le: bool,
    g: &mut Scan<S>,
) {
    let size = c.size();
    // SAFETY: the caller's guarantee; the block compared lies within `start..end`; each
    // copy writes the buffer or a slot of the gap, below the element copied.
    unsafe {
        let mut e = c.at(v, start);
        let stop_all = c.at(v, end);
        while e < stop_all {
            let left = (stop_all as usize - e as usize) / size;
            let block = if left < 64 { left } else { 64 };
            let mut m = c.mask(e, block, pivot, le);
            let stop = e.add(block * size);
            while e < stop {
                let first = (m & 1) as usize;
                m >>= 1;
                let dst = if first == 1 { g.front } else { g.back };
                c.copy(e, dst);
                // `size` or 0, by a mask rather than a multiplication.
                let step = size & first.wrapping_neg();
                g.front = g.front.add(step);
                g.back = g.back.add(size - step);
                e = e.add(size);
            }
        }
    }
}
