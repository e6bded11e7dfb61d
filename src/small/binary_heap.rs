//! [`PriorityQueue`]: a binary max-heap on the [`small::Vec`](crate::small::Vec) core,
//! with one copy of the sifting code for every element type.

use alloc::vec::Vec as StdVec;
use core::fmt;
use core::mem::{self, ManuallyDrop};
use core::num::NonZeroUsize;
use core::ops::{Deref, DerefMut};

use crate::raw::heap::{self as core_heap, Heap};
use crate::small::Vec;
use crate::TryReserveError;

/// An iterator over the elements of a [`PriorityQueue`], in heap order.
pub type Iter<'a, T> = crate::small::Iter<'a, T>;
/// The owning iterator of a [`PriorityQueue`], in heap order.
pub type IntoIter<T> = crate::small::IntoIter<T>;
/// The draining iterator of [`PriorityQueue::drain`], in heap order.
pub type Drain<'a, T> = crate::small::Drain<'a, T>;

/// A priority queue (max-heap) with one copy of machine code for every element type.
///
/// The elements live unboxed in a [`small::Vec`](crate::small::Vec) in heap order; the
/// typed methods are shims of a few instructions around the shared sifting code, which
/// compares through `T`'s `Ord` passed as a function pointer. `pop` returns the greatest
/// element. It has the same methods as [`fast::PriorityQueue`](crate::fast::PriorityQueue)
/// (std's `BinaryHeap`) and implements [`PriorityQueue`](crate::PriorityQueue).
///
/// `Ord` only ever sees elements where they live in the queue, never a copy and never
/// one element as both arguments. If it panics, the queue still holds every element
/// once (its order may then be broken, as std's may).
///
/// ```
/// use sizespeed::small::PriorityQueue;
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
pub struct PriorityQueue<T> {
    /// The elements, in heap order.
    data: Vec<T>,
}

impl<T> PriorityQueue<T> {
    /// Creates an empty queue. Does not allocate.
    ///
    /// ```
    /// const EMPTY: sizespeed::small::PriorityQueue<u8> = sizespeed::small::PriorityQueue::new();
    /// assert!(EMPTY.is_empty());
    /// ```
    #[inline]
    pub const fn new() -> Self {
        PriorityQueue { data: Vec::new() }
    }

    /// Creates an empty queue with room for at least `capacity` elements.
    ///
    /// # Panics
    /// Panics if the capacity exceeds `isize::MAX` bytes.
    ///
    /// ```
    /// let q = sizespeed::small::PriorityQueue::<u8>::with_capacity(8);
    /// assert!(q.capacity() >= 8);
    /// ```
    #[inline]
    pub fn with_capacity(capacity: usize) -> Self {
        PriorityQueue {
            data: Vec::with_capacity(capacity),
        }
    }

    /// The greatest element.
    ///
    /// ```
    /// assert_eq!(sizespeed::small::PriorityQueue::from([1, 2]).peek(), Some(&2));
    /// ```
    #[inline]
    pub fn peek(&self) -> Option<&T> {
        self.data.first()
    }

