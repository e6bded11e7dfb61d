//! [`Drain`], [`Splice`] and [`ExtractIf`] of [`InlineVec`].
//!
//! They work on indices and take the buffer's address afresh from the vector at each
//! step, because the buffer may live inside the vector (inline) and a pointer kept across
//! a new borrow of the vector would not be valid.

use core::fmt;
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::ptr::{self, NonNull};

use super::vec::{InlineVec, DEFAULT_INLINE_CAPACITY};

/// A draining iterator over a range of an [`InlineVec`], from [`InlineVec::drain`].
///
/// While it lives, the vector counts only the elements before the range. When it is
/// dropped, the elements it did not yield are dropped (all of them, even if one's `Drop`
/// panics) and the tail moves back. If it is leaked instead (`mem::forget`), the range
/// and the tail are leaked and the vector keeps the elements before the range.
///
/// ```
/// let mut v = sizespeed::inline::Vec::from([1, 2, 3, 4]);
/// let mut d = v.drain(1..3);
/// assert_eq!(d.as_slice(), [2, 3]);
/// assert_eq!(d.next_back(), Some(3));
/// drop(d);
/// assert_eq!(v, [1, 4]);
/// ```
pub struct Drain<'a, T, const N: usize = DEFAULT_INLINE_CAPACITY> {
    /// The vector, uniquely borrowed for `'a`; its `len` is the range's start.
    pub(super) vec: NonNull<InlineVec<T, N>>,
    /// The elements `front..back` are live, not yet yielded and owned by the drain.
    pub(super) front: usize,
    pub(super) back: usize,
    /// The elements `tail_start..tail_start + tail_len` are live and owned by the vector.
    pub(super) tail_start: usize,
    pub(super) tail_len: usize,
    pub(super) marker: PhantomData<&'a mut InlineVec<T, N>>,
}

// SAFETY: a `Drain` owns the `T`s it yields and borrows the vector uniquely, like
// `&mut InlineVec<T, N>`.
unsafe impl<T: Send, const N: usize> Send for Drain<'_, T, N> {}
// SAFETY: shared access only hands out `&T` (through `as_slice`).
unsafe impl<T: Sync, const N: usize> Sync for Drain<'_, T, N> {}

impl<T, const N: usize> Drain<'_, T, N> {
    /// The start of the vector's buffer, taken afresh.
    #[inline]
    fn base(&mut self) -> *mut T {
        // SAFETY: the vector is uniquely borrowed for the drain's life; smallvec's pointer
        // covers the whole buffer, inline or on the heap.
        unsafe { self.vec.as_mut().inner.as_mut_ptr() }
    }

    /// The elements not yet yielded.
    pub fn as_slice(&self) -> &[T] {
        // SAFETY: the vector outlives the drain and only the drain touches it; smallvec's
        // pointer covers the whole buffer, and `front..back` are live elements.
        unsafe {
            let p = self.vec.as_ref().inner.as_ptr();
            core::slice::from_raw_parts(p.add(self.front), self.back - self.front)
        }
    }
}

impl<T, const N: usize> AsRef<[T]> for Drain<'_, T, N> {
    fn as_ref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T, const N: usize> Iterator for Drain<'_, T, N> {
    type Item = T;
    #[inline]
    fn next(&mut self) -> Option<T> {
        if self.front == self.back {
            return None;
        }
        let i = self.front;
        self.front += 1;
        // SAFETY: slot `i` was live and un-yielded; moving `front` past it hands it over.
        Some(unsafe { ptr::read(self.base().add(i)) })
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
}

impl<T, const N: usize> DoubleEndedIterator for Drain<'_, T, N> {
    #[inline]
    fn next_back(&mut self) -> Option<T> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        // SAFETY: slot `back` was live and un-yielded; lowering `back` hands it over.
        Some(unsafe { ptr::read(self.base().add(self.back)) })
    }
}

impl<T, const N: usize> ExactSizeIterator for Drain<'_, T, N> {}
impl<T, const N: usize> FusedIterator for Drain<'_, T, N> {}

