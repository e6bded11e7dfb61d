//! Edits in the middle of the ring and whole-buffer moves for [`RawDeque`]: insertion and
//! removal with the shorter side shifted, rotation, splitting, appending, exact reserves,
//! shrinking to a bound, resizing through a callback, sub-ranges, and the zero-copy
//! hand-over of the buffer to and from `Vec`.
//!
//! Everything here is non-generic and out of line: one copy serves every element type.

use alloc::alloc::{alloc, dealloc, handle_alloc_error};
use core::ops::Bound;
use core::ptr::{self, NonNull};

use super::{RawDeque, Runs};
use crate::raw::grow::grow_failed;
use crate::raw::{copy_elem, DropFn, ElemInfo};
use crate::TryReserveError;

impl RawDeque {
    /// Physical slot `k` places after physical slot `p`, wrapping; for `p < cap` (or
    /// `p == 0`) and `k <= cap`.
    #[inline]
    pub(super) fn wrap_add(&self, p: usize, k: usize) -> usize {
        let room = self.cap - p;
        if k < room {
            p + k
        } else {
            k - room
        }
    }

    /// Physical slot `k` places before physical slot `p`, wrapping; for `p < cap` (or
    /// `p == 0`) and `k <= cap`.
    #[inline]
    pub(super) fn wrap_sub(&self, p: usize, k: usize) -> usize {
        if k <= p {
            p - k
        } else {
            p + (self.cap - k)
        }
    }

    /// Moves `n` elements (as bytes) from the `n` slots starting at physical slot `src` to
    /// the `n` slots starting at physical slot `dst`, both runs wrapping at the end of the
    /// buffer. Works in contiguous chunks, front to back, or back to front when
    /// `backward`.
    ///
    /// # Safety
    /// `src, dst < cap` (or `n == 0`), `n <= cap`, and in the chosen order every
    /// destination slot is either not a source slot or the source slot of an element that
    /// was already moved (front to back: destinations trail their sources; back to front:
    /// they lead them). Elements only move; their ownership follows the caller's
    /// bookkeeping.
    pub(super) unsafe fn copy_slots(
        &mut self,
        size: usize,
        src: usize,
        dst: usize,
        n: usize,
        backward: bool,
    ) {
        if n == 0 || size == 0 {
            return;
        }
        let cap = self.cap;
        let base = self.ptr.as_ptr();
        let mut left = n;
        if !backward {
            let (mut s, mut d) = (src, dst);
            while left != 0 {
                let k = left.min(cap - s).min(cap - d);
                // SAFETY: `s + k <= cap` and `d + k <= cap`, so both chunks are in the
                // buffer; `ptr::copy` allows them to overlap; by the caller's ordering
                // promise no unread source slot is overwritten.
                unsafe { ptr::copy(base.add(s * size), base.add(d * size), k * size) };
                s = self.wrap_add(s, k);
                d = self.wrap_add(d, k);
                left -= k;
            }
        } else {
            // Physical slots of the last element of each run.
            let mut s = self.wrap_add(src, n - 1);
            let mut d = self.wrap_add(dst, n - 1);
            while left != 0 {
                let k = left.min(s + 1).min(d + 1);
                // SAFETY: the chunks `s + 1 - k..=s` and `d + 1 - k..=d` are in the
                // buffer; as above for overlap and ordering.
                unsafe {
                    ptr::copy(
                        base.add((s + 1 - k) * size),
                        base.add((d + 1 - k) * size),
                        k * size,
                    )
                };
                left -= k;
                if left != 0 {
                    s = self.wrap_sub(s, k);
                    d = self.wrap_sub(d, k);
                }
            }
        }
    }

    /// Copies `n` elements from `src` (outside this buffer) into the slots starting at
    /// logical index `at`, wrapping.
    ///
    /// # Safety
    /// `at + n <= cap`; the destination slots are free; `src` holds `n` elements that the
    /// caller hands over (it must not drop or use them afterwards).
    unsafe fn copy_in(&mut self, size: usize, at: usize, src: *const u8, n: usize) {
        if n == 0 || size == 0 {
            return;
        }
        let d = self.phys(at);
        let k = n.min(self.cap - d);
        let base = self.ptr.as_ptr();
        // SAFETY: `d + k <= cap` and `n - k <= d` slots at the start are free (the caller
        // keeps `at + n <= cap`); `src` is outside the buffer.
        unsafe {
            ptr::copy_nonoverlapping(src, base.add(d * size), k * size);
            ptr::copy_nonoverlapping(src.add(k * size), base, (n - k) * size);
        }
    }

