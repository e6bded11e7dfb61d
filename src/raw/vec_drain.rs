//! The non-generic halves of [`small::Vec`](crate::small::Vec)'s `drain`, `splice` and
//! `extract_if`: dropping what a drain did not yield, moving the tail back over the gap,
//! making room inside a gap for a splice, and closing the holes an `extract_if` left.
//!
//! The typed iterators only read elements out and call the user's closures; every tail
//! shift and every bulk drop happens here, once for all element types.
//!
//! While a drain is alive its vector's `len` is the drain's start: the drained range and
//! the tail are not counted, so leaking the drain (`mem::forget`) leaks them but leaves a
//! valid vector, and a panic in the middle can never expose a slot that was moved out.

use core::ptr;

use super::vec::RawVec;
use super::{drop_elems, DropFn, ElemInfo};

/// Where a drain's tail is: `tail_len` live elements from slot `tail_start`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tail {
    pub(crate) start: usize,
    pub(crate) len: usize,
}

/// Moves the tail back to the end of the counted prefix and counts it, when dropped, even
/// while unwinding from a panicking element drop.
struct CloseGap<'a> {
    v: &'a mut RawVec,
    info: &'a ElemInfo,
    tail: Tail,
}

impl Drop for CloseGap<'_> {
    fn drop(&mut self) {
        let len = self.v.len();
        if self.tail.len > 0 {
            if self.tail.start != len {
                // SAFETY: `len <= tail.start` and `tail.start + tail.len <= cap` (the
                // drain's invariant): both runs are inside the buffer, `ptr::copy`
                // allows their overlap, and the slots between `len` and `tail.start` are
                // dead, so nothing live is overwritten.
                unsafe {
                    ptr::copy(
                        self.v.slot(self.info, self.tail.start),
                        self.v.slot(self.info, len),
                        self.tail.len * self.info.size,
                    )
                }
            }
            // SAFETY: the tail now sits right after the counted prefix.
            unsafe { self.v.set_len(len + self.tail.len) };
        }
    }
}

impl RawVec {
    /// Ends a drain: drops the `rest_len` elements from `rest` that it did not yield, then
    /// moves the tail back over the gap and counts it. If an element's drop panics, the
    /// other ones are still dropped and the tail is still moved back.
    ///
    /// # Safety
    /// `info` describes the element type; `len <= tail.start`; `rest` points to
    /// `rest_len` live elements between `len` and `tail.start` that are used never again;
    /// every other slot between `len` and `tail.start` is dead; the slots
    /// `tail.start..tail.start + tail.len` (inside the capacity) are live.
    pub(crate) unsafe fn drain_end(
        &mut self,
        info: &ElemInfo,
        drop: DropFn,
        rest: *mut u8,
        rest_len: usize,
        tail: Tail,
    ) {
        let _close = CloseGap {
            v: self,
            info,
            tail,
        };
        if let Some(drop) = drop {
            // SAFETY: the caller's promise; `_close` runs even if a drop panics.
            unsafe { drop_elems(rest, rest_len, info.size, drop) }
        }
    }

    /// Makes room for `additional` more elements between `len` and a drain's tail (for a
    /// splice), growing the buffer if needed, and returns where the tail now starts.
    ///
    /// # Panics
    /// Panics on capacity overflow, before anything moves.
    ///
    /// # Safety
    /// As for [`drain_end`](Self::drain_end), with no un-yielded element left in the gap.
    #[track_caller]
    pub(crate) unsafe fn drain_widen(
        &mut self,
        info: &ElemInfo,
        tail: Tail,
        additional: usize,
    ) -> usize {
        let used = tail.start + tail.len;
        self.reserve_past(info, used, additional);
        let new_start = tail.start + additional;
        // SAFETY: the reservation made `new_start + tail.len <= cap`; the tail's bytes
        // moved with the buffer, and `ptr::copy` allows the overlap. The slots it leaves
        // join the dead gap.
        unsafe {
            ptr::copy(
                self.slot(info, tail.start),
                self.slot(info, new_start),
                tail.len * info.size,
            )
        };
        new_start
    }

    /// Ends an `extract_if`: moves the unvisited elements `idx..old_len` left by `deleted`
    /// over the holes, and counts the `old_len - deleted` kept elements.
    ///
    /// # Safety
    /// `deleted <= idx <= old_len <= cap`; the slots `0..idx - deleted` and
    /// `idx..old_len` are live, the `deleted` slots between them dead; `len` is 0.
    pub(crate) unsafe fn extract_if_end(
        &mut self,
        info: &ElemInfo,
        idx: usize,
        deleted: usize,
        old_len: usize,
    ) {
        if deleted > 0 && idx < old_len {
            // SAFETY: both runs are inside the buffer; the destination's extra slots are
            // the dead holes; `ptr::copy` allows the overlap.
            unsafe {
                ptr::copy(
                    self.slot(info, idx),
                    self.slot(info, idx - deleted),
                    (old_len - idx) * info.size,
                )
            }
        }
        // SAFETY: exactly `0..old_len - deleted` is now live.
        unsafe { self.set_len(old_len - deleted) }
    }
}
