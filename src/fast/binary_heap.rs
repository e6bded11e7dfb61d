//! [`PriorityQueue`]: `std::collections::BinaryHeap` behind a zero-cost wrapper, with
//! std's `PeekMut` and iterator types.

use alloc::collections::BinaryHeap;
use alloc::vec::Vec;
use core::fmt;

use crate::TryReserveError;

pub use alloc::collections::binary_heap::{Drain, IntoIter, Iter, PeekMut};

/// A priority queue (max-heap): `std::collections::BinaryHeap` behind a zero-cost wrapper.
///
/// The wrapper is `#[repr(transparent)]` and every method is an `#[inline]` forward to
/// the std method of the same name, so it is exactly as fast as std and, like std,
/// compiled again for every element type. It has the same inherent methods as
/// [`small::PriorityQueue`](crate::small::PriorityQueue) and implements
/// [`PriorityQueue`](crate::PriorityQueue). Conversions to and from `BinaryHeap` are
/// free.
///
/// ```
/// use sizespeed::fast::PriorityQueue;
///
/// let mut q = PriorityQueue::from(vec![3, 1, 4]);
/// q.push(5);
/// assert_eq!(q.peek(), Some(&5));
/// if let Some(mut top) = q.peek_mut() {
///     *top = 0; // sinks to its place when `top` is dropped
/// }
/// assert_eq!(q.pop(), Some(4));
/// assert_eq!(q.into_sorted_vec(), [0, 1, 3]);
/// ```
#[repr(transparent)]
pub struct PriorityQueue<T> {
    /// The std heap every method forwards to.
    pub(crate) inner: BinaryHeap<T>,
}

impl<T> PriorityQueue<T> {
    /// Creates an empty queue. Does not allocate.
    ///
    /// ```
    /// const EMPTY: sizespeed::fast::PriorityQueue<u8> = sizespeed::fast::PriorityQueue::new();
    /// assert!(EMPTY.is_empty());
    /// ```
    #[inline]
    pub const fn new() -> Self
    where
        T: Ord,
    {
        PriorityQueue {
            inner: BinaryHeap::new(),
        }
    }

    /// Creates an empty queue with room for at least `capacity` elements.
    ///
    /// ```
    /// let q = sizespeed::fast::PriorityQueue::<u8>::with_capacity(8);
    /// assert!(q.capacity() >= 8);
    /// ```
    #[inline]
    #[track_caller]
    pub fn with_capacity(capacity: usize) -> Self
    where
        T: Ord,
    {
        PriorityQueue {
            inner: BinaryHeap::with_capacity(capacity),
        }
    }

    /// Wraps a std heap.
    ///
    /// ```
    /// let q = sizespeed::fast::PriorityQueue::from_std(std::collections::BinaryHeap::from([1]));
    /// assert_eq!(q.peek(), Some(&1));
    /// ```
    #[inline]
    pub const fn from_std(inner: BinaryHeap<T>) -> Self {
        PriorityQueue { inner }
    }

    /// Unwraps the std heap.
    ///
    /// ```
    /// let q = sizespeed::fast::PriorityQueue::from([1]);
    /// assert_eq!(q.into_std().len(), 1);
    /// ```
    #[inline]
    pub fn into_std(self) -> BinaryHeap<T> {
        self.inner
    }

    /// The std heap, shared.
    ///
    /// ```
    /// let q = sizespeed::fast::PriorityQueue::from([1]);
    /// assert_eq!(q.as_std().len(), 1);
    /// ```
    #[inline]
    pub const fn as_std(&self) -> &BinaryHeap<T> {
        &self.inner
    }

    /// The std heap, mutably.
    ///
    /// ```
    /// let mut q = sizespeed::fast::PriorityQueue::new();
    /// q.as_std_mut().push(1);
    /// assert_eq!(q.len(), 1);
    /// ```
    #[inline]
    pub fn as_std_mut(&mut self) -> &mut BinaryHeap<T> {
        &mut self.inner
    }

