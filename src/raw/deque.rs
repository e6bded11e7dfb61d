//! The non-generic core of [`small::Deque`](crate::small::Deque): a growable ring buffer
//! of elements whose type is described by an [`ElemInfo`].
//!
//! Logical index `i` (counted from the front) lives in physical slot `(head + i) % cap`.
//! The live elements therefore form at most two runs: `head..cap` and `0..wrapped`.

use alloc::alloc::{alloc, dealloc, handle_alloc_error};
use core::mem::MaybeUninit;
use core::ptr::{self, NonNull};

use super::grow::{grow_array, grow_failed, grown_capacity, FreeOnDrop, Grow};
use super::{copy_elem, drop_elems, DropFn, ElemInfo};
use crate::TryReserveError;

mod drain;
mod edit;

pub(crate) use drain::DrainState;
pub(crate) use edit::range_bounds;

/// A ring of `cap` element slots holding `len` initialized elements, starting at `head`.
///
/// `RawDeque` does not know its element type and has no `Drop`: its owner passes the same
/// [`ElemInfo`] to every call and calls [`RawDeque::drop_and_free`] when it is dropped.
#[derive(Debug)]
pub(crate) struct RawDeque {
    /// Start of the buffer. When `cap == 0` or the element is zero-sized this is a dangling
    /// pointer aligned to `info.align`; otherwise it was returned by the global allocator
    /// for `info.array(cap)`.
    ptr: NonNull<u8>,
    /// Number of element slots. `usize::MAX` for zero-sized elements, which never allocate.
    /// `cap * info.size <= isize::MAX`.
    cap: usize,
    /// Physical slot of the front element. `head < cap`, or `head == 0` when `cap == 0`.
    head: usize,
    /// Number of initialized elements: logical indices `0..len`. `len <= cap`.
    len: usize,
}

/// The two runs of slots that hold the elements, front run first: `a_len` elements at
/// `a`, then `b_len` elements at `b`.
///
/// Both pointers are aligned and non-null; `b` is the buffer start. It doubles as the state
/// of the typed iterators, which take elements off the front of `a` and the back of `b`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Runs {
    pub(crate) a: *mut u8,
    pub(crate) a_len: usize,
    pub(crate) b: *mut u8,
    pub(crate) b_len: usize,
}

impl Runs {
    /// Takes the front element off the runs and returns its address, or null if both are
    /// empty. `size` is the element size.
    #[inline]
    pub(crate) fn next(&mut self, size: usize) -> *mut u8 {
        if self.a_len == 0 {
            if self.b_len == 0 {
                return ptr::null_mut();
            }
            // Run `a` is used up: what is left of run `b` becomes the front run.
            self.a = self.b;
            self.a_len = self.b_len;
            self.b_len = 0;
        }
        let p = self.a;
        // In bounds of (or one past) the run; a no-op for zero-sized elements.
        self.a = p.wrapping_add(size);
        self.a_len -= 1;
        p
    }

    /// Takes the back element off the runs and returns its address, or null if both are
    /// empty. `size` is the element size.
    #[inline]
    pub(crate) fn next_back(&mut self, size: usize) -> *mut u8 {
        if self.b_len != 0 {
            self.b_len -= 1;
            self.b.wrapping_add(self.b_len * size)
        } else if self.a_len != 0 {
            self.a_len -= 1;
            self.a.wrapping_add(self.a_len * size)
        } else {
            ptr::null_mut()
        }
    }
}

/// Drops, when it goes out of scope, `count` elements starting at `base`. Used to finish
/// dropping the second run of a ring when a drop in the first run panics.
struct DropRun {
    base: *mut u8,
    count: usize,
    size: usize,
    drop: unsafe fn(*mut u8),
}

impl Drop for DropRun {
    fn drop(&mut self) {
        // SAFETY: whoever built the guard handed it `count` live elements at `base` that
        // nothing else drops or uses.
        unsafe { drop_elems(self.base, self.count, self.size, self.drop) }
    }
}