    /// Iterates over the elements in unspecified (heap) order.
    ///
    /// ```
    /// let q = sizespeed::small::PriorityQueue::from([1, 2]);
    /// assert_eq!(q.iter().sum::<i32>(), 3);
    /// ```
    #[inline]
    pub fn iter(&self) -> Iter<'_, T> {
        self.data.iter()
    }

    /// The number of elements the queue can hold without reallocating.
    ///
    /// ```
    /// assert!(sizespeed::small::PriorityQueue::<u8>::with_capacity(3).capacity() >= 3);
    /// ```
    #[inline]
    pub fn capacity(&self) -> usize {
        self.data.capacity()
    }

    /// Reserves room for exactly `additional` more elements.
    ///
    /// # Panics
    /// Panics if the capacity would overflow `isize::MAX` bytes.
    ///
    /// ```
    /// let mut q = sizespeed::small::PriorityQueue::<u8>::new();
    /// q.reserve_exact(5);
    /// assert!(q.capacity() >= 5);
    /// ```
    #[inline]
    pub fn reserve_exact(&mut self, additional: usize) {
        self.data.reserve_exact(additional)
    }

    /// Reserves room for at least `additional` more elements.
    ///
    /// # Panics
    /// Panics if the capacity would overflow `isize::MAX` bytes.
    ///
    /// ```
    /// let mut q = sizespeed::small::PriorityQueue::<u8>::new();
    /// q.reserve(5);
    /// assert!(q.capacity() >= 5);
    /// ```
    #[inline]
    pub fn reserve(&mut self, additional: usize) {
        self.data.reserve(additional)
    }

    /// Like [`reserve_exact`](Self::reserve_exact), reporting failure as an error.
    ///
    /// ```
    /// let mut q = sizespeed::small::PriorityQueue::<u8>::new();
    /// assert!(q.try_reserve_exact(5).is_ok());
    /// ```
    #[inline]
    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.data.try_reserve_exact(additional)
    }

    /// Like [`reserve`](Self::reserve), reporting failure as an error.
    ///
    /// ```
    /// let mut q = sizespeed::small::PriorityQueue::<u8>::new();
    /// assert!(q.try_reserve(usize::MAX).is_err());
    /// ```
    #[inline]
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.data.try_reserve(additional)
    }

    /// Shrinks the capacity as much as possible.
    ///
    /// ```
    /// let mut q = sizespeed::small::PriorityQueue::<u8>::with_capacity(10);
    /// q.shrink_to_fit();
    /// assert_eq!(q.capacity(), 0);
    /// ```
    #[inline]
    pub fn shrink_to_fit(&mut self) {
        self.data.shrink_to_fit()
    }

    /// Shrinks the capacity to hold at least `min_capacity` elements.
    ///
    /// ```
    /// let mut q = sizespeed::small::PriorityQueue::<u8>::with_capacity(10);
    /// q.shrink_to(4);
    /// assert!(q.capacity() >= 4);
    /// ```
    #[inline]
    pub fn shrink_to(&mut self, min_capacity: usize) {
        self.data.shrink_to(min_capacity)
    }

    /// The elements in heap order, as a slice.
    ///
    /// ```
    /// let q = sizespeed::small::PriorityQueue::from([1, 3]);
    /// assert_eq!(q.as_slice()[0], 3);
    /// ```
    #[inline]
    pub fn as_slice(&self) -> &[T] {
        self.data.as_slice()
    }

    /// Consumes the queue, returning its elements in heap order, in a std vector (the
    /// same allocation).
    ///
    /// ```
    /// let q = sizespeed::small::PriorityQueue::from([1, 3]);
    /// assert_eq!(q.into_vec(), [3, 1]);
    /// ```
    #[inline]
    pub fn into_vec(self) -> StdVec<T> {
        self.data.into()
    }

    /// The number of elements.
    ///
    /// ```
    /// assert_eq!(sizespeed::small::PriorityQueue::from([1, 3]).len(), 2);
    /// ```
    #[inline]
    pub fn len(&self) -> usize {
        self.data.len()
    }

    /// Whether the queue holds no element.
    ///
    /// ```
    /// assert!(sizespeed::small::PriorityQueue::<u8>::new().is_empty());
    /// ```
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// Removes every element, yielding them in heap order; the allocation is kept. The
    /// queue is empty even if the iterator is not used up.
    ///
    /// ```
    /// let mut q = sizespeed::small::PriorityQueue::from([1, 3]);
    /// assert_eq!(q.drain().count(), 2);
    /// assert!(q.is_empty());
    /// ```
    #[inline]
    pub fn drain(&mut self) -> Drain<'_, T> {
        self.data.drain(..)
    }

    /// Drops every element, keeping the allocation.
    ///
    /// ```
    /// let mut q = sizespeed::small::PriorityQueue::from([1, 3]);
    /// q.clear();
    /// assert!(q.is_empty());
    /// ```
    #[inline]
    pub fn clear(&mut self) {
        self.data.clear()
    }
}

impl<T: Ord> PriorityQueue<T> {
    /// The heap core's view of the elements.
    #[inline(always)]
    fn heap(&mut self) -> Heap {
        Heap {
            base: self.data.as_mut_ptr() as *mut u8,
            size: mem::size_of::<T>(),
            cmp: crate::small::sort::OrdOf::<T>::CMP,
        }
    }

