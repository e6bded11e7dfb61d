//! [`Drain`], [`Splice`] and [`ExtractIf`]: the typed halves that read elements out and
//! call the user's closures. Tail shifts and bulk drops are in `raw::vec_drain`.

use core::fmt;
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::mem;
use core::ops::RangeBounds;
use core::ptr::{self, NonNull};
use core::slice;

use super::Vec;
use crate::raw::iter::RawIter;
use crate::raw::vec_drain::Tail;

/// The range-taking methods; their iterators follow.
impl<T> Vec<T> {
    /// Removes the elements in `range` and returns them as an iterator; whatever it does
    /// not yield is dropped with it, and the tail then closes the gap.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after `len`, with std's messages.
    ///
    /// ```
    /// let mut v = sizespeed::small::Vec::from([1, 2, 3, 4, 5]);
    /// let mid: Vec<i32> = v.drain(1..4).collect();
    /// assert_eq!(mid, [2, 3, 4]);
    /// assert_eq!(v, [1, 5]);
    /// v.drain(..);
    /// assert!(v.is_empty());
    /// ```
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_, T> {
        let len = self.raw.len();
        let r = crate::contiguous::range_of(range, len);
        // SAFETY: `start <= len`: the vector now counts only the prefix; the range and
        // the tail belong to the drain until it drops.
        unsafe { self.raw.set_len(r.start) };
        // SAFETY: `start <= len <= cap`, so the address is inside (or one past) the buffer.
        let first = unsafe { self.raw.slot(Self::INFO, r.start) };
        Drain {
            iter: crate::raw::iter::RawIter::new(first, r.end - r.start),
            tail: crate::raw::vec_drain::Tail {
                start: r.end,
                len: len - r.end,
            },
            vec: NonNull::from(self),
            marker: PhantomData,
        }
    }

    /// Replaces the elements in `range` with `replace_with`, returning the removed ones as
    /// an iterator; the replacement is inserted when the iterator drops.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after `len`, with std's messages.
    ///
    /// ```
    /// let mut v = sizespeed::small::Vec::from([1, 2, 3]);
    /// let old: Vec<i32> = v.splice(1..2, [20, 21]).collect();
    /// assert_eq!(old, [2]);
    /// assert_eq!(v, [1, 20, 21, 3]);
    /// ```
    #[inline]
    pub fn splice<R, I>(&mut self, range: R, replace_with: I) -> Splice<'_, I::IntoIter>
    where
        R: RangeBounds<usize>,
        I: IntoIterator<Item = T>,
    {
        Splice {
            drain: self.drain(range),
            replace_with: replace_with.into_iter(),
        }
    }

    /// An iterator that removes and yields the elements of `range` for which `filter`
    /// returns `true`; the others stay, in order. Elements it has not reached when it
    /// drops stay too.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after `len`, with std's messages.
    ///
    /// ```
    /// let mut v = sizespeed::small::Vec::from([1, 2, 3, 4, 5, 6]);
    /// let evens: Vec<i32> = v.extract_if(.., |x| *x % 2 == 0).collect();
    /// assert_eq!(evens, [2, 4, 6]);
    /// assert_eq!(v, [1, 3, 5]);
    /// ```
    pub fn extract_if<F, R>(&mut self, range: R, filter: F) -> ExtractIf<'_, T, F>
    where
        F: FnMut(&mut T) -> bool,
        R: RangeBounds<usize>,
    {
        let old_len = self.raw.len();
        let r = crate::contiguous::range_of(range, old_len);
        // SAFETY: while the iterator lives the vector counts nothing, so a leak or a
        // panic never exposes a hole; the iterator's drop restores the true length.
        unsafe { self.raw.set_len(0) };
        ExtractIf {
            vec: self,
            idx: r.start,
            end: r.end,
            deleted: 0,
            old_len,
            pred: filter,
        }
    }
}