/// Swaps the `n` bytes at `a` with the `n` bytes at `b`, without interpreting them.
///
/// # Safety
/// Both ranges must be valid for reads and writes of `n` bytes and must not overlap.
unsafe fn swap_bytes(a: *mut u8, b: *mut u8, n: usize) {
    const CHUNK: usize = 64;
    let mut tmp = MaybeUninit::<[u8; CHUNK]>::uninit();
    let t = tmp.as_mut_ptr() as *mut u8;
    let mut done = 0;
    while done < n {
        let k = if n - done < CHUNK { n - done } else { CHUNK };
        // SAFETY: `done + k <= n`, so every access is within the two caller-guaranteed,
        // disjoint ranges, and `tmp` holds `CHUNK >= k` bytes. Byte copies move padding
        // and pointer bytes unchanged.
        unsafe {
            ptr::copy_nonoverlapping(a.add(done), t, k);
            ptr::copy_nonoverlapping(b.add(done), a.add(done), k);
            ptr::copy_nonoverlapping(t, b.add(done), k);
        }
        done += k;
    }
}

/// Rotates the `left + right` bytes at `p` so that the first `left` bytes end up last.
///
/// Block-swap rotation: each step swaps the shorter block into its final place.
///
/// # Safety
/// `p` must be valid for reads and writes of `left + right` bytes.
unsafe fn rotate_bytes(mut p: *mut u8, mut left: usize, mut right: usize) {
    while left != 0 && right != 0 {
        if left <= right {
            // [A | B1 | B2] with |B2| = |A|  ->  [B2 | B1 | A]; then rotate [B2 | B1].
            // SAFETY: `A = p..p+left` and `B2 = p+right..p+right+left` lie in the range
            // and are disjoint because `left <= right`.
            unsafe { swap_bytes(p, p.add(right), left) };
            right -= left;
        } else {
            // [A1 | A2 | B] with |A1| = |B|  ->  [B | A2 | A1]; then rotate [A2 | A1].
            // SAFETY: `A1 = p..p+right` and `B = p+left..p+left+right` lie in the range
            // and are disjoint because `right < left`.
            unsafe { swap_bytes(p, p.add(left), right) };
            // SAFETY: `right < left + right`, so `p + right` stays in the range.
            p = unsafe { p.add(right) };
            left -= right;
        }
    }
}

impl RawDeque {
    /// An empty ring that does not allocate.
    #[inline]
    pub(crate) const fn new(dangling: NonNull<u8>, zero_sized: bool) -> Self {
        RawDeque {
            ptr: dangling,
            cap: if zero_sized { usize::MAX } else { 0 },
            head: 0,
            len: 0,
        }
    }

    /// An empty ring with room for at least `capacity` elements.
    pub(crate) fn with_capacity(info: &ElemInfo, capacity: usize) -> Self {
        let mut d = RawDeque::new(info.dangling(), info.size == 0);
        if let Err(e) = d.grow(info, capacity, true) {
            grow_failed(e)
        }
        d
    }

    #[inline(always)]
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    #[inline(always)]
    pub(crate) fn capacity(&self) -> usize {
        self.cap
    }

    /// Sets the number of elements, keeping `head`.
    ///
    /// # Safety
    /// `len <= cap`, and logical slots `0..len` must be initialized.
    #[inline(always)]
    pub(crate) unsafe fn set_len(&mut self, len: usize) {
        debug_assert!(len <= self.cap);
        self.len = len;
    }

    /// The physical slot of logical index `i`, for `i <= cap`.
    #[inline(always)]
    fn phys(&self, i: usize) -> usize {
        // Written without `head + i`, which could overflow when `cap == usize::MAX`.
        let room = self.cap - self.head;
        if i < room {
            self.head + i
        } else {
            i - room
        }
    }

