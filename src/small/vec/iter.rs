//! The iterators of [`small::Vec`](super::Vec): owning, shared and mutable.

use core::fmt;
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::mem::{self, ManuallyDrop};
use core::ptr;
use core::slice;

use super::Vec;
use crate::raw::iter::RawIter;
use crate::raw::vec::RawVec;

/// An owning iterator over the elements of a [`Vec`], from [`Vec::into_iter`].
pub struct IntoIter<T> {
    /// The buffer, with its `len` set to 0: the live elements are `start..end`.
    raw: RawVec,
    start: usize,
    end: usize,
    marker: PhantomData<T>,
}

// SAFETY: owns its `T`s, like `Vec<T>`.
unsafe impl<T: Send> Send for IntoIter<T> {}
// SAFETY: shared access only hands out `&T`.
unsafe impl<T: Sync> Sync for IntoIter<T> {}

impl<T> IntoIter<T> {
    /// The elements not yet yielded.
    pub fn as_slice(&self) -> &[T] {
        // SAFETY: slots `start..end` are initialized `T`s.
        unsafe {
            slice::from_raw_parts(
                self.raw.slot(Vec::<T>::INFO, self.start) as *const T,
                self.end - self.start,
            )
        }
    }

    /// The elements not yet yielded, mutably.
    ///
    /// ```
    /// let mut it = sizespeed::small::Vec::from([1, 2, 3]).into_iter();
    /// it.next();
    /// it.as_mut_slice()[0] = 20;
    /// assert_eq!(it.collect::<Vec<_>>(), [20, 3]);
    /// ```
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        // SAFETY: slots `start..end` are initialized `T`s owned by the iterator, and
        // `&mut self` makes the access unique.
        unsafe {
            slice::from_raw_parts_mut(
                self.raw.slot(Vec::<T>::INFO, self.start) as *mut T,
                self.end - self.start,
            )
        }
    }
}

impl<T> AsRef<[T]> for IntoIter<T> {
    fn as_ref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T: Clone> Clone for IntoIter<T> {
    /// Clones the elements not yet yielded into a new buffer.
    ///
    /// ```
    /// let mut a = sizespeed::small::Vec::from([1, 2, 3]).into_iter();
    /// a.next();
    /// let b = a.clone();
    /// assert_eq!(a.collect::<Vec<_>>(), b.collect::<Vec<_>>());
    /// ```
    fn clone(&self) -> Self {
        Vec::from(self.as_slice()).into_iter()
    }
}

impl<T> Default for IntoIter<T> {
    /// An empty iterator that owns no buffer.
    fn default() -> Self {
        Vec::new().into_iter()
    }
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;
    #[inline]
    fn next(&mut self) -> Option<T> {
        if self.start == self.end {
            return None;
        }
        let i = self.start;
        self.start += 1;
        // SAFETY: slot `i` was live; moving `start` past it hands it to the caller.
        Some(unsafe { ptr::read(self.raw.slot(Vec::<T>::INFO, i) as *const T) })
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.start;
        (n, Some(n))
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    #[inline]
    fn next_back(&mut self) -> Option<T> {
        if self.start == self.end {
            return None;
        }
        self.end -= 1;
        // SAFETY: slot `end` was live; lowering `end` hands it to the caller.
        Some(unsafe { ptr::read(self.raw.slot(Vec::<T>::INFO, self.end) as *const T) })
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}
impl<T> FusedIterator for IntoIter<T> {}

impl<T> Drop for IntoIter<T> {
    /// Out of line, once per type (see `Vec`'s `Drop`).
    #[inline(never)]
    fn drop(&mut self) {
        // SAFETY: exactly the slots `start..end` are live; the buffer is not used again.
        unsafe {
            self.raw
                .drop_and_free(Vec::<T>::INFO, Vec::<T>::DROP, self.start, self.end)
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for IntoIter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("IntoIter").field(&self.as_slice()).finish()
    }
}

impl<T> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        let mut v = ManuallyDrop::new(self);
        let end = v.raw.len();
        // SAFETY: the elements' ownership moves to the iterator, which tracks them by
        // `start..end`; `v` is never dropped.
        unsafe { v.raw.set_len(0) };
        IntoIter {
            // SAFETY: `v` is `ManuallyDrop`, so the buffer has one owner: the iterator.
            raw: unsafe { ptr::read(&v.raw) },
            start: 0,
            end,
            marker: PhantomData,
        }
    }
}

/// An iterator over `&T`, from [`Vec::iter`].
///
/// Its stepping is done by a non-generic cursor, so each element type adds only the
/// pointer cast. It behaves like `slice::Iter`, and [`as_slice`](Iter::as_slice) recovers
/// the elements not yet yielded.
pub struct Iter<'a, T> {
    /// Cursor over live elements of the borrowed vector, which outlives `'a`.
    pub(super) raw: RawIter,
    pub(super) marker: PhantomData<&'a T>,
}

/// An iterator over `&mut T`, from [`Vec::iter_mut`].
pub struct IterMut<'a, T> {
    /// Cursor over live elements of the uniquely borrowed vector, which outlives `'a`.
    pub(super) raw: RawIter,
    pub(super) marker: PhantomData<&'a mut T>,
}