    /// Restores the heap order of all elements.
    #[inline]
    fn rebuild(&mut self) {
        let len = self.data.len();
        let h = self.heap();
        // SAFETY: the vector's `len` elements, exclusively borrowed.
        unsafe { core_heap::rebuild(h.base, h.size, h.cmp, len) }
    }

    /// The greatest element, mutably: when the guard is dropped, the element moves to its
    /// place in the heap. `None` if the queue is empty.
    ///
    /// While the element is borrowed mutably the queue counts only it, so a leaked guard
    /// (`mem::forget`) leaves a valid queue of one element and leaks the others; a panic
    /// while it is borrowed, or in `Ord` when the guard sifts it down, leaves every
    /// element in the queue.
    ///
    /// ```
    /// let mut q = sizespeed::small::PriorityQueue::from([1, 5]);
    /// *q.peek_mut().unwrap() = 0;
    /// assert_eq!(q.peek(), Some(&1));
    /// ```
    #[inline]
    pub fn peek_mut(&mut self) -> Option<PeekMut<'_, T>> {
        if self.is_empty() {
            None
        } else {
            Some(PeekMut {
                heap: self,
                original_len: None,
            })
        }
    }

    /// Removes and returns the greatest element.
    ///
    /// If `Ord` panics meanwhile, the queue keeps every element, the one being popped
    /// included (std's drops that one while unwinding); as with std, the heap order may
    /// then be broken.
    ///
    /// ```
    /// let mut q = sizespeed::small::PriorityQueue::from([1, 5, 2]);
    /// assert_eq!(q.pop(), Some(5));
    /// ```
    #[inline]
    pub fn pop(&mut self) -> Option<T> {
        // SAFETY: the vector holds `T`s, described by `INFO` and compared by `CMP`; if
        // `Ord` panics it still holds every element. A non-null result is the popped
        // element, no longer counted by the vector: ours.
        unsafe {
            let p = core_heap::pop(
                self.data.raw_mut(),
                Vec::<T>::INFO,
                crate::small::sort::OrdOf::<T>::CMP,
            );
            if p.is_null() {
                None
            } else {
                Some(core::ptr::read(p as *const T))
            }
        }
    }

    /// Adds `item`.
    ///
    /// # Panics
    /// Panics if the new capacity exceeds `isize::MAX` bytes.
    ///
    /// ```
    /// let mut q = sizespeed::small::PriorityQueue::new();
    /// q.push(3);
    /// assert_eq!(q.peek(), Some(&3));
    /// ```
    #[inline]
    pub fn push(&mut self, item: T) {
        #[cfg(feature = "shared-library")]
        {
            let item = ManuallyDrop::new(item);
            // SAFETY: the vector holds `T`s, described by `INFO` and compared by `CMP`;
            // `item` is a live `T` outside it, handed over (leaked if growing panics). The
            // push and the sift (comparisons included) are the core's, so no `Ord` code is
            // compiled into each typed push.
            unsafe {
                core_heap::push(
                    self.data.raw_mut(),
                    Vec::<T>::INFO,
                    crate::small::sort::OrdOf::<T>::CMP,
                    &*item as *const T as *const u8,
                )
            }
        }
        #[cfg(not(feature = "shared-library"))]
        {
            let old_len = self.data.len();
            self.data.push(item);
            // The first step of the sift, in the shim: most pushes of random elements
            // stop at their parent, and then need no call into the core (with every
            // comparison in the core, `heap/push` took 7x std's time against 0.93x).
            if old_len > 0 && mem::size_of::<T>() != 0 {
                let parent = (old_len - 1) / 2;
                let s = self.data.as_mut_slice();
                // SAFETY: `parent < old_len < s.len()`: both are live, distinct elements.
                // Unchecked, so that the shim carries no bounds-check panic path per type.
                let less = unsafe { s.get_unchecked(parent).cmp(s.get_unchecked(old_len)) };
                if less == core::cmp::Ordering::Less {
                    let h = self.heap();
                    // SAFETY: `0 < old_len < len` elements of the vector, exclusively
                    // borrowed, compared by `h.cmp`.
                    unsafe { core_heap::sift_up(h.base, h.size, h.cmp, 0, old_len) };
                }
            }
        }
    }

    /// Consumes the queue, returning its elements in ascending order, in a std vector (the
    /// same allocation), sorted by the small sort.
    ///
    /// ```
    /// let q = sizespeed::small::PriorityQueue::from([1, 5, 2]);
    /// assert_eq!(q.into_sorted_vec(), [1, 2, 5]);
    /// ```
    #[inline]
    pub fn into_sorted_vec(mut self) -> StdVec<T> {
        crate::small::sort_unstable(self.data.as_mut_slice());
        self.data.into()
    }

    /// Moves every element of `other` into `self`, leaving `other` empty.
    ///
    /// ```
    /// let mut a = sizespeed::small::PriorityQueue::from([1, 3]);
    /// let mut b = sizespeed::small::PriorityQueue::from([2, 4]);
    /// a.append(&mut b);
    /// assert_eq!((a.len(), b.len()), (4, 0));
    /// assert_eq!(a.peek(), Some(&4));
    /// ```
    #[inline]
    pub fn append(&mut self, other: &mut Self) {
        if self.len() < other.len() {
            mem::swap(self, other);
        }
        let start = self.data.len();
        self.data.append(&mut other.data);
        let len = self.data.len();
        let h = self.heap();
        // SAFETY: the first `start` of the vector's `len` elements form a heap.
        unsafe { core_heap::rebuild_tail(h.base, h.size, h.cmp, start, len) };
    }

    /// Keeps only the elements for which `keep` returns `true`, visiting them in
    /// unspecified order. The heap order is restored afterwards, also if `keep` panics.
    ///
    /// ```
    /// let mut q = sizespeed::small::PriorityQueue::from([1, 2, 3, 4]);
    /// q.retain(|x| x % 2 == 0);
    /// assert_eq!(q.into_sorted_vec(), [2, 4]);
    /// ```
    #[inline]
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, keep: F) {
        /// Rebuilds the heap on drop if an element was removed.
        struct Rebuild<'a, T: Ord> {
            heap: &'a mut PriorityQueue<T>,
            len: usize,
        }
        impl<T: Ord> Drop for Rebuild<'_, T> {
            fn drop(&mut self) {
                if self.heap.len() != self.len {
                    self.heap.rebuild();
                }
            }
        }
        let len = self.len();
        let guard = Rebuild { heap: self, len };
        guard.heap.data.retain(keep);
    }
}