    /// Address of physical slot `p`, for `p <= cap`.
    #[inline(always)]
    fn at(&self, info: &ElemInfo, p: usize) -> *mut u8 {
        // `wrapping_add` keeps this safe; for `p <= cap` it equals `add`, in bounds of (or
        // one past) the allocation, and for zero-sized elements the offset is 0.
        self.ptr.as_ptr().wrapping_add(p * info.size)
    }

    /// Grows the ring so that `len + additional <= cap`, keeping the elements in order.
    fn grow(&mut self, info: &ElemInfo, additional: usize, exact: bool) -> Result<(), Grow> {
        let required = self.len.checked_add(additional).ok_or(Grow::Overflow)?;
        if required <= self.cap {
            return Ok(());
        }
        // Zero-sized elements have `cap == usize::MAX`, so they never get here.
        debug_assert!(info.size != 0);
        let old_cap = self.cap;
        let new_cap = grown_capacity(info, old_cap, required, exact);
        // SAFETY: `size > 0`, `new_cap >= required > cap`, and `ptr` was allocated with
        // `info.array(cap)` when `cap > 0` (field invariant).
        self.ptr = unsafe { grow_array(info, self.ptr, old_cap, new_cap)? };
        self.cap = new_cap;
        // SAFETY: the first `old_cap` slots were carried over by the reallocation.
        unsafe { self.unwrap_after_grow(info, old_cap) };
        Ok(())
    }

    /// Restores the ring invariant after the buffer grew from `old_cap` slots to `cap`.
    ///
    /// If the elements wrapped around the old end, one of the two runs moves so that they
    /// are in order again in the larger ring: the back run goes right after the old end
    /// when it is the shorter one and fits, else the front run moves to the new end.
    ///
    /// # Safety
    /// `cap > old_cap`, and `head`, `len` describe the live elements in a ring of `old_cap`
    /// slots whose contents are in the first `old_cap` slots of the buffer.
    unsafe fn unwrap_after_grow(&mut self, info: &ElemInfo, old_cap: usize) {
        if self.head <= old_cap - self.len {
            // Not wrapped (this includes `old_cap == 0`).
            return;
        }
        let size = info.size;
        let head_len = old_cap - self.head;
        let tail_len = self.len - head_len;
        let base = self.ptr.as_ptr();
        if tail_len < head_len && tail_len <= self.cap - old_cap {
            // SAFETY: the back run `0..tail_len` moves to `old_cap..old_cap + tail_len`,
            // which is within the new buffer and disjoint from it (`tail_len < old_cap`).
            unsafe { ptr::copy_nonoverlapping(base, base.add(old_cap * size), tail_len * size) }
        } else {
            let new_head = self.cap - head_len;
            // SAFETY: the front run `head..old_cap` moves to `new_head..cap`, both in the
            // buffer; `ptr::copy` allows the overlap.
            unsafe {
                ptr::copy(
                    base.add(self.head * size),
                    base.add(new_head * size),
                    head_len * size,
                )
            };
            self.head = new_head;
        }
    }

    /// Makes room for one more element. Called when `len == cap`.
    #[cold]
    #[inline(never)]
    fn grow_one(&mut self, info: &ElemInfo) {
        if let Err(e) = self.grow(info, 1, false) {
            grow_failed(e)
        }
    }

    /// Reserves room for at least `additional` more elements.
    pub(crate) fn reserve(&mut self, info: &ElemInfo, additional: usize) {
        if let Err(e) = self.grow(info, additional, false) {
            grow_failed(e)
        }
    }

    /// Like [`reserve`](Self::reserve), reporting failure as an error.
    pub(crate) fn try_reserve(
        &mut self,
        info: &ElemInfo,
        additional: usize,
    ) -> Result<(), TryReserveError> {
        self.grow(info, additional, false).map_err(Into::into)
    }