// SAFETY: `Iter` hands out `&T` only, like `slice::Iter`.
unsafe impl<T: Sync> Send for Iter<'_, T> {}
// SAFETY: as above.
unsafe impl<T: Sync> Sync for Iter<'_, T> {}
// SAFETY: `IterMut` hands out `&mut T`, like `slice::IterMut`.
unsafe impl<T: Send> Send for IterMut<'_, T> {}
// SAFETY: shared access to an `IterMut` gives no access to elements.
unsafe impl<T: Sync> Sync for IterMut<'_, T> {}

impl<'a, T> Iter<'a, T> {
    /// The elements not yet yielded.
    pub fn as_slice(&self) -> &'a [T] {
        // SAFETY: the cursor covers live elements borrowed for `'a`.
        unsafe { slice::from_raw_parts(self.raw.as_ptr() as *const T, self.raw.len()) }
    }
}

impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self {
        Iter {
            raw: self.raw.clone(),
            marker: PhantomData,
        }
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    #[inline]
    fn next(&mut self) -> Option<&'a T> {
        // SAFETY: the cursor yields null when done, otherwise a live element not yielded
        // before, borrowed for `'a`; a null-or-valid pointer is the representation of
        // `Option<&'a T>`.
        unsafe { mem::transmute::<*mut u8, Option<&'a T>>(self.raw.next(Vec::<T>::INFO.size)) }
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.raw.len(), Some(self.raw.len()))
    }
    #[inline]
    fn nth(&mut self, n: usize) -> Option<&'a T> {
        self.raw.skip(n, Vec::<T>::INFO.size);
        self.next()
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a T> {
        // SAFETY: the cursor yields null when done, otherwise a live element not yielded
        // before, borrowed for `'a`; a null-or-valid pointer is the representation of
        // `Option<&'a T>`.
        unsafe { mem::transmute::<*mut u8, Option<&'a T>>(self.raw.next_back(Vec::<T>::INFO.size)) }
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {}
impl<T> FusedIterator for Iter<'_, T> {}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
    #[inline]
    fn next(&mut self) -> Option<&'a mut T> {
        // SAFETY: the cursor yields null when done, otherwise a live element not yielded
        // before, borrowed for `'a`; a null-or-valid pointer is the representation of
        // `Option<&'a mut T>`.
        unsafe { mem::transmute::<*mut u8, Option<&'a mut T>>(self.raw.next(Vec::<T>::INFO.size)) }
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.raw.len(), Some(self.raw.len()))
    }
    #[inline]
    fn nth(&mut self, n: usize) -> Option<&'a mut T> {
        self.raw.skip(n, Vec::<T>::INFO.size);
        self.next()
    }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a mut T> {
        // SAFETY: the cursor yields null when done, otherwise a live element not yielded
        // before, borrowed for `'a`; a null-or-valid pointer is the representation of
        // `Option<&'a mut T>`.
        unsafe {
            mem::transmute::<*mut u8, Option<&'a mut T>>(self.raw.next_back(Vec::<T>::INFO.size))
        }
    }
}

impl<T> ExactSizeIterator for IterMut<'_, T> {}
impl<T> FusedIterator for IterMut<'_, T> {}

impl<T: fmt::Debug> fmt::Debug for Iter<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Iter").field(&self.as_slice()).finish()
    }
}

impl<T: fmt::Debug> fmt::Debug for IterMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // SAFETY: the cursor covers live elements; this shared view ends before the
        // iterator can yield another `&mut`.
        let rest = unsafe { slice::from_raw_parts(self.raw.as_ptr() as *const T, self.raw.len()) };
        f.debug_tuple("IterMut").field(&rest).finish()
    }
}
