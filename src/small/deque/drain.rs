//! [`Drain`]: the iterator returned by [`Deque::drain`].

use core::fmt;
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::ptr::{self, NonNull};
use core::slice;

use super::Deque;
use crate::raw::deque::DrainState;

/// A front-to-back iterator that removes a range of elements from a [`Deque`], from
/// [`Deque::drain`].
///
/// The elements it does not yield are dropped with it, and the deque closes the gap. If it
/// is leaked, the deque keeps only the elements before the range.
///
/// ```
/// let mut d: sizespeed::small::Deque<_> = [1, 2, 3, 4].into();
/// let mut it = d.drain(1..);
/// assert_eq!(it.len(), 3);
/// assert_eq!(it.next_back(), Some(4));
/// drop(it);
/// assert_eq!(d, [1]);
/// ```
pub struct Drain<'a, T> {
    /// The deque being drained. Its `len` is the drain start until this drops; only the
    /// elements `state` has not yet yielded are still owned by the drain.
    deque: NonNull<Deque<T>>,
    /// Which elements are left and where the kept parts are.
    state: DrainState,
    marker: PhantomData<&'a T>,
}

// SAFETY: a `Drain` moves `T`s out of a uniquely borrowed deque, like `&mut Deque<T>`.
unsafe impl<T: Send> Send for Drain<'_, T> {}
// SAFETY: shared access to a `Drain` only reads element addresses (in `Debug`).
unsafe impl<T: Sync> Sync for Drain<'_, T> {}

impl<'a, T> Drain<'a, T> {
    /// Starts draining logical `start..end` of `deque` (checked by the caller).
    #[inline]
    pub(super) fn new(deque: &'a mut Deque<T>, start: usize, end: usize) -> Self {
        let state = deque.raw.drain_start(start, end);
        Drain {
            deque: NonNull::from(deque),
            state,
            marker: PhantomData,
        }
    }

    /// The elements not yet yielded, as two slices.
    fn as_slices(&self) -> (&[T], &[T]) {
        // SAFETY: the deque outlives the drain, and only the drain touches it meanwhile.
        let raw = unsafe { &(*self.deque.as_ptr()).raw };
        let r = self.state.runs(raw, Deque::<T>::INFO);
        // SAFETY: the runs hold the not yet yielded, initialized, aligned `T`s; `&self`
        // keeps them from being moved out while the slices live.
        unsafe {
            (
                slice::from_raw_parts(r.a as *const T, r.a_len),
                slice::from_raw_parts(r.b as *const T, r.b_len),
            )
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for Drain<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (a, b) = self.as_slices();
        f.debug_tuple("Drain").field(&a).field(&b).finish()
    }
}

impl<T> Iterator for Drain<'_, T> {
    type Item = T;
    #[inline]
    fn next(&mut self) -> Option<T> {
        // SAFETY: the deque outlives the drain, and only the drain touches it meanwhile.
        let raw = unsafe { &(*self.deque.as_ptr()).raw };
        let p = self.state.next(raw, Deque::<T>::INFO);
        if p.is_null() {
            None
        } else {
            // SAFETY: `p` is a live `T` that the state no longer counts: we own it.
            Some(unsafe { ptr::read(p as *const T) })
        }
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.state.remaining();
        (n, Some(n))
    }
}

impl<T> DoubleEndedIterator for Drain<'_, T> {
    #[inline]
    fn next_back(&mut self) -> Option<T> {
        // SAFETY: as in `next`.
        let raw = unsafe { &(*self.deque.as_ptr()).raw };
        let p = self.state.next_back(raw, Deque::<T>::INFO);
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
        let state = self.state;
        // SAFETY: the deque outlives the drain and was changed only through `state`; the
        // core drops the elements not yet yielded and closes the gap, once.
        unsafe {
            (*self.deque.as_ptr())
                .raw
                .drain_finish(Deque::<T>::INFO, Deque::<T>::DROP, &state)
        }
    }
}