    /// Shrinks the buffer to exactly `len` slots, moving the elements to its start.
    pub(crate) fn shrink_to_fit(&mut self, info: &ElemInfo) {
        if info.size == 0 || self.len == self.cap {
            return;
        }
        let Some(old_layout) = info.array(self.cap) else {
            // Unreachable: the current layout was valid when allocated.
            return;
        };
        if self.len == 0 {
            // SAFETY: `cap > 0` (as `len != cap`), so `ptr` was allocated with
            // `old_layout`; it holds no live element.
            unsafe { dealloc(self.ptr.as_ptr(), old_layout) };
            self.ptr = info.dangling();
            self.cap = 0;
            self.head = 0;
            return;
        }
        // A smaller array of a valid layout is valid too.
        let Some(new_layout) = info.array(self.len) else {
            return;
        };
        // SAFETY: `new_layout` has non-zero size: `len >= 1` and `size > 0`.
        let new_ptr = unsafe { alloc(new_layout) };
        let Some(new_ptr) = NonNull::new(new_ptr) else {
            handle_alloc_error(new_layout)
        };
        let runs = self.runs(info);
        // SAFETY: the two runs hold the `len` live elements in order; they move bitwise
        // into the fresh buffer of `len` slots, then the old buffer (allocated with
        // `old_layout`) is freed without dropping anything.
        unsafe {
            let dst = new_ptr.as_ptr();
            ptr::copy_nonoverlapping(runs.a, dst, runs.a_len * info.size);
            ptr::copy_nonoverlapping(
                runs.b,
                dst.add(runs.a_len * info.size),
                runs.b_len * info.size,
            );
            dealloc(self.ptr.as_ptr(), old_layout);
        }
        self.ptr = new_ptr;
        self.cap = self.len;
        self.head = 0;
    }

    /// Moves the element at `src` into a new slot at the back.
    ///
    /// The fast path of a push, inlined: with room to spare a push is a few instructions
    /// at the call site, where the element size is a known constant and the copy a plain
    /// move; growing stays out of line. With the `shared-library` feature, out of line,
    /// like `RawVec::push`.
    ///
    /// # Safety
    /// `src` points to an initialized element of `info`'s type, which the caller must not
    /// use or drop afterwards; it does not point into this buffer.
    #[cfg_attr(not(feature = "shared-library"), inline)]
    #[cfg_attr(feature = "shared-library", inline(never))]
    pub(crate) unsafe fn push_back(&mut self, info: &ElemInfo, src: *const u8) {
        if self.len == self.cap {
            // SAFETY: forwarded from the caller.
            unsafe { self.grow_and_push_back(info, src) }
        } else {
            // SAFETY: `len < cap`; `src` as guaranteed by the caller.
            unsafe { self.put_back(info, src) }
        }
    }

    /// Moves the element at `src` into a new slot at the front.
    ///
    /// Inlined (out of line with `shared-library`), like [`push_back`](Self::push_back).
    ///
    /// # Safety
    /// As for [`push_back`](Self::push_back).
    #[cfg_attr(not(feature = "shared-library"), inline)]
    #[cfg_attr(feature = "shared-library", inline(never))]
    pub(crate) unsafe fn push_front(&mut self, info: &ElemInfo, src: *const u8) {
        if self.len == self.cap {
            // SAFETY: forwarded from the caller.
            unsafe { self.grow_and_push_front(info, src) }
        } else {
            // SAFETY: `len < cap`; `src` as guaranteed by the caller.
            unsafe { self.put_front(info, src) }
        }
    }

    /// The slow path of [`push_back`](Self::push_back): grows the full ring, then pushes.
    ///
    /// # Safety
    /// As for `push_back`. If growing panics, `src` is left untouched (the caller leaks it).
    #[cold]
    #[inline(never)]
    unsafe fn grow_and_push_back(&mut self, info: &ElemInfo, src: *const u8) {
        self.grow_one(info);
        // SAFETY: `len < cap` after growing; `src` as guaranteed by the caller.
        unsafe { self.put_back(info, src) }
    }