    /// The greatest element, mutably: when the guard is dropped, the element moves to its
    /// place in the heap. `None` if the queue is empty.
    ///
    /// ```
    /// let mut q = sizespeed::fast::PriorityQueue::from([1, 5]);
    /// *q.peek_mut().unwrap() = 0;
    /// assert_eq!(q.peek(), Some(&1));
    /// ```
    #[inline]
    pub fn peek_mut(&mut self) -> Option<PeekMut<'_, T>>
    where
        T: Ord,
    {
        self.inner.peek_mut()
    }

    /// Removes and returns the greatest element.
    ///
    /// ```
    /// let mut q = sizespeed::fast::PriorityQueue::from([1, 5, 2]);
    /// assert_eq!(q.pop(), Some(5));
    /// ```
    #[inline]
    pub fn pop(&mut self) -> Option<T>
    where
        T: Ord,
    {
        self.inner.pop()
    }

    /// Adds `item`.
    ///
    /// ```
    /// let mut q = sizespeed::fast::PriorityQueue::new();
    /// q.push(3);
    /// assert_eq!(q.peek(), Some(&3));
    /// ```
    #[inline]
    #[track_caller]
    pub fn push(&mut self, item: T)
    where
        T: Ord,
    {
        self.inner.push(item)
    }

    /// Consumes the queue, returning its elements in ascending order.
    ///
    /// ```
    /// let q = sizespeed::fast::PriorityQueue::from([1, 5, 2]);
    /// assert_eq!(q.into_sorted_vec(), [1, 2, 5]);
    /// ```
    #[inline]
    pub fn into_sorted_vec(self) -> Vec<T>
    where
        T: Ord,
    {
        self.inner.into_sorted_vec()
    }

    /// Moves every element of `other` into `self`, leaving `other` empty.
    ///
    /// ```
    /// let mut a = sizespeed::fast::PriorityQueue::from([1, 3]);
    /// let mut b = sizespeed::fast::PriorityQueue::from([2, 4]);
    /// a.append(&mut b);
    /// assert_eq!((a.len(), b.len()), (4, 0));
    /// assert_eq!(a.peek(), Some(&4));
    /// ```
    #[inline]
    pub fn append(&mut self, other: &mut Self)
    where
        T: Ord,
    {
        self.inner.append(&mut other.inner)
    }

