//! The untyped half of `small::Deque::drain`: the ring gives up a range of elements, which
//! the typed iterator moves out one by one, and the gap is closed when it is dropped.
//!
//! While a drain is alive the ring's `len` is the drain start, so a leaked drain
//! (`mem::forget`) leaves a valid ring holding only the elements before the range; the
//! drained range and the tail after it are leaked, never dropped twice.

use core::ptr;

use super::{DropRun, RawDeque};
use crate::raw::{drop_elems, DropFn, ElemInfo};

/// Where a drain is: the ring's logical indices `start..start + drain_len` are being
/// drained, `idx..idx + remaining` of them are not yet yielded, and `tail_len` elements
/// follow the range.
#[derive(Clone, Copy, Debug)]
pub(crate) struct DrainState {
    /// Logical index of the first drained element; the ring's `len` meanwhile.
    start: usize,
    /// Number of elements in the drained range.
    drain_len: usize,
    /// Logical index of the next element to yield from the front.
    idx: usize,
    /// Number of elements of the range not yet yielded.
    remaining: usize,
    /// Number of elements after the range.
    tail_len: usize,
}

impl DrainState {
    /// Number of elements not yet yielded.
    #[inline]
    pub(crate) fn remaining(&self) -> usize {
        self.remaining
    }

    /// Takes the next element from the front and returns its address, or null. The caller
    /// owns the element and must move it out.
    #[inline]
    pub(crate) fn next(&mut self, d: &RawDeque, info: &ElemInfo) -> *mut u8 {
        if self.remaining == 0 {
            return ptr::null_mut();
        }
        let p = d.at(info, d.phys(self.idx));
        self.idx += 1;
        self.remaining -= 1;
        p
    }

    /// Takes the next element from the back and returns its address, or null. As for
    /// [`next`](Self::next), the caller owns it.
    #[inline]
    pub(crate) fn next_back(&mut self, d: &RawDeque, info: &ElemInfo) -> *mut u8 {
        if self.remaining == 0 {
            return ptr::null_mut();
        }
        self.remaining -= 1;
        d.at(info, d.phys(self.idx + self.remaining))
    }

    /// The not yet yielded elements as two runs, front first.
    pub(crate) fn runs(&self, d: &RawDeque, info: &ElemInfo) -> super::Runs {
        let p = d.phys(self.idx);
        let first = self.remaining.min(d.cap - p);
        super::Runs {
            a: d.at(info, p),
            a_len: first,
            b: d.ptr.as_ptr(),
            b_len: self.remaining - first,
        }
    }
}

impl RawDeque {
    /// Starts draining logical `start..end`: the ring keeps counting only `0..start` until
    /// [`drain_finish`](Self::drain_finish).
    ///
    /// Requires `start <= end <= len` (checked by `range_bounds`).
    pub(crate) fn drain_start(&mut self, start: usize, end: usize) -> DrainState {
        debug_assert!(start <= end && end <= self.len);
        let st = DrainState {
            start,
            drain_len: end - start,
            idx: start,
            remaining: end - start,
            tail_len: self.len - end,
        };
        self.len = start;
        st
    }

    /// Ends a drain: drops the elements not yet yielded, then closes the gap by moving the
    /// shorter of the two kept parts. If a drop panics, the other elements are still
    /// dropped and the gap is still closed while unwinding.
    ///
    /// # Safety
    /// `st` came from [`drain_start`](Self::drain_start) on this ring, which has not been
    /// changed since except through `st`; `info` describes the element type.
    pub(crate) unsafe fn drain_finish(&mut self, info: &ElemInfo, drop: DropFn, st: &DrainState) {
        /// Closes the gap when dropped, normally or while unwinding.
        struct Join<'a> {
            d: &'a mut RawDeque,
            size: usize,
            st: DrainState,
        }
        impl Drop for Join<'_> {
            fn drop(&mut self) {
                // SAFETY: the drained range holds no live element any more.
                unsafe { self.d.close_gap(self.size, &self.st) }
            }
        }
        let r = st.runs(self, info);
        let _join = Join {
            d: self,
            size: info.size,
            st: *st,
        };
        if let Some(drop) = drop {
            let _second = DropRun {
                base: r.b,
                count: r.b_len,
                size: info.size,
                drop,
            };
            // SAFETY: the runs hold the live elements not yet yielded, which nothing else
            // drops; the guard drops the second run even if this panics.
            unsafe { drop_elems(r.a, r.a_len, info.size, drop) }
        }
    }

    /// Joins the parts before and after a drained range.
    ///
    /// # Safety
    /// As for `drain_finish`, with the drained range's elements all moved out or dropped.
    unsafe fn close_gap(&mut self, size: usize, st: &DrainState) {
        let head_len = st.start;
        let tail_len = st.tail_len;
        let drain_len = st.drain_len;
        if drain_len == 0 {
            self.len = head_len + tail_len;
            return;
        }
        if head_len == 0 && tail_len == 0 {
            self.head = 0;
        } else if tail_len == 0 {
            // Nothing to move.
        } else if head_len == 0 {
            self.head = self.phys(drain_len);
        } else if head_len < tail_len {
            // Move the front part `drain_len` slots towards the back.
            let dst = self.phys(drain_len);
            // SAFETY: back to front, each element goes to a slot of the drained range or
            // one already vacated.
            unsafe { self.copy_slots(size, self.head, dst, head_len, true) };
            self.head = dst;
        } else {
            // Move the tail `drain_len` slots towards the front.
            let src = self.phys(head_len + drain_len);
            let dst = self.phys(head_len);
            // SAFETY: front to back, each element goes to a slot of the drained range or
            // one already vacated.
            unsafe { self.copy_slots(size, src, dst, tail_len, false) };
        }
        self.len = head_len + tail_len;
    }
}