    /// The slow path of [`push_front`](Self::push_front): grows the full ring, then pushes.
    ///
    /// # Safety
    /// As for [`grow_and_push_back`](Self::grow_and_push_back).
    #[cold]
    #[inline(never)]
    unsafe fn grow_and_push_front(&mut self, info: &ElemInfo, src: *const u8) {
        self.grow_one(info);
        // SAFETY: `len < cap` after growing; `src` as guaranteed by the caller.
        unsafe { self.put_front(info, src) }
    }

    /// Moves the element at `src` into logical slot `len` and counts it.
    ///
    /// # Safety
    /// `len < cap`, and `src` is as for [`push_back`](Self::push_back).
    #[inline]
    unsafe fn put_back(&mut self, info: &ElemInfo, src: *const u8) {
        debug_assert!(self.len < self.cap);
        let dst = self.at(info, self.phys(self.len));
        // SAFETY: `len < cap`, so logical slot `len` is a free slot of the buffer; `src`
        // is a different, readable element.
        unsafe { copy_elem(src, dst, info.size) };
        self.len += 1;
    }

    /// Moves the element at `src` into the slot before the front and makes it the front.
    ///
    /// # Safety
    /// As for [`put_back`](Self::put_back).
    #[inline]
    unsafe fn put_front(&mut self, info: &ElemInfo, src: *const u8) {
        debug_assert!(self.len < self.cap);
        // `cap > len >= 0`, so `cap - 1` is a slot.
        self.head = if self.head == 0 {
            self.cap - 1
        } else {
            self.head - 1
        };
        // SAFETY: as `len < cap`, the slot before the old head is free; `src` is a
        // different, readable element.
        unsafe { copy_elem(src, self.at(info, self.head), info.size) };
        self.len += 1;
    }

    /// Removes the front element from the ring and returns its address, or null if the
    /// ring is empty. The caller owns the element and must move it out before the next
    /// call that writes to the ring. Inlined (out of line with `shared-library`), like
    /// [`push_back`](Self::push_back).
    #[cfg_attr(not(feature = "shared-library"), inline)]
    #[cfg_attr(feature = "shared-library", inline(never))]
    pub(crate) fn pop_front(&mut self, info: &ElemInfo) -> *mut u8 {
        if self.len == 0 {
            return ptr::null_mut();
        }
        let p = self.at(info, self.head);
        // `head < cap`, so `head + 1` cannot overflow.
        let next = self.head + 1;
        self.head = if next == self.cap { 0 } else { next };
        self.len -= 1;
        p
    }

    /// Removes the back element from the ring and returns its address, or null if the ring
    /// is empty. As for [`pop_front`](Self::pop_front), the caller owns the element.
    #[cfg_attr(not(feature = "shared-library"), inline)]
    #[cfg_attr(feature = "shared-library", inline(never))]
    pub(crate) fn pop_back(&mut self, info: &ElemInfo) -> *mut u8 {
        if self.len == 0 {
            return ptr::null_mut();
        }
        self.len -= 1;
        self.at(info, self.phys(self.len))
    }

    /// The address of the element at logical `index`, or null if `index >= len`.
    #[inline]
    pub(crate) fn get(&self, info: &ElemInfo, index: usize) -> *mut u8 {
        if index < self.len {
            self.at(info, self.phys(index))
        } else {
            ptr::null_mut()
        }
    }

    /// The two runs of slots holding the elements, front first.
    #[inline]
    pub(crate) fn runs(&self, info: &ElemInfo) -> Runs {
        let room = self.cap - self.head;
        let a_len = if self.len <= room { self.len } else { room };
        Runs {
            a: self.at(info, self.head),
            a_len,
            b: self.ptr.as_ptr(),
            b_len: self.len - a_len,
        }
    }