/// A draining iterator over a range of a [`Vec`], from [`Vec::drain`].
///
/// While it lives, the vector counts only the elements before the range. When it is
/// dropped, the elements it did not yield are dropped and the tail moves back. If it is
/// leaked instead (`mem::forget`), the range and the tail are leaked, and the vector keeps
/// the elements before the range.
///
/// ```
/// let mut v = sizespeed::small::Vec::from([1, 2, 3, 4]);
/// let mut d = v.drain(1..3);
/// assert_eq!(d.as_slice(), [2, 3]);
/// assert_eq!(d.next_back(), Some(3));
/// drop(d);
/// assert_eq!(v, [1, 4]);
/// ```
pub struct Drain<'a, T> {
    /// The vector, uniquely borrowed for `'a`; its `len` is the range's start.
    pub(super) vec: NonNull<Vec<T>>,
    /// The elements of the range not yet yielded: live, owned by the drain.
    pub(super) iter: RawIter,
    /// The elements after the range: live, owned by the vector.
    pub(super) tail: Tail,
    /// Borrows the vector for `'a` (covariant in `T`, like std's `Drain`).
    pub(super) marker: PhantomData<&'a T>,
}

// SAFETY: a `Drain` owns the `T`s it yields and borrows the vector uniquely, like
// `&mut Vec<T>`.
unsafe impl<T: Send> Send for Drain<'_, T> {}
// SAFETY: shared access only hands out `&T` (through `as_slice`).
unsafe impl<T: Sync> Sync for Drain<'_, T> {}

impl<'a, T> Drain<'a, T> {
    /// The elements not yet yielded.
    pub fn as_slice(&self) -> &[T] {
        // SAFETY: the cursor covers live elements owned by the drain.
        unsafe { slice::from_raw_parts(self.iter.as_ptr() as *const T, self.iter.len()) }
    }
}

impl<T> AsRef<[T]> for Drain<'_, T> {
    fn as_ref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> Iterator for Drain<'_, T> {
    type Item = T;
    #[inline]
    fn next(&mut self) -> Option<T> {
        let p = self.iter.next(mem::size_of::<T>());
        if p.is_null() {
            None
        } else {
            // SAFETY: a live element of the range, yielded once: the cursor moved past it.
            Some(unsafe { ptr::read(p as *const T) })
        }
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.iter.len(), Some(self.iter.len()))
    }
}

impl<T> DoubleEndedIterator for Drain<'_, T> {
    #[inline]
    fn next_back(&mut self) -> Option<T> {
        let p = self.iter.next_back(mem::size_of::<T>());
        if p.is_null() {
            None
        } else {
            // SAFETY: as in `next`.
            Some(unsafe { ptr::read(p as *const T) })
        }
    }
}

impl<T> ExactSizeIterator for Drain<'_, T> {}
impl<T> FusedIterator for Drain<'_, T> {}

impl<T> Drop for Drain<'_, T> {
    fn drop(&mut self) {
        let rest = mem::replace(&mut self.iter, RawIter::new(ptr::null_mut(), 0));
        // SAFETY: the vector is uniquely borrowed for the drain's life; `rest` holds the
        // live un-yielded elements of the gap, every other gap slot is dead, and the tail
        // is live (the raw core's `drain_end` contract).
        unsafe {
            let v = self.vec.as_mut();
            v.raw.drain_end(
                Vec::<T>::INFO,
                Vec::<T>::DROP,
                rest.as_ptr(),
                rest.len(),
                self.tail,
            )
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for Drain<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Drain").field(&self.as_slice()).finish()
    }
}

/// A splicing iterator, from [`Vec::splice`]: yields the removed elements, and puts the
/// replacement in their place when dropped.
///
/// ```
/// let mut v = sizespeed::small::Vec::from([1, 2, 3]);
/// let removed: Vec<i32> = v.splice(..2, [7, 8, 9]).collect();
/// assert_eq!(removed, [1, 2]);
/// assert_eq!(v, [7, 8, 9, 3]);
/// ```
#[derive(Debug)]
pub struct Splice<'a, I: Iterator + 'a> {
    pub(super) drain: Drain<'a, I::Item>,
    pub(super) replace_with: I,
}

impl<I: Iterator> Iterator for Splice<'_, I> {
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

impl<I: Iterator> DoubleEndedIterator for Splice<'_, I> {
    #[inline]
    fn next_back(&mut self) -> Option<I::Item> {
        self.drain.next_back()
    }
}

impl<I: Iterator> ExactSizeIterator for Splice<'_, I> {}