    /// The two runs holding logical indices `start..end`, front first.
    ///
    /// Requires `start <= end <= len` (checked by [`range_bounds`]).
    pub(crate) fn runs_range(&self, info: &ElemInfo, start: usize, end: usize) -> Runs {
        debug_assert!(start <= end && end <= self.len);
        let all = self.runs(info);
        let size = info.size;
        if start >= all.a_len {
            Runs {
                a: all.b.wrapping_add((start - all.a_len) * size),
                a_len: end - start,
                b: all.b,
                b_len: 0,
            }
        } else {
            let a_end = end.min(all.a_len);
            Runs {
                a: all.a.wrapping_add(start * size),
                a_len: a_end - start,
                b: all.b,
                b_len: end - a_end,
            }
        }
    }

    /// Inserts the element at `src` at logical `index`, shifting the shorter side by one,
    /// and returns its new address.
    ///
    /// # Panics
    /// Panics with "index out of bounds" if `index > len`, before anything moves; panics if
    /// growing overflows (then `src` is left to the caller, which leaks it).
    ///
    /// # Safety
    /// `src` is an element of `info`'s type outside this buffer, which the caller hands
    /// over: it must not use or drop it afterwards unless this call panics.
    #[track_caller]
    pub(crate) unsafe fn insert(
        &mut self,
        info: &ElemInfo,
        index: usize,
        src: *const u8,
    ) -> *mut u8 {
        if index > self.len {
            insert_index_panic();
        }
        if self.len == self.cap {
            self.grow_one(info);
        }
        let size = info.size;
        let len = self.len;
        if index < len - index {
            // Shift the `index` front elements one slot towards the front.
            let new_head = self.wrap_sub(self.head, 1);
            // SAFETY: moving front to back to one slot earlier: each destination is free
            // (the slot before the head, as `len < cap`) or was just vacated.
            unsafe { self.copy_slots(size, self.head, new_head, index, false) };
            self.head = new_head;
        } else {
            // Shift the `len - index` back elements one slot towards the back.
            let p = self.phys(index);
            let q = self.wrap_add(p, 1);
            // SAFETY: moving back to front to one slot later: the last one goes to the free
            // slot after the back (`len < cap`), each other one to a vacated slot.
            unsafe { self.copy_slots(size, p, q, len - index, true) };
        }
        let dst = self.at(info, self.phys(index));
        // SAFETY: logical `index` is now a free slot; `src` is a different element.
        unsafe { copy_elem(src, dst, size) };
        self.len = len + 1;
        dst
    }

    /// Moves the element at logical `index` to `out` and closes the gap by shifting the
    /// shorter side. Returns `false` (and does nothing) if `index >= len`.
    ///
    /// # Safety
    /// `out` is valid for a write of one element and outside this buffer; on `true` the
    /// caller owns the element written there.
    pub(crate) unsafe fn remove(&mut self, info: &ElemInfo, index: usize, out: *mut u8) -> bool {
        let len = self.len;
        if index >= len {
            return false;
        }
        let size = info.size;
        let p = self.phys(index);
        // SAFETY: logical `index` is live; `out` is a separate writable slot.
        unsafe { copy_elem(self.at(info, p), out, size) };
        let back = len - 1 - index;
        if index < back {
            let new_head = self.wrap_add(self.head, 1);
            // SAFETY: the `index` front elements move one slot back, back to front; the
            // last one fills the vacated slot `p`.
            unsafe { self.copy_slots(size, self.head, new_head, index, true) };
            self.head = new_head;
        } else {
            let q = self.wrap_add(p, 1);
            // SAFETY: the `back` elements after `p` move one slot forward, front to back;
            // the first one fills the vacated slot `p`.
            unsafe { self.copy_slots(size, q, p, back, false) };
        }
        self.len = len - 1;
        true
    }

    /// Rotates the ring `n` places to the left: the element at logical `n` becomes the
    /// front. Moves `min(n, len - n)` elements.
    ///
    /// # Panics
    /// Panics if `n > len`, before anything moves.
    #[track_caller]
    pub(crate) fn rotate_left(&mut self, info: &ElemInfo, n: usize) {
        if n > self.len {
            rotate_panic();
        }
        let k = self.len - n;
        if n <= k {
            self.rotate_front_to_back(info.size, n);
        } else {
            self.rotate_back_to_front(info.size, k);
        }
    }

    /// Rotates the ring `n` places to the right: the element at logical `len - n` becomes
    /// the front. Moves `min(n, len - n)` elements.
    ///
    /// # Panics
    /// Panics if `n > len`, before anything moves.
    #[track_caller]
    pub(crate) fn rotate_right(&mut self, info: &ElemInfo, n: usize) {
        if n > self.len {
            rotate_panic();
        }
        let k = self.len - n;
        if n <= k {
            self.rotate_back_to_front(info.size, n);
        } else {
            self.rotate_front_to_back(info.size, k);
        }
    }