    /// Drops the elements at logical indices `new_len..len` and sets `len = new_len`. No
    /// effect if `new_len >= len`.
    ///
    /// `len` is lowered before any element is dropped, so a panicking drop leaves a valid
    /// ring; the other elements being removed are still dropped while unwinding.
    ///
    /// # Safety
    /// `info` describes the ring's element type.
    pub(crate) unsafe fn truncate(&mut self, info: &ElemInfo, drop: DropFn, new_len: usize) {
        let len = self.len;
        if new_len >= len {
            return;
        }
        let runs = self.runs(info);
        self.len = new_len;
        let Some(drop) = drop else { return };
        let size = info.size;
        if new_len >= runs.a_len {
            // SAFETY: logical `new_len..len` lie in the back run, at physical
            // `new_len - a_len..len - a_len`; they are no longer counted by `len`, so they
            // are dropped exactly once here.
            unsafe {
                drop_elems(
                    runs.b.add((new_len - runs.a_len) * size),
                    len - new_len,
                    size,
                    drop,
                )
            }
        } else {
            // The whole back run goes; it is dropped by the guard even if a drop in the
            // front run panics.
            let _back = DropRun {
                base: runs.b,
                count: runs.b_len,
                size,
                drop,
            };
            // SAFETY: logical `new_len..a_len` are the end of the front run; like the back
            // run they are no longer counted by `len`.
            unsafe { drop_elems(runs.a.add(new_len * size), runs.a_len - new_len, size, drop) }
        }
    }

    /// Drops every element and resets the front to the buffer start, keeping the buffer.
    ///
    /// # Safety
    /// `info` describes the ring's element type.
    pub(crate) unsafe fn clear(&mut self, info: &ElemInfo, drop: DropFn) {
        // SAFETY: forwarded from the caller.
        unsafe { self.truncate(info, drop, 0) };
        self.head = 0;
    }

    /// Drops every element and frees the buffer. Used by the owner's `Drop`.
    ///
    /// The buffer is freed and the remaining elements are dropped even if a drop panics.
    ///
    /// # Safety
    /// `info` describes the element type; the ring is not used again.
    pub(crate) unsafe fn drop_and_free(&mut self, info: &ElemInfo, drop: DropFn) {
        let _free = FreeOnDrop {
            ptr: self.ptr.as_ptr(),
            cap: self.cap,
            info,
        };
        // SAFETY: forwarded from the caller; `truncate` drops both runs, with a guard.
        unsafe { self.truncate(info, drop, 0) };
    }

    /// Moves the elements so that they occupy one run of slots, and returns its start.
    pub(crate) fn make_contiguous(&mut self, info: &ElemInfo) -> *mut u8 {
        let (cap, head, len, size) = (self.cap, self.head, self.len, info.size);
        if head <= cap - len {
            return self.at(info, head);
        }
        if size == 0 {
            // Every slot has the same address; only the bookkeeping moves.
            self.head = 0;
            return self.ptr.as_ptr();
        }
        let base = self.ptr.as_ptr();
        let head_len = cap - head;
        let tail_len = len - head_len;
        let free = cap - len;
        // Nothing below can panic, and only whole elements are moved between slots, so
        // every element keeps exactly one live copy.
        if free >= head_len {
            // [B . . A]  ->  [A B . .]: `free >= head_len` implies `head >= len`.
            // SAFETY: B moves from `0..tail_len` to `head_len..len` (`ptr::copy` allows the
            // overlap); then A moves from `head..cap` to `0..head_len`, which is disjoint
            // from it and from B's new place because `len <= head`.
            unsafe {
                ptr::copy(base, base.add(head_len * size), tail_len * size);
                ptr::copy_nonoverlapping(base.add(head * size), base, head_len * size);
            }
            self.head = 0;
        } else if free >= tail_len {
            // [B . . A]  ->  [. A B .]
            // SAFETY: A moves from `head..cap` to `tail_len..len` (overlap allowed); then B
            // moves from `0..tail_len` to `len..len + tail_len`, in bounds because
            // `free >= tail_len`, and disjoint because `len >= tail_len`.
            unsafe {
                ptr::copy(
                    base.add(head * size),
                    base.add(tail_len * size),
                    head_len * size,
                );
                ptr::copy_nonoverlapping(base, base.add(len * size), tail_len * size);
            }
            self.head = tail_len;
        } else {
            // Little free space: rotate the whole buffer [B . A] -> [A B .]. Free slots
            // are moved too; they are only copied as bytes, never read as elements.
            // SAFETY: `0..cap` is the buffer.
            unsafe { rotate_bytes(base, head * size, (cap - head) * size) };
            self.head = 0;
        }
        self.at(info, self.head)
    }