impl<T> Drain<'_, T> {
    /// Moves items from `from` into the gap between the vector's end and the tail,
    /// counting each as it lands. Returns whether the gap was filled.
    fn fill<I: Iterator<Item = T>>(&mut self, from: &mut I) -> bool {
        // SAFETY: the vector is uniquely borrowed for the drain's life.
        let v = unsafe { self.vec.as_mut() };
        while v.len() < self.tail.start {
            let Some(x) = from.next() else {
                return false;
            };
            let len = v.len();
            // SAFETY: `len < tail.start <= cap`: the slot is dead and inside the buffer;
            // after the write it is live and counted. A panic in `next` leaves the counted
            // prefix intact, and the drain's drop closes the gap.
            unsafe {
                ptr::write(v.as_mut_ptr().add(len), x);
                v.raw.set_len(len + 1);
            }
        }
        true
    }

    /// Makes room for `additional` more items before the tail.
    fn widen(&mut self, additional: usize) {
        // SAFETY: the vector is uniquely borrowed; the gap holds no un-yielded element
        // (the splice emptied the drain first).
        unsafe {
            let v = self.vec.as_mut();
            self.tail.start = v.raw.drain_widen(Vec::<T>::INFO, self.tail, additional);
        }
    }
}

impl<I: Iterator> Drop for Splice<'_, I> {
    fn drop(&mut self) {
        // Drop what the caller did not take; the gap is then all dead slots.
        self.drain.by_ref().for_each(drop);
        if self.drain.tail.len == 0 {
            // SAFETY: the vector is uniquely borrowed; with no tail, its end is the
            // gap's start, so appending is the whole splice.
            unsafe { self.drain.vec.as_mut() }.extend(self.replace_with.by_ref());
            return;
        }
        if !self.drain.fill(&mut self.replace_with) {
            return;
        }
        let (lower, _) = self.replace_with.size_hint();
        if lower > 0 {
            self.drain.widen(lower);
            if !self.drain.fill(&mut self.replace_with) {
                return;
            }
        }
        // The size hint was short: collect the rest, then make exactly enough room.
        let mut rest = self
            .replace_with
            .by_ref()
            .collect::<Vec<I::Item>>()
            .into_iter();
        if rest.len() > 0 {
            self.drain.widen(rest.len());
            let filled = self.drain.fill(&mut rest);
            debug_assert!(filled);
        }
        // The drain's own drop moves the tail back.
    }
}

/// An iterator that removes the elements a predicate picks, from [`Vec::extract_if`].
///
/// The vector counts no element while it lives; when it is dropped (or leaked, in which
/// case nothing is restored and the vector is left empty, leaking its elements), the
/// elements it kept and the ones it did not reach close up, in order.
///
/// ```
/// let mut v = sizespeed::small::Vec::from([1, 2, 3, 4, 5]);
/// let odd: Vec<i32> = v.extract_if(1.., |x| *x % 2 == 1).collect();
/// assert_eq!(odd, [3, 5]);
/// assert_eq!(v, [1, 2, 4]);
/// ```
pub struct ExtractIf<'a, T, F> {
    pub(super) vec: &'a mut Vec<T>,
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

impl<T, F: FnMut(&mut T) -> bool> Iterator for ExtractIf<'_, T, F> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        while self.idx < self.end {
            let i = self.idx;
            let base = self.vec.as_mut_ptr();
            // SAFETY: `i < end <= old_len`: the slot is live and in place, so the
            // predicate sees the element where it lives. If it panics, `idx` has not
            // moved and the drop below keeps the element.
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

impl<T, F> Drop for ExtractIf<'_, T, F> {
    fn drop(&mut self) {
        // SAFETY: `0..idx - deleted` and `idx..old_len` are live, the holes between them
        // dead, and the vector's `len` is 0 (set by `extract_if`).
        unsafe {
            self.vec
                .raw
                .extract_if_end(Vec::<T>::INFO, self.idx, self.deleted, self.old_len)
        }
    }
}

impl<T: fmt::Debug, F> fmt::Debug for ExtractIf<'_, T, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // SAFETY: `idx..old_len` are live and not yet visited.
        let rest = unsafe {
            slice::from_raw_parts((self.vec.as_ptr()).add(self.idx), self.old_len - self.idx)
        };
        f.debug_struct("ExtractIf")
            .field("peek", &rest.first())
            .finish_non_exhaustive()
    }
}