impl<T, const N: usize> Drop for Drain<'_, T, N> {
    fn drop(&mut self) {
        /// Moves the tail back over the gap and counts it, even while unwinding from a
        /// panicking element drop.
        struct CloseGap<'r, 'a, T, const N: usize>(&'r mut Drain<'a, T, N>);
        impl<T, const N: usize> Drop for CloseGap<'_, '_, T, N> {
            fn drop(&mut self) {
                let d = &mut *self.0;
                if d.tail_len == 0 {
                    return;
                }
                // SAFETY: the vector is uniquely borrowed; it counts `0..start`, the gap
                // `start..tail_start` is dead and the tail is live, all inside the
                // buffer; `ptr::copy` allows the overlap.
                unsafe {
                    let v = d.vec.as_mut();
                    let start = v.inner.len();
                    let p = v.inner.as_mut_ptr();
                    if d.tail_start != start {
                        ptr::copy(p.add(d.tail_start), p.add(start), d.tail_len);
                    }
                    v.inner.set_len(start + d.tail_len);
                }
            }
        }
        let (front, back) = (self.front, self.back);
        self.front = back;
        let base = self.base();
        let guard = CloseGap(self);
        // SAFETY: `front..back` are live, un-yielded and now forgotten by the drain, so
        // they are dropped once; a slice's drop glue drops the rest if one panics, and
        // `guard` then still closes the gap.
        unsafe { ptr::drop_in_place(ptr::slice_from_raw_parts_mut(base.add(front), back - front)) };
        drop(guard);
    }
}

impl<T: fmt::Debug, const N: usize> fmt::Debug for Drain<'_, T, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Drain").field(&self.as_slice()).finish()
    }
}

/// A splicing iterator, from [`InlineVec::splice`]: yields the removed elements, and
/// puts the replacement in their place when dropped.
///
/// When dropped, it first fills the gap the range left from the replacement; whatever
/// does not fit is collected, and the tail moves once to make room. If the replacement
/// iterator panics, the vector keeps the elements outside the range (and the replacement
/// items already placed).
///
/// ```
/// let mut v = sizespeed::inline::Vec::from([1, 2, 3]);
/// let old: Vec<i32> = v.splice(..2, [7, 8, 9]).collect();
/// assert_eq!(old, [1, 2]);
/// assert_eq!(v, [7, 8, 9, 3]);
/// ```
pub struct Splice<'a, I: Iterator + 'a, const N: usize = DEFAULT_INLINE_CAPACITY> {
    pub(super) drain: Drain<'a, I::Item, N>,
    pub(super) replace_with: I,
}

impl<I: Iterator, const N: usize> Iterator for Splice<'_, I, N> {
    type Item = I::Item;
    #[inline]
    fn next(&mut self) -> Option<I::Item> {
        self.drain.next()
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.drain.size_hint()
    }
}

impl<I: Iterator, const N: usize> DoubleEndedIterator for Splice<'_, I, N> {
    #[inline]
    fn next_back(&mut self) -> Option<I::Item> {
        self.drain.next_back()
    }
}

impl<I: Iterator, const N: usize> ExactSizeIterator for Splice<'_, I, N> {}

impl<I: Iterator + fmt::Debug, const N: usize> fmt::Debug for Splice<'_, I, N>
where
    I::Item: fmt::Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Splice")
            .field("drain", &self.drain)
            .field("replace_with", &self.replace_with)
            .finish()
    }
}

