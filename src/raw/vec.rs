//! The non-generic core of [`small::Vec`](crate::small::Vec): a growable, contiguous
//! buffer of elements whose type is described by an [`ElemInfo`].

use alloc::alloc::{dealloc, handle_alloc_error, realloc};
use core::ptr::{self, NonNull};

use super::grow::{grow_array, grow_failed, grown_capacity, FreeOnDrop, Grow};
use super::iter::RawIter;
use super::sort::SameFn;
use super::{copy_elem, drop_elems, DropFn, ElemInfo};
use crate::TryReserveError;

/// A buffer of `cap` element slots, the first `len` of which are initialized.
///
/// `RawVec` does not know its element type and has no `Drop`: its owner passes the same
/// [`ElemInfo`] to every call and calls [`RawVec::drop_and_free`] when it is dropped.
#[derive(Debug)]
pub(crate) struct RawVec {
    /// Start of the buffer. When `cap == 0` or the element is zero-sized this is a
    /// dangling pointer (usually [`ElemInfo::dangling`]) that is never dereferenced nor
    /// freed; otherwise it was returned by the global allocator for
    /// `info.array(cap)`. Always aligned to `info.align`.
    ptr: NonNull<u8>,
    /// Number of element slots. `usize::MAX` for zero-sized elements, which never allocate.
    /// `cap * info.size <= isize::MAX`.
    cap: usize,
    /// Number of initialized elements, at the front of the buffer. `len <= cap`.
    len: usize,
}

impl RawVec {
    /// An empty buffer that does not allocate.
    #[inline]
    pub(crate) const fn new(info: &ElemInfo) -> Self {
        RawVec {
            ptr: info.dangling(),
            cap: if info.size == 0 { usize::MAX } else { 0 },
            len: 0,
        }
    }

    /// An empty buffer with room for at least `capacity` elements.
    pub(crate) fn with_capacity(info: &ElemInfo, capacity: usize) -> Self {
        let mut v = RawVec::new(info);
        v.reserve(info, capacity);
        v
    }

    #[inline(always)]
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    #[inline(always)]
    pub(crate) fn capacity(&self) -> usize {
        self.cap
    }

    #[inline(always)]
    pub(crate) fn ptr(&self) -> *mut u8 {
        self.ptr.as_ptr()
    }

    /// Sets the number of initialized elements.
    ///
    /// # Safety
    /// `len <= cap`, and the first `len` slots must be initialized.
    #[inline(always)]
    pub(crate) unsafe fn set_len(&mut self, len: usize) {
        debug_assert!(len <= self.cap);
        self.len = len;
    }

    /// Grows the buffer so that `len + additional <= cap`, amortized.
    fn grow(&mut self, info: &ElemInfo, additional: usize, exact: bool) -> Result<(), Grow> {
        self.grow_past(info, self.len, additional, exact)
    }

    /// Grows the buffer so that `used + additional <= cap`, amortized; `used` (at least
    /// `len`, at most `cap`) counts slots the caller keeps beyond `len`, such as the tail
    /// of a drain.
    fn grow_past(
        &mut self,
        info: &ElemInfo,
        used: usize,
        additional: usize,
        exact: bool,
    ) -> Result<(), Grow> {
        let required = used.checked_add(additional).ok_or(Grow::Overflow)?;
        if required <= self.cap {
            return Ok(());
        }
        // Zero-sized elements have `cap == usize::MAX`, so they never get here.
        debug_assert!(info.size != 0);
        let new_cap = grown_capacity(info, self.cap, required, exact);
        // SAFETY: `size > 0`, `new_cap >= required > cap`, and `ptr` was allocated with
        // `info.array(cap)` when `cap > 0` (field invariant).
        self.ptr = unsafe { grow_array(info, self.ptr, self.cap, new_cap)? };
        self.cap = new_cap;
        Ok(())
    }