    /// Swaps the elements at logical indices `i` and `j`.
    ///
    /// # Panics
    /// Panics if either index is out of bounds, before anything is moved.
    #[track_caller]
    pub(crate) fn swap(&mut self, info: &ElemInfo, i: usize, j: usize) {
        if i >= self.len {
            index_panic("i");
        }
        if j >= self.len {
            index_panic("j");
        }
        if i == j {
            return;
        }
        let a = self.at(info, self.phys(i));
        let b = self.at(info, self.phys(j));
        // SAFETY: `i != j` are both live, so their slots are distinct, disjoint elements.
        unsafe { swap_bytes(a, b, info.size) }
    }

    /// Keeps only the elements for which `keep` returns `true`, in order. `keep` receives
    /// the address of each element in turn, front to back.
    ///
    /// If `keep` or a drop panics, the ring keeps the elements already kept plus the ones
    /// not yet visited; nothing is dropped twice.
    ///
    /// # Safety
    /// `info` describes the ring's element type; `keep` may read and write the element it
    /// is given but must not move it out.
    pub(crate) unsafe fn retain(
        &mut self,
        info: &ElemInfo,
        drop: DropFn,
        keep: &mut dyn FnMut(*mut u8) -> bool,
    ) {
        /// On drop (normal or unwinding) closes the gap between the kept elements and the
        /// unvisited ones and restores `len`.
        struct Gap<'a> {
            d: &'a mut RawDeque,
            size: usize,
            visited: usize,
            deleted: usize,
            original_len: usize,
        }
        impl Drop for Gap<'_> {
            fn drop(&mut self) {
                if self.deleted > 0 {
                    for i in self.visited..self.original_len {
                        let src = self.d.at_size(self.size, self.d.phys(i));
                        let dst = self.d.at_size(self.size, self.d.phys(i - self.deleted));
                        // SAFETY: logical `i` is live and unvisited; `i - deleted` is a dead
                        // slot (deleted or already moved on), distinct since `deleted > 0`.
                        unsafe { copy_elem(src, dst, self.size) }
                    }
                }
                self.d.len = self.original_len - self.deleted;
            }
        }
        let original_len = self.len;
        // With `len == 0` a panic can never expose a dropped or moved slot; `Gap` restores
        // the true length.
        self.len = 0;
        let mut g = Gap {
            d: self,
            size: info.size,
            visited: 0,
            deleted: 0,
            original_len,
        };
        while g.visited < original_len {
            let cur = g.d.at(info, g.d.phys(g.visited));
            if keep(cur) {
                if g.deleted > 0 {
                    let dst = g.d.at(info, g.d.phys(g.visited - g.deleted));
                    // SAFETY: the slot `deleted` places earlier is dead and distinct.
                    unsafe { copy_elem(cur, dst, info.size) };
                }
                g.visited += 1;
            } else {
                g.visited += 1;
                g.deleted += 1;
                if let Some(drop) = drop {
                    // SAFETY: the element is live and now counted as deleted, so it is
                    // dropped once and never touched again.
                    unsafe { drop(cur) }
                }
            }
        }
    }

    /// Like [`at`](Self::at), given only the element size.
    #[inline(always)]
    fn at_size(&self, size: usize, p: usize) -> *mut u8 {
        self.ptr.as_ptr().wrapping_add(p * size)
    }
}

/// Panics like std's `VecDeque::swap` does for an out-of-bounds index.
#[cold]
#[inline(never)]
#[track_caller]
fn index_panic(name: &str) -> ! {
    panic!("assertion failed: {name} < self.len()")
}