impl<I: Iterator, const N: usize> Drop for Splice<'_, I, N> {
    #[track_caller]
    fn drop(&mut self) {
        // Drop what the caller did not take; the gap is then all dead slots.
        self.drain.by_ref().for_each(drop);
        let d = &mut self.drain;
        // Fill the gap in place, counting each item as it lands.
        loop {
            // SAFETY: the vector is uniquely borrowed for the drain's life.
            let len = unsafe { d.vec.as_ref() }.len();
            if len == d.tail_start {
                break;
            }
            let Some(x) = self.replace_with.next() else {
                // The drain's drop closes the rest of the gap.
                return;
            };
            let p = d.base();
            // SAFETY: `len < tail_start`: a dead slot inside the buffer; once written it
            // is live and counted. A panic in `next` leaves a valid prefix and the drain's
            // drop closes the gap.
            unsafe {
                ptr::write(p.add(len), x);
                d.vec.as_mut().inner.set_len(len + 1);
            }
        }
        // The gap is full: collect what is left (a panic here leaves the tail to the
        // drain's drop), then take the tail out, so that growing the buffer (which keeps
        // only the counted elements when it leaves the inline storage) loses nothing.
        let rest: alloc::vec::Vec<I::Item> = self.replace_with.by_ref().collect();
        if rest.is_empty() {
            return;
        }
        let mut tail: alloc::vec::Vec<I::Item> = alloc::vec::Vec::with_capacity(d.tail_len);
        let p = d.base();
        // SAFETY: the tail is live; after the copy `tail` owns it and the drain forgets
        // it, so it has one owner.
        unsafe {
            ptr::copy_nonoverlapping(p.add(d.tail_start), tail.as_mut_ptr(), d.tail_len);
            tail.set_len(d.tail_len);
        }
        d.tail_len = 0;
        // SAFETY: the vector is uniquely borrowed; it now holds exactly its counted
        // elements, so it may grow. A panic (capacity overflow) drops `rest` and `tail`.
        let v = unsafe { d.vec.as_mut() };
        v.reserve(rest.len() + tail.len());
        v.extend(rest);
        v.extend(tail);
    }
}

/// An iterator that removes the elements a predicate picks, from
/// [`InlineVec::extract_if`].
///
/// The vector counts no element while it lives; when it is dropped the kept and the
/// unvisited elements close up, in order. If it is leaked, the vector is left empty and
/// its elements leak.
pub struct ExtractIf<'a, T, F, const N: usize = DEFAULT_INLINE_CAPACITY> {
    pub(super) vec: &'a mut InlineVec<T, N>,
    /// The next element to visit.
    pub(super) idx: usize,
    /// One past the last element to visit.
    pub(super) end: usize,
    /// Elements removed so far: the holes before `idx`.
    pub(super) deleted: usize,
    /// The length before the call.
    pub(super) old_len: usize,
    pub(super) pred: F,
}

impl<T, F: FnMut(&mut T) -> bool, const N: usize> Iterator for ExtractIf<'_, T, F, N> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        while self.idx < self.end {
            let i = self.idx;
            let base = self.vec.inner.as_mut_ptr();
            // SAFETY: `i < end <= old_len`: the slot is live and in place, so the
            // predicate sees the element where it lives. If it panics, `idx` has not
            // moved and the drop keeps the element.
            let picked = (self.pred)(unsafe { &mut *base.add(i) });
            self.idx += 1;
            if picked {
                self.deleted += 1;
                // SAFETY: slot `i` is live; counting it as deleted hands it to the caller.
                return Some(unsafe { ptr::read(base.add(i)) });
            } else if self.deleted > 0 {
                // SAFETY: the hole at `i - deleted` is dead; the kept element moves there
                // and its old slot joins the holes.
                unsafe { ptr::copy_nonoverlapping(base.add(i), base.add(i - self.deleted), 1) };
            }
        }
        None
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.end - self.idx))
    }
}

impl<T, F, const N: usize> Drop for ExtractIf<'_, T, F, N> {
    fn drop(&mut self) {
        let base = self.vec.inner.as_mut_ptr();
        // SAFETY: `0..idx - deleted` and `idx..old_len` are live and the holes between
        // them dead; the unvisited run moves left over the holes (`ptr::copy` allows the
        // overlap), then exactly the kept elements are counted.
        unsafe {
            if self.deleted > 0 && self.idx < self.old_len {
                ptr::copy(
                    base.add(self.idx),
                    base.add(self.idx - self.deleted),
                    self.old_len - self.idx,
                );
            }
            self.vec.inner.set_len(self.old_len - self.deleted);
        }
    }
}

impl<T: fmt::Debug, F, const N: usize> fmt::Debug for ExtractIf<'_, T, F, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExtractIf")
            .field("remaining", &(self.end - self.idx))
            .finish_non_exhaustive()
    }
}
