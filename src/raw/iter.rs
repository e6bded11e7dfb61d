//! A type-erased cursor over a contiguous run of elements, stepped by element size.
//!
//! The typed iterators in [`crate::small`] wrap it and only cast the pointer it yields.
//! Its step functions are tiny and non-generic: they are `#[inline]` so optimised builds
//! fold them into loops, yet they exist once per crate rather than once per element type.

use core::ptr;

/// Walks `remaining` elements from `front` (and back from the end).
///
/// The element size is passed to each step rather than stored: callers pass their type's
/// constant size, so once the step is inlined the stride is a compile-time constant and
/// loops over the elements vectorize. Zero-sized elements all share `front`.
#[derive(Clone, Debug)]
pub(crate) struct RawIter {
    /// The next element from the front. Valid for `remaining` elements.
    front: *mut u8,
    /// How many elements are left.
    remaining: usize,
}

impl RawIter {
    /// A cursor over `len` elements starting at `start`.
    ///
    /// The cursor itself never dereferences; its users may, as long as the run is valid.
    #[inline]
    pub(crate) const fn new(start: *mut u8, len: usize) -> Self {
        RawIter {
            front: start,
            remaining: len,
        }
    }

    /// Elements left.
    #[inline]
    pub(crate) const fn len(&self) -> usize {
        self.remaining
    }

    /// Start of the elements left.
    #[inline]
    pub(crate) const fn as_ptr(&self) -> *mut u8 {
        self.front
    }

    /// The next element (of `size` bytes) from the front, or null when done.
    #[inline]
    pub(crate) fn next(&mut self, size: usize) -> *mut u8 {
        if self.remaining == 0 {
            return ptr::null_mut();
        }
        self.remaining -= 1;
        let p = self.front;
        self.front = self.front.wrapping_add(size);
        p
    }

    /// The next element (of `size` bytes) from the back, or null when done.
    #[inline]
    pub(crate) fn next_back(&mut self, size: usize) -> *mut u8 {
        if self.remaining == 0 {
            return ptr::null_mut();
        }
        self.remaining -= 1;
        self.front.wrapping_add(self.remaining * size)
    }

    /// Skips `n` elements (of `size` bytes) from the front, or all if fewer are left.
    #[inline]
    pub(crate) fn skip(&mut self, n: usize, size: usize) {
        let n = n.min(self.remaining);
        self.remaining -= n;
        self.front = self.front.wrapping_add(n * size);
    }
}