/// The greatest element of a [`PriorityQueue`], borrowed mutably; from
/// [`PriorityQueue::peek_mut`]. When dropped, the element moves to its place.
///
/// ```
/// use sizespeed::small::{binary_heap::PeekMut, PriorityQueue};
///
/// let mut q = PriorityQueue::from([1, 7, 3]);
/// let top = q.peek_mut().unwrap();
/// assert_eq!(PeekMut::pop(top), 7);
/// assert_eq!(q.peek(), Some(&3));
/// ```
pub struct PeekMut<'a, T: Ord> {
    /// The queue; while `original_len` is `Some`, its vector counts only the top element.
    heap: &'a mut PriorityQueue<T>,
    /// The queue's length, set when the element is first borrowed mutably.
    original_len: Option<NonZeroUsize>,
}

impl<T: Ord> PeekMut<'_, T> {
    /// Removes the peeked element from the queue and returns it.
    ///
    /// ```
    /// let mut q = sizespeed::small::PriorityQueue::from([1, 7]);
    /// let top = q.peek_mut().unwrap();
    /// assert_eq!(sizespeed::small::binary_heap::PeekMut::pop(top), 7);
    /// assert_eq!(q.len(), 1);
    /// ```
    #[inline]
    pub fn pop(this: Self) -> T {
        let mut this = ManuallyDrop::new(this);
        if let Some(len) = this.original_len.take() {
            // SAFETY: `len` is the length the vector had, whose elements are all still
            // initialized: only the top was borrowed meanwhile.
            unsafe { this.heap.data.set_len(len.get()) };
        }
        match this.heap.pop() {
            Some(x) => x,
            None => unreachable!("a PeekMut exists only for a non-empty queue"),
        }
    }
}

impl<T: Ord> Drop for PeekMut<'_, T> {
    fn drop(&mut self) {
        if let Some(len) = self.original_len {
            // SAFETY: as in `pop`.
            unsafe { self.heap.data.set_len(len.get()) };
            let h = self.heap.heap();
            // SAFETY: `0 < len` elements of the vector, exclusively borrowed.
            unsafe { core_heap::sift_down_range(h.base, h.size, h.cmp, 0, len.get()) };
        }
    }
}