    /// Moves the `n <= len` front elements to the slots after the back, in order.
    fn rotate_front_to_back(&mut self, size: usize, n: usize) {
        let dst = self.phys(self.len);
        // SAFETY: front to back, element `k` goes to slot `head + len + k`, which is free
        // or (when it wraps onto the live run) the source of element `k - (cap - len)`,
        // already moved; with a full ring source and destination coincide.
        unsafe { self.copy_slots(size, self.head, dst, n, false) };
        self.head = self.wrap_add(self.head, n);
    }

    /// Moves the `n <= len` back elements to the slots before the front, in order.
    fn rotate_back_to_front(&mut self, size: usize, n: usize) {
        let src = self.phys(self.len - n);
        let dst = self.wrap_sub(self.head, n);
        // SAFETY: the mirror image of `rotate_front_to_back`, back to front.
        unsafe { self.copy_slots(size, src, dst, n, true) };
        self.head = dst;
    }

    /// Splits off logical `at..len` into a new ring (of exactly that capacity), keeping
    /// `0..at`.
    ///
    /// # Panics
    /// Panics with "`at` out of bounds" if `at > len`, before anything moves.
    #[track_caller]
    pub(crate) fn split_off(&mut self, info: &ElemInfo, at: usize) -> RawDeque {
        if at > self.len {
            split_panic();
        }
        let n = self.len - at;
        let mut other = RawDeque::with_capacity(info, n);
        let r = self.runs_range(info, at, self.len);
        // SAFETY: `other` is empty with room for `n = a_len + b_len`; the runs' elements
        // move there bitwise and stop being counted by `self`.
        unsafe {
            other.copy_in(info.size, 0, r.a, r.a_len);
            other.copy_in(info.size, r.a_len, r.b, r.b_len);
        }
        other.len = n;
        self.len = at;
        other
    }

    /// Moves every element of `other` to the back of `self`, leaving `other` empty (with
    /// its buffer).
    ///
    /// # Panics
    /// Panics if the new capacity overflows; both rings are then unchanged.
    #[track_caller]
    pub(crate) fn append(&mut self, info: &ElemInfo, other: &mut RawDeque) {
        self.reserve(info, other.len);
        let r = other.runs(info);
        // SAFETY: `self` has room for `other.len` more; `other`'s elements move bitwise
        // and `other` forgets them below. The two rings are distinct (`&mut`).
        unsafe {
            self.copy_in(info.size, self.len, r.a, r.a_len);
            self.copy_in(info.size, self.len + r.a_len, r.b, r.b_len);
        }
        self.len += other.len;
        other.len = 0;
        other.head = 0;
    }

    /// Reserves room for exactly `additional` more elements (if there is not room yet).
    #[track_caller]
    pub(crate) fn reserve_exact(&mut self, info: &ElemInfo, additional: usize) {
        if let Err(e) = self.grow(info, additional, true) {
            grow_failed(e)
        }
    }

    /// Like [`reserve_exact`](Self::reserve_exact), reporting failure as an error.
    pub(crate) fn try_reserve_exact(
        &mut self,
        info: &ElemInfo,
        additional: usize,
    ) -> Result<(), TryReserveError> {
        self.grow(info, additional, true).map_err(Into::into)
    }

    /// Shrinks the buffer to `max(min_capacity, len)` slots if it is larger, moving the
    /// elements to its start. Never shrinks for zero-sized elements.
    pub(crate) fn shrink_to(&mut self, info: &ElemInfo, min_capacity: usize) {
        let target = min_capacity.max(self.len);
        if info.size == 0 || self.cap <= target {
            return;
        }
        if target == self.len {
            return self.shrink_to_fit(info);
        }
        // Both layouts are valid: the current one was allocated, the new one is smaller.
        let (Some(old_layout), Some(new_layout)) = (info.array(self.cap), info.array(target))
        else {
            return;
        };
        // SAFETY: `target > len >= 0` and `size > 0`, so the layout has non-zero size.
        let new_ptr = unsafe { alloc(new_layout) };
        let Some(new_ptr) = NonNull::new(new_ptr) else {
            handle_alloc_error(new_layout)
        };
        let r = self.runs(info);
        let size = info.size;
        // SAFETY: the `len <= target` live elements move bitwise, in order, to the start of
        // the fresh buffer; the old buffer (allocated with `old_layout`, `cap > 0`) is
        // freed without dropping anything.
        unsafe {
            let dst = new_ptr.as_ptr();
            ptr::copy_nonoverlapping(r.a, dst, r.a_len * size);
            ptr::copy_nonoverlapping(r.b, dst.add(r.a_len * size), r.b_len * size);
            dealloc(self.ptr.as_ptr(), old_layout);
        }
        self.ptr = new_ptr;
        self.cap = target;
        self.head = 0;
    }