    /// Keeps only the elements for which `keep` returns `true`, visiting them in
    /// unspecified order.
    ///
    /// ```
    /// let mut q = sizespeed::fast::PriorityQueue::from([1, 2, 3, 4]);
    /// q.retain(|x| x % 2 == 0);
    /// assert_eq!(q.into_sorted_vec(), [2, 4]);
    /// ```
    #[inline]
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, keep: F)
    where
        T: Ord,
    {
        self.inner.retain(keep)
    }

    /// Iterates over the elements in unspecified (heap) order.
    ///
    /// ```
    /// let q = sizespeed::fast::PriorityQueue::from([1, 2]);
    /// assert_eq!(q.iter().sum::<i32>(), 3);
    /// ```
    #[inline]
    pub fn iter(&self) -> Iter<'_, T> {
        self.inner.iter()
    }

    /// The greatest element.
    ///
    /// ```
    /// assert_eq!(sizespeed::fast::PriorityQueue::from([1, 2]).peek(), Some(&2));
    /// ```
    #[inline]
    pub fn peek(&self) -> Option<&T> {
        self.inner.peek()
    }

    /// The number of elements the queue can hold without reallocating.
    ///
    /// ```
    /// assert!(sizespeed::fast::PriorityQueue::<u8>::with_capacity(3).capacity() >= 3);
    /// ```
    #[inline]
    pub fn capacity(&self) -> usize {
        self.inner.capacity()
    }

    /// Reserves room for exactly `additional` more elements.
    ///
    /// # Panics
    /// Panics if the capacity would overflow `isize::MAX` bytes.
    ///
    /// ```
    /// let mut q = sizespeed::fast::PriorityQueue::<u8>::new();
    /// q.reserve_exact(5);
    /// assert!(q.capacity() >= 5);
    /// ```
    #[inline]
    #[track_caller]
    pub fn reserve_exact(&mut self, additional: usize) {
        self.inner.reserve_exact(additional)
    }

    /// Reserves room for at least `additional` more elements.
    ///
    /// # Panics
    /// Panics if the capacity would overflow `isize::MAX` bytes.
    ///
    /// ```
    /// let mut q = sizespeed::fast::PriorityQueue::<u8>::new();
    /// q.reserve(5);
    /// assert!(q.capacity() >= 5);
    /// ```
    #[inline]
    #[track_caller]
    pub fn reserve(&mut self, additional: usize) {
        self.inner.reserve(additional)
    }

    /// Like [`reserve_exact`](Self::reserve_exact), reporting failure as an error.
    ///
    /// std does not expose why its reservation failed on stable Rust, so every failure
    /// is reported as [`TryReserveError::capacity_overflow`].
    ///
    /// ```
    /// let mut q = sizespeed::fast::PriorityQueue::<u8>::new();
    /// assert!(q.try_reserve_exact(5).is_ok());
    /// ```
    #[inline]
    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.inner
            .try_reserve_exact(additional)
            .map_err(|_| TryReserveError::capacity_overflow())
    }

    /// Like [`reserve`](Self::reserve), reporting failure as an error.
    ///
    /// ```
    /// let mut q = sizespeed::fast::PriorityQueue::<u8>::new();
    /// assert!(q.try_reserve(usize::MAX).is_err());
    /// ```
    #[inline]
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.inner
            .try_reserve(additional)
            .map_err(|_| TryReserveError::capacity_overflow())
    }

    /// Shrinks the capacity as much as possible.
    ///
    /// ```
    /// let mut q = sizespeed::fast::PriorityQueue::<u8>::with_capacity(10);
    /// q.shrink_to_fit();
    /// assert_eq!(q.capacity(), 0);
    /// ```
    #[inline]
    pub fn shrink_to_fit(&mut self) {
        self.inner.shrink_to_fit()
    }

    /// Shrinks the capacity to hold at least `min_capacity` elements.
    ///
    /// ```
    /// let mut q = sizespeed::fast::PriorityQueue::<u8>::with_capacity(10);
    /// q.shrink_to(4);
    /// assert!(q.capacity() >= 4);
    /// ```
    #[inline]
    pub fn shrink_to(&mut self, min_capacity: usize) {
        self.inner.shrink_to(min_capacity)
    }

    /// The elements in heap order, as a slice.
    ///
    /// ```
    /// let q = sizespeed::fast::PriorityQueue::from([1, 3]);
    /// assert_eq!(q.as_slice()[0], 3);
    /// ```
    #[inline]
    pub fn as_slice(&self) -> &[T] {
        self.inner.as_slice()
    }

    /// Consumes the queue, returning its elements in heap order.
    ///
    /// ```
    /// let q = sizespeed::fast::PriorityQueue::from([1, 3]);
    /// assert_eq!(q.into_vec(), [3, 1]);
    /// ```
    #[inline]
    pub fn into_vec(self) -> Vec<T> {
        self.inner.into_vec()
    }

    /// The number of elements.
    ///
    /// ```
    /// assert_eq!(sizespeed::fast::PriorityQueue::from([1, 3]).len(), 2);
    /// ```
    #[inline]
    pub fn len(&self) -> usize {
        self.inner.len()
    }

    /// Whether the queue holds no element.
    ///
    /// ```
    /// assert!(sizespeed::fast::PriorityQueue::<u8>::new().is_empty());
    /// ```
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }

    /// Removes every element, yielding them in heap order; the allocation is kept. The
    /// queue is empty even if the iterator is not used up.
    ///
    /// ```
    /// let mut q = sizespeed::fast::PriorityQueue::from([1, 3]);
    /// assert_eq!(q.drain().count(), 2);
    /// assert!(q.is_empty());
    /// ```
    #[inline]
    pub fn drain(&mut self) -> Drain<'_, T> {
        self.inner.drain()
    }

    /// Drops every element, keeping the allocation.
    ///
    /// ```
    /// let mut q = sizespeed::fast::PriorityQueue::from([1, 3]);
    /// q.clear();
    /// assert!(q.is_empty());
    /// ```
    #[inline]
    pub fn clear(&mut self) {
        self.inner.clear()
    }
}