impl<T: Ord> Deref for PeekMut<'_, T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        &self.heap.data[0]
    }
}

impl<T: Ord> DerefMut for PeekMut<'_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        let len = self.heap.data.len();
        if let Some(n) = NonZeroUsize::new(len) {
            if self.original_len.is_none() {
                self.original_len = Some(n);
                // SAFETY: shrinking the length to 1 of `len >= 1` initialized elements;
                // the others stay initialized past it, and `drop`/`pop` restore it. If
                // the guard is leaked, they are leaked, which is safe.
                unsafe { self.heap.data.set_len(1) };
            }
        }
        &mut self.heap.data[0]
    }
}

impl<T: Ord + fmt::Debug> fmt::Debug for PeekMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("PeekMut").field(&self.heap.data[0]).finish()
    }
}

impl<T> Default for PriorityQueue<T> {
    #[inline]
    fn default() -> Self {
        Self::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for PriorityQueue<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.data.iter()).finish()
    }
}

impl<T: Clone> Clone for PriorityQueue<T> {
    #[inline]
    fn clone(&self) -> Self {
        PriorityQueue {
            data: self.data.clone(),
        }
    }

    #[inline]
    fn clone_from(&mut self, source: &Self) {
        self.data.clone_from(&source.data)
    }
}

impl<T: Ord> Extend<T> for PriorityQueue<T> {
    #[inline]
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        let start = self.data.len();
        self.data.extend(iter);
        let len = self.data.len();
        let h = self.heap();
        // SAFETY: the first `start` of the vector's `len` elements form a heap.
        unsafe { core_heap::rebuild_tail(h.base, h.size, h.cmp, start, len) };
    }
}

impl<'a, T: Ord + Copy + 'a> Extend<&'a T> for PriorityQueue<T> {
    #[inline]
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.extend(iter.into_iter().copied())
    }
}

impl<T: Ord> FromIterator<T> for PriorityQueue<T> {
    #[inline]
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Self::from(Vec::from_iter(iter))
    }
}

/// Heapifies the vector in place, in `O(n)`.
impl<T: Ord> From<Vec<T>> for PriorityQueue<T> {
    #[inline]
    fn from(data: Vec<T>) -> Self {
        let mut q = PriorityQueue { data };
        q.rebuild();
        q
    }
}

/// Heapifies the vector in place (the same allocation), in `O(n)`.
impl<T: Ord> From<StdVec<T>> for PriorityQueue<T> {
    #[inline]
    fn from(v: StdVec<T>) -> Self {
        Self::from(Vec::from(v))
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for PriorityQueue<T> {
    #[inline]
    fn from(items: [T; N]) -> Self {
        Self::from(Vec::from(items))
    }
}

impl<T> From<PriorityQueue<T>> for Vec<T> {
    #[inline]
    fn from(q: PriorityQueue<T>) -> Self {
        q.data
    }
}

impl<T> From<PriorityQueue<T>> for StdVec<T> {
    #[inline]
    fn from(q: PriorityQueue<T>) -> Self {
        q.data.into()
    }
}

impl<T> IntoIterator for PriorityQueue<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    #[inline]
    fn into_iter(self) -> IntoIter<T> {
        self.data.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a PriorityQueue<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    #[inline]
    fn into_iter(self) -> Iter<'a, T> {
        self.data.iter()
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
        self.push(value)
    }
    #[inline]
    fn pop(&mut self) -> Option<T> {
        self.pop()
    }
    #[inline]
    fn peek(&self) -> Option<&T> {
        self.peek()
    }
    #[inline]
    fn len(&self) -> usize {
        self.len()
    }
    #[inline]
    fn clear(&mut self) {
        self.clear()
    }
    #[inline]
    fn iter(&self) -> Iter<'_, T> {
        self.iter()
    }
    #[inline]
    fn into_sorted_vec(self) -> StdVec<T> {
        self.into_sorted_vec()
    }
    #[inline]
    fn into_vec(self) -> StdVec<T> {
        self.into_vec()
    }
}