    /// Makes room for one more element. Called by the typed `push` when `len == cap`.
    #[cold]
    #[inline(never)]
    pub(crate) fn grow_one(&mut self, info: &ElemInfo) {
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

    /// Reserves room for at least `additional` slots after the first `used` ones, which
    /// keep their bytes (initialized or not) across a reallocation.
    ///
    /// # Panics
    /// Panics on capacity overflow, before anything changes.
    pub(crate) fn reserve_past(&mut self, info: &ElemInfo, used: usize, additional: usize) {
        debug_assert!(self.len <= used && used <= self.cap);
        if let Err(e) = self.grow_past(info, used, additional, false) {
            grow_failed(e)
        }
    }

    /// A buffer from its parts.
    ///
    /// # Safety
    /// The parts satisfy the field invariants: `ptr` is aligned for the element and, when
    /// `cap > 0` and the element is not zero-sized, was allocated by the global allocator
    /// with `info.array(cap)`; `cap` is `usize::MAX` for a zero-sized element; the first
    /// `len <= cap` slots are initialized.
    #[inline]
    pub(crate) const unsafe fn from_parts(ptr: NonNull<u8>, cap: usize, len: usize) -> Self {
        RawVec { ptr, cap, len }
    }

    /// Reserves room for exactly `additional` more elements.
    pub(crate) fn reserve_exact(&mut self, info: &ElemInfo, additional: usize) {
        if let Err(e) = self.grow(info, additional, true) {
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

    /// Like [`reserve_exact`](Self::reserve_exact), reporting failure as an error.
    pub(crate) fn try_reserve_exact(
        &mut self,
        info: &ElemInfo,
        additional: usize,
    ) -> Result<(), TryReserveError> {
        self.grow(info, additional, true).map_err(Into::into)
    }

    /// Shrinks the allocation to `max(len, min_capacity)` slots, if that is smaller.
    pub(crate) fn shrink_to(&mut self, info: &ElemInfo, min_capacity: usize) {
        if info.size == 0 {
            return;
        }
        let target = self.len.max(min_capacity);
        if target >= self.cap {
            return;
        }
        let Some(old_layout) = info.array(self.cap) else {
            // Unreachable: the current layout was valid when allocated.
            return;
        };
        if target == 0 {
            // SAFETY: `ptr` was allocated with `old_layout` and holds no live element.
            unsafe { dealloc(self.ptr.as_ptr(), old_layout) };
            self.ptr = info.dangling();
            self.cap = 0;
            return;
        }
        // A smaller array of a valid layout is valid too.
        let Some(new_layout) = info.array(target) else {
            return;
        };
        // SAFETY: `ptr` was allocated with `old_layout`; the new size is non-zero.
        let p = unsafe { realloc(self.ptr.as_ptr(), old_layout, new_layout.size()) };
        match NonNull::new(p) {
            Some(p) => {
                self.ptr = p;
                self.cap = target;
            }
            None => handle_alloc_error(new_layout),
        }
    }

    /// Address of slot `index`.
    ///
    /// # Safety
    /// `index <= cap`.
    #[inline(always)]
    pub(crate) unsafe fn slot(&self, info: &ElemInfo, index: usize) -> *mut u8 {
        // SAFETY: `index <= cap`, so the offset stays within (or one past) the allocation;
        // for zero-sized elements the offset is 0.
        unsafe { self.ptr.as_ptr().add(index * info.size) }
    }

    /// Address of element `index`, or null if `index >= len`.
    #[inline]
    pub(crate) fn get(&self, info: &ElemInfo, index: usize) -> *mut u8 {
        if index < self.len {
            self.ptr.as_ptr().wrapping_add(index * info.size)
        } else {
            ptr::null_mut()
        }
    }

    /// Stops counting the last element and returns its address (the caller now owns it),
    /// or null if the buffer is empty. Inlined, and out of line with the `shared-library`
    /// feature, like [`push`](Self::push).
    #[cfg_attr(not(feature = "shared-library"), inline)]
    #[cfg_attr(feature = "shared-library", inline(never))]
    pub(crate) fn pop(&mut self, info: &ElemInfo) -> *mut u8 {
        if self.len == 0 {
            return ptr::null_mut();
        }
        self.len -= 1;
        self.ptr.as_ptr().wrapping_add(self.len * info.size)
    }

    /// A cursor over the live elements.
    #[inline]
    pub(crate) fn iter(&self) -> RawIter {
        RawIter::new(self.ptr.as_ptr(), self.len)
    }

    /// Counts one more element and returns the address of its (uninitialized) slot,
    /// growing the buffer first if it is full. The caller must write the element there
    /// before anything else touches the buffer.
    ///
    /// This is the typed `push`'s fast path: small, non-generic and `#[inline]`, so it
    /// exists once per crate, not once per element type, and optimised builds fold it into
    /// the caller's loop. Growth stays out of line in [`grow_one`](Self::grow_one).
    ///
    /// # Panics
    /// Panics on capacity overflow, before `len` changes.
    #[inline]
    pub(crate) fn push_slot(&mut self, info: &ElemInfo) -> *mut u8 {
        if self.len == self.cap {
            self.grow_one(info);
        }
        let slot = self.ptr.as_ptr().wrapping_add(self.len * info.size);
        self.len += 1;
        slot
    }

    /// Moves the element at `src` into a new slot at the end, growing first if full.
    ///
    /// Inlined, so that with room to spare a push is a few instructions at the call site,
    /// where the element size is a known constant and the copy a plain move (out of line,
    /// `vec/push` took 2.2x std's time against 0.95x). With the `shared-library` feature
    /// it stays out of line, one copy in the library instead of the capacity check, the
    /// growth call and the element copy at every typed call site.
    ///
    /// # Panics
    /// Panics on capacity overflow, before anything is copied.
    ///
    /// # Safety
    /// `src` points to an initialized element of `info`'s type, which the caller must not
    /// use or drop afterwards; it does not point into this buffer.
    #[cfg_attr(not(feature = "shared-library"), inline)]
    #[cfg_attr(feature = "shared-library", inline(never))]
    pub(crate) unsafe fn push(&mut self, info: &ElemInfo, src: *const u8) {
        let slot = self.push_slot(info);
        // SAFETY: `slot` is the uninitialized slot just counted, `info.size` bytes long and
        // disjoint from `src`, which is readable for `info.size` bytes.
        unsafe { copy_elem(src, slot, info.size) }
    }

    /// Reserves room for `hint` more elements (an iterator's lower size bound; one that
    /// lies only costs reallocations), then appends every element that `pull` yields,
    /// calling `pull(state, self)` until it returns `false`. The loop lives here, once;
    /// the typed `pull` (one per iterator type) holds the only copy of the iterator's
    /// `next`, which a typed loop would let the optimizer duplicate (peeled and rotated)
    /// around the push.
    ///
    /// If `pull` panics, the vector holds the elements pushed so far.
    ///
    /// # Panics
    /// On capacity overflow, and if `pull` panics.
    ///
    /// # Safety
    /// `info` describes the element type; `pull(state, v)`, given `state` and this vector,
    /// either pushes one element of this vector's type onto `v` and returns `true`, or
    /// returns `false`; it may panic. Used with the `shared-library` feature only.
    #[cfg(feature = "shared-library")]
    #[inline(never)]
    pub(crate) unsafe fn extend_pull(
        &mut self,
        info: &ElemInfo,
        hint: usize,
        state: *mut (),
        pull: unsafe fn(*mut (), &mut RawVec) -> bool,
    ) {
        self.reserve(info, hint);
        // SAFETY: the caller's contract for `pull`.
        while unsafe { pull(state, self) } {}
    }

    /// Inserts the element at `src` at `index`, shifting the tail right.
    ///
    /// # Panics
    /// Panics if `index > len`, before anything is moved; the element at `src` is then
    /// still owned by the caller.
    ///
    /// # Safety
    /// As for [`push`](Self::push).
    #[track_caller]
    pub(crate) unsafe fn insert(&mut self, info: &ElemInfo, index: usize, src: *const u8) {
        let len = self.len;
        if index > len {
            index_panic("insertion", "<=", index, len);
        }
        if len == self.cap {
            self.grow_one(info);
        }
        // SAFETY: `index <= len < cap`. The tail `index..len` moves one slot right, into
        // `index+1..len+1`, which fits because `len < cap`; `ptr::copy` allows overlap.
        // Slot `index` is then free and receives the new element. Nothing here can panic,
        // so no element is ever duplicated or lost.
        unsafe {
            let at = self.slot(info, index);
            ptr::copy(at, at.add(info.size), (len - index) * info.size);
            copy_elem(src, at, info.size);
        }
        self.len = len + 1;
    }

    /// Moves the element at `index` out to `dst`, shifting the tail left.
    ///
    /// # Panics
    /// Panics if `index >= len`, before anything is moved.
    ///
    /// # Safety
    /// `dst` is valid for writes of one element and does not point into this buffer. The
    /// caller takes ownership of the element written there.
    #[track_caller]
    pub(crate) unsafe fn remove(&mut self, info: &ElemInfo, index: usize, dst: *mut u8) {
        let len = self.len;
        if index >= len {
            index_panic("removal", "<", index, len);
        }
        // SAFETY: `index < len`: slot `index` is initialized and moves to `dst`; the tail
        // `index+1..len` then moves one slot left over it. Nothing here can panic.
        unsafe {
            let at = self.slot(info, index);
            copy_elem(at, dst, info.size);
            ptr::copy(at.add(info.size), at, (len - index - 1) * info.size);
        }
        self.len = len - 1;
    }

    /// Moves the element at `index` out to `dst` and moves the last element into its slot.
    ///
    /// # Panics
    /// Panics if `index >= len`, before anything is moved.
    ///
    /// # Safety
    /// As for [`remove`](Self::remove).
    #[track_caller]
    pub(crate) unsafe fn swap_remove(&mut self, info: &ElemInfo, index: usize, dst: *mut u8) {
        let len = self.len;
        if index >= len {
            index_panic("swap_remove", "<", index, len);
        }
        // SAFETY: `index < len`. Slot `index` moves out to `dst`, then the last slot (which
        // may be the same one, hence `ptr::copy`) fills the hole.
        unsafe {
            let at = self.slot(info, index);
            copy_elem(at, dst, info.size);
            ptr::copy(self.slot(info, len - 1), at, info.size);
        }
        self.len = len - 1;
    }

    /// Drops the elements at `new_len..len` and sets `len = new_len`. No effect if
    /// `new_len >= len`.
    ///
    /// `len` is lowered before any element is dropped, so a panicking drop leaves a valid
    /// buffer: the remaining tail elements are still dropped while unwinding.
    ///
    /// # Safety
    /// `info` describes the buffer's element type.
    pub(crate) unsafe fn truncate(&mut self, info: &ElemInfo, drop: DropFn, new_len: usize) {
        let len = self.len;
        if new_len >= len {
            return;
        }
        self.len = new_len;
        if let Some(drop) = drop {
            // SAFETY: slots `new_len..len` were initialized and are no longer counted by
            // `len`, so they are dropped exactly once here.
            unsafe { drop_elems(self.slot(info, new_len), len - new_len, info.size, drop) }
        }
    }

    /// Drops every element and frees the buffer: the owner's `Drop`, with two arguments
    /// fewer to set up at each of its (many, unwinding paths included) call sites.
    ///
    /// The buffer is freed even if a drop panics.
    ///
    /// # Safety
    /// `info` describes the element type and `drop` is its drop glue; the buffer is not
    /// used again.
    #[inline(never)]
    pub(crate) unsafe fn drop_all(&mut self, info: &ElemInfo, drop: DropFn) {
        let len = self.len;
        // SAFETY: the first `len` slots are the live elements (field invariant), used
        // never again (caller).
        unsafe { self.drop_and_free(info, drop, 0, len) }
    }

    /// Drops the elements at `start..end` and frees the buffer. Used by the owner's `Drop`
    /// and by `IntoIter`'s, which owns only the elements it has not yet yielded.
    ///
    /// The buffer is freed even if a drop panics.
    ///
    /// # Safety
    /// `info` describes the element type; `start <= end <= cap`; slots `start..end` are
    /// initialized and not used again; the buffer is not used again.
    pub(crate) unsafe fn drop_and_free(
        &mut self,
        info: &ElemInfo,
        drop: DropFn,
        start: usize,
        end: usize,
    ) {
        let _free = FreeOnDrop {
            ptr: self.ptr.as_ptr(),
            cap: self.cap,
            info,
        };
        self.len = 0;
        if let Some(drop) = drop {
            // SAFETY: the caller guarantees `start..end` are live elements used never again.
            unsafe { drop_elems(self.slot(info, start), end - start, info.size, drop) }
        }
    }
}

impl RawVec {
    /// The scan behind `Vec::dedup_by` (`from == 1`) and `Vec::retain_mut` (`from == 0`):
    /// visits the elements from index `from` on, front to back, and drops each one for
    /// which `reject(data, element, last_kept)` holds, moving the others down behind the
    /// ones kept before them. The first `from` elements are kept unvisited.
    ///
    /// `reject` sees the element where it lies and the last element kept, in its final
    /// slot (null when none has been kept yet): two distinct live elements (the same
    /// address only for zero-sized ones). For `dedup_by` this keeps the first element of
    /// each run of consecutive elements for which `same(later, earlier)` holds, as std
    /// does. If `reject` or a drop panics, the elements not yet visited move down behind
    /// the kept ones, so the vector holds the kept prefix and the untouched rest; nothing
    /// is dropped twice.
    ///
    /// # Safety
    /// `info` describes the element type; `data` and `reject` are paired by the shim,
    /// and `reject` accepts a null last-kept pointer if `from == 0`.
    #[inline(never)]
    pub(crate) unsafe fn reject_scan(
        &mut self,
        info: &ElemInfo,
        drop: DropFn,
        from: usize,
        data: *mut (),
        reject: SameFn,
    ) {
        let len = self.len;
        if len <= from {
            return;
        }
        /// The state of the scan, and its guard: slots `write..read` are a gap (kept
        /// elements moved out, or dropped elements). When dropped, it moves the
        /// unvisited elements `read..len` down to `write` and sets the length.
        struct Scan<'a> {
            v: &'a mut RawVec,
            read: usize,
            write: usize,
            len: usize,
            size: usize,
        }
        impl Drop for Scan<'_> {
            fn drop(&mut self) {
                let rest = self.len - self.read;
                // SAFETY: `write <= read <= len <= cap`; the unvisited elements are live
                // and move once, to slots that are gaps or their own.
                unsafe {
                    let base = self.v.ptr();
                    ptr::copy(
                        base.add(self.read * self.size),
                        base.add(self.write * self.size),
                        rest * self.size,
                    );
                }
                self.v.len = self.write + rest;
            }
        }
        let size = info.size;
        // The guard owns the count: while it lives, `len` would mislead a panic path.
        self.len = 0;
        let mut g = Scan {
            v: self,
            read: from,
            write: from,
            len,
            size,
        };
        let base = g.v.ptr();
        // SAFETY: `write <= read < len`: the element at `read` is live and the last kept
        // one, at `write - 1`, is a distinct live element; a rejected element is counted
        // as visited before it is dropped, so a panicking drop does not move it back.
        unsafe {
            while g.read < len {
                let r = base.add(g.read * size);
                let last = match g.write {
                    0 => ptr::null_mut(),
                    w => base.add((w - 1) * size),
                };
                if reject(data, r, last) {
                    g.read += 1;
                    if let Some(drop) = drop {
                        drop(r);
                    }
                } else {
                    if g.read != g.write {
                        copy_elem(r, base.add(g.write * size), size);
                    }
                    g.write += 1;
                    g.read += 1;
                }
            }
        }
    }
}

/// Panics with std's message for an out-of-bounds `insert`, `remove` or `swap_remove`.
#[cold]
#[inline(never)]
#[track_caller]
fn index_panic(what: &str, relation: &str, index: usize, len: usize) -> ! {
    panic!("{what} index (is {index}) should be {relation} len (is {len})")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::raw::drop_fn;
    use alloc::string::{String, ToString};
    use core::mem::ManuallyDrop;

    fn push_str(v: &mut RawVec, info: &ElemInfo, s: &str) {
        let slot = v.push_slot(info) as *mut String;
        // SAFETY: `push_slot` returned the uninitialized, aligned slot it now counts.
        unsafe { slot.write(s.to_string()) }
    }

    fn strings(v: &RawVec, info: &ElemInfo) -> alloc::vec::Vec<String> {
        (0..v.len())
            // SAFETY: indices below `len` are live Strings.
            .map(|i| unsafe { (*(v.get(info, i) as *const String)).clone() })
            .collect()
    }

    #[test]
    fn strings_through_every_core_operation() {
        let info = ElemInfo::of::<String>();
        let mut v = RawVec::new(info);
        for s in ["a", "b", "c", "d", "e"] {
            push_str(&mut v, info, s);
        }
        let x = ManuallyDrop::new("x".to_string());
        // SAFETY: as in `push_str`.
        unsafe { v.insert(info, 1, &x as *const ManuallyDrop<String> as *const u8) };
        assert_eq!(strings(&v, info), ["a", "x", "b", "c", "d", "e"]);
        let mut out = core::mem::MaybeUninit::<String>::uninit();
        // SAFETY: `out` receives the removed String, which we then own.
        let removed = unsafe {
            v.remove(info, 0, out.as_mut_ptr() as *mut u8);
            out.assume_init_read()
        };
        assert_eq!(removed, "a");
        // SAFETY: as above.
        let swapped = unsafe {
            v.swap_remove(info, 0, out.as_mut_ptr() as *mut u8);
            out.assume_init_read()
        };
        assert_eq!(swapped, "x");
        assert_eq!(strings(&v, info), ["e", "b", "c", "d"]);
        // SAFETY: the buffer holds Strings.
        unsafe { v.truncate(info, drop_fn::<String>(), 2) };
        v.shrink_to(info, 0);
        assert_eq!(v.capacity(), 2);
        assert_eq!(strings(&v, info), ["e", "b"]);
        let len = v.len();
        // SAFETY: the live elements are `0..len`; `v` is not used again.
        unsafe { v.drop_and_free(info, drop_fn::<String>(), 0, len) };
    }

    #[test]
    fn zero_sized_and_page_aligned_elements() {
        #[repr(align(4096))]
        struct Page(u8);
        let info = ElemInfo::of::<Page>();
        let mut v = RawVec::new(info);
        for i in 0..3u8 {
            let slot = v.push_slot(info) as *mut Page;
            // SAFETY: `push_slot` returned the uninitialized, aligned slot it now counts.
            unsafe { slot.write(Page(i)) };
        }
        for i in 0..3 {
            assert_eq!(v.get(info, i) as usize % 4096, 0);
            // SAFETY: live element.
            assert_eq!(unsafe { (*(v.get(info, i) as *const Page)).0 }, i as u8);
        }
        // SAFETY: the live elements are `0..3`.
        unsafe { v.drop_and_free(info, drop_fn::<Page>(), 0, 3) };

        let info = ElemInfo::of::<()>();
        let mut z = RawVec::new(info);
        assert_eq!(z.capacity(), usize::MAX);
        for _ in 0..1000 {
            let slot = z.push_slot(info) as *mut ();
            // SAFETY: a unit slot needs no memory; the pointer is aligned and non-null.
            unsafe { slot.write(()) };
        }
        assert_eq!(z.len(), 1000);
        assert!(z
            .try_reserve(info, usize::MAX)
            .unwrap_err()
            .is_capacity_overflow());
        // SAFETY: `()` has no drop glue; nothing is freed.
        unsafe { z.drop_and_free(info, None, 0, 1000) };
    }

    #[test]
    fn capacity_overflow_is_reported_not_aborted() {
        let info = ElemInfo::of::<u64>();
        let mut v = RawVec::new(info);
        assert!(v
            .try_reserve(info, usize::MAX / 4)
            .unwrap_err()
            .is_capacity_overflow());
        assert!(v.try_reserve(info, 10).is_ok());
        assert!(v.capacity() >= 10);
        // SAFETY: no live element.
        unsafe { v.drop_and_free(info, None, 0, 0) };
    }
}