impl<T: Ord> Default for PriorityQueue<T> {
    #[inline]
    fn default() -> Self {
        Self::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for PriorityQueue<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.inner, f)
    }
}

impl<T: Clone> Clone for PriorityQueue<T> {
    #[inline]
    fn clone(&self) -> Self {
        PriorityQueue {
            inner: self.inner.clone(),
        }
    }

    #[inline]
    fn clone_from(&mut self, source: &Self) {
        self.inner.clone_from(&source.inner)
    }
}

impl<T: Ord> Extend<T> for PriorityQueue<T> {
    #[inline]
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        self.inner.extend(iter)
    }
}

impl<'a, T: Ord + Copy + 'a> Extend<&'a T> for PriorityQueue<T> {
    #[inline]
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.inner.extend(iter)
    }
}

impl<T: Ord> FromIterator<T> for PriorityQueue<T> {
    #[inline]
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        PriorityQueue {
            inner: BinaryHeap::from_iter(iter),
        }
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for PriorityQueue<T> {
    #[inline]
    fn from(items: [T; N]) -> Self {
        PriorityQueue {
            inner: BinaryHeap::from(items),
        }
    }
}

/// Heapifies the vector in place, in `O(n)`.
impl<T: Ord> From<Vec<T>> for PriorityQueue<T> {
    #[inline]
    fn from(v: Vec<T>) -> Self {
        PriorityQueue {
            inner: BinaryHeap::from(v),
        }
    }
}

/// Heapifies the vector in place, in `O(n)`.
impl<T: Ord> From<super::Vec<T>> for PriorityQueue<T> {
    #[inline]
    fn from(v: super::Vec<T>) -> Self {
        PriorityQueue {
            inner: BinaryHeap::from(v.inner),
        }
    }
}

impl<T> From<PriorityQueue<T>> for Vec<T> {
    #[inline]
    fn from(q: PriorityQueue<T>) -> Self {
        q.inner.into_vec()
    }
}

impl<T> From<BinaryHeap<T>> for PriorityQueue<T> {
    #[inline]
    fn from(inner: BinaryHeap<T>) -> Self {
        PriorityQueue { inner }
    }
}

impl<T> From<PriorityQueue<T>> for BinaryHeap<T> {
    #[inline]
    fn from(q: PriorityQueue<T>) -> Self {
        q.inner
    }
}

impl<T> IntoIterator for PriorityQueue<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    #[inline]
    fn into_iter(self) -> IntoIter<T> {
        self.inner.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a PriorityQueue<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    #[inline]
    fn into_iter(self) -> Iter<'a, T> {
        self.inner.iter()
    }
}

impl<T: Ord> crate::PriorityQueue<T> for PriorityQueue<T> {
    type Iter<'a>
        = Iter<'a, T>
    where
        Self: 'a,
        T: 'a;

    #[inline]
    fn new() -> Self {
        Self::new()
    }
    #[inline]
    fn with_capacity(capacity: usize) -> Self {
        Self::with_capacity(capacity)
    }
    #[inline]
    fn push(&mut self, value: T) {
        self.inner.push(value)
    }
    #[inline]
    fn pop(&mut self) -> Option<T> {
        self.inner.pop()
    }
    #[inline]
    fn peek(&self) -> Option<&T> {
        self.inner.peek()
    }
    #[inline]
    fn len(&self) -> usize {
        self.inner.len()
    }
    #[inline]
    fn clear(&mut self) {
        self.inner.clear()
    }
    #[inline]
    fn iter(&self) -> Iter<'_, T> {
        self.inner.iter()
    }
    #[inline]
    fn into_sorted_vec(self) -> Vec<T> {
        self.inner.into_sorted_vec()
    }
    #[inline]
    fn into_vec(self) -> Vec<T> {
        self.inner.into_vec()
    }
}