    /// Makes the ring `new_len` long: drops the extra elements, or appends new ones that
    /// `fill` writes, one at a time, into the address it is given.
    ///
    /// If `fill` panics, the elements written so far stay in the ring.
    ///
    /// # Safety
    /// `info` describes the element type; `fill` must write one initialized element of
    /// that type to the address it gets (or panic without writing).
    #[track_caller]
    pub(crate) unsafe fn resize_with(
        &mut self,
        info: &ElemInfo,
        drop: DropFn,
        new_len: usize,
        fill: &mut dyn FnMut(*mut u8),
    ) {
        if new_len <= self.len {
            // SAFETY: forwarded from the caller.
            return unsafe { self.truncate(info, drop, new_len) };
        }
        self.reserve(info, new_len - self.len);
        while self.len < new_len {
            let p = self.at(info, self.phys(self.len));
            fill(p);
            // `fill` initialized the free slot `len`.
            self.len += 1;
        }
    }

    /// Moves the elements to the start of the buffer and returns `(ptr, len, cap)`, the
    /// parts of a `Vec` with the same elements. The ring must not be used or dropped
    /// afterwards (its buffer now belongs to the caller).
    pub(crate) fn release_to_vec(&mut self, info: &ElemInfo) -> (*mut u8, usize, usize) {
        let p = self.make_contiguous(info);
        let base = self.ptr.as_ptr();
        if self.head != 0 && info.size != 0 {
            // SAFETY: the `len` live elements are contiguous at `p`; they move (possibly
            // overlapping) to the buffer start.
            unsafe { ptr::copy(p, base, self.len * info.size) };
            self.head = 0;
        }
        (base, self.len, self.cap)
    }

    /// A ring that takes over a `Vec`'s buffer: `len` elements at the start of `cap` slots.
    ///
    /// # Safety
    /// `ptr` is aligned for the element type; if `cap > 0` and the element is not
    /// zero-sized, it was allocated by the global allocator with `info.array(cap)`; for
    /// zero-sized elements `cap == usize::MAX`; the first `len <= cap` slots are
    /// initialized and now owned by the ring.
    pub(crate) unsafe fn from_vec_parts(ptr: NonNull<u8>, len: usize, cap: usize) -> RawDeque {
        RawDeque {
            ptr,
            cap,
            head: 0,
            len,
        }
    }
}

/// Turns a range's bounds into `start..end` within `0..len`, panicking as std's slice
/// indexing does for a bad range.
#[track_caller]
pub(crate) fn range_bounds(start: Bound<&usize>, end: Bound<&usize>, len: usize) -> (usize, usize) {
    let e = match end {
        Bound::Included(&e) => {
            if e >= len {
                end_panic(e, len)
            }
            e + 1
        }
        Bound::Excluded(&e) => {
            if e > len {
                end_panic(e, len)
            }
            e
        }
        Bound::Unbounded => len,
    };
    let s = match start {
        Bound::Included(&s) => s,
        Bound::Excluded(&s) => match s.checked_add(1) {
            Some(s1) if s1 <= e => s1,
            Some(_) => end_panic(e, len),
            None => start_panic(s, len),
        },
        Bound::Unbounded => 0,
    };
    if s > e {
        if s > len {
            start_panic(s, len)
        }
        order_panic(s, e)
    }
    (s, e)
}

#[cold]
#[inline(never)]
#[track_caller]
fn start_panic(s: usize, len: usize) -> ! {
    panic!("range start index {s} out of range for slice of length {len}")
}

#[cold]
#[inline(never)]
#[track_caller]
fn end_panic(e: usize, len: usize) -> ! {
    panic!("range end index {e} out of range for slice of length {len}")
}

#[cold]
#[inline(never)]
#[track_caller]
fn order_panic(s: usize, e: usize) -> ! {
    panic!("slice index starts at {s} but ends at {e}")
}

#[cold]
#[inline(never)]
#[track_caller]
fn insert_index_panic() -> ! {
    panic!("index out of bounds")
}

#[cold]
#[inline(never)]
#[track_caller]
fn split_panic() -> ! {
    panic!("`at` out of bounds")
}

#[cold]
#[inline(never)]
#[track_caller]
fn rotate_panic() -> ! {
    panic!("assertion failed: n <= self.len()")
}
