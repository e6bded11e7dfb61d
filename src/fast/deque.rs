//! [`Deque`]: `std::collections::VecDeque` behind a zero-cost wrapper.

use alloc::collections::{vec_deque, VecDeque};
use core::alloc::Layout;
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::ops::{Index, IndexMut};

use crate::TryReserveError;

mod api;

/// A double-ended queue: `std::collections::VecDeque`, monomorphized per element type.
///
/// Every method forwards to `VecDeque` and is inlined; the wrapper exists so that the
/// fast and [small](crate::small::Deque) variants have the same names and traits.
///
/// ```
/// let mut d = sizespeed::fast::Deque::new();
/// d.push_back(2);
/// d.push_back(3);
/// d.push_front(1);
/// assert_eq!(d.len(), 3);
/// assert_eq!(d[0], 1);
/// assert_eq!(d.iter().sum::<i32>(), 6);
/// assert_eq!(d.pop_front(), Some(1));
/// assert_eq!(d.pop_back(), Some(3));
/// assert_eq!(d, [2]);
/// ```
#[repr(transparent)]
pub struct Deque<T> {
    pub(crate) inner: VecDeque<T>,
}

impl<T> Deque<T> {
    /// Creates an empty deque. Does not allocate.
    #[inline]
    pub const fn new() -> Self {
        Deque {
            inner: VecDeque::new(),
        }
    }

    /// Creates an empty deque with room for at least `capacity` elements.
    ///
    /// # Panics
    /// Panics if the capacity exceeds `isize::MAX` bytes.
    #[inline]
    #[track_caller]
    pub fn with_capacity(capacity: usize) -> Self {
        Deque {
            inner: VecDeque::with_capacity(capacity),
        }
    }

    /// The number of elements.
    #[inline]
    pub fn len(&self) -> usize {
        self.inner.len()
    }

    /// Whether the deque holds no element.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }

    /// The number of elements the deque can hold without reallocating.
    #[inline]
    pub fn capacity(&self) -> usize {
        self.inner.capacity()
    }

    /// Appends `value` at the back.
    ///
    /// # Panics
    /// Panics if the new capacity exceeds `isize::MAX` bytes.
    #[inline]
    #[track_caller]
    pub fn push_back(&mut self, value: T) {
        self.inner.push_back(value)
    }

    /// Prepends `value` at the front.
    ///
    /// # Panics
    /// Panics if the new capacity exceeds `isize::MAX` bytes.
    #[inline]
    #[track_caller]
    pub fn push_front(&mut self, value: T) {
        self.inner.push_front(value)
    }

    /// Removes and returns the front element, or `None` if the deque is empty.
    #[inline]
    pub fn pop_front(&mut self) -> Option<T> {
        self.inner.pop_front()
    }

    /// Removes and returns the back element, or `None` if the deque is empty.
    #[inline]
    pub fn pop_back(&mut self) -> Option<T> {
        self.inner.pop_back()
    }

    /// The element `index` places from the front, or `None` if out of bounds.
    #[inline]
    pub fn get(&self, index: usize) -> Option<&T> {
        self.inner.get(index)
    }

    /// The element `index` places from the front mutably, or `None` if out of bounds.
    #[inline]
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        self.inner.get_mut(index)
    }

    /// The front element.
    #[inline]
    pub fn front(&self) -> Option<&T> {
        self.inner.front()
    }

    /// The back element.
    #[inline]
    pub fn back(&self) -> Option<&T> {
        self.inner.back()
    }

    /// The front element, mutably.
    #[inline]
    pub fn front_mut(&mut self) -> Option<&mut T> {
        self.inner.front_mut()
    }

    /// The back element, mutably.
    #[inline]
    pub fn back_mut(&mut self) -> Option<&mut T> {
        self.inner.back_mut()
    }

    /// Drops every element, keeping the allocation.
    #[inline]
    pub fn clear(&mut self) {
        self.inner.clear()
    }

    /// Keeps the first `len` elements and drops the rest. No effect if `len >= self.len()`.
    #[inline]
    pub fn truncate(&mut self, len: usize) {
        self.inner.truncate(len)
    }

    /// The elements in order, as two slices: the front run and then the wrapped-around
    /// back run (empty if the elements are contiguous).
    #[inline]
    pub fn as_slices(&self) -> (&[T], &[T]) {
        self.inner.as_slices()
    }

    /// Like [`as_slices`](Self::as_slices), mutably.
    #[inline]
    pub fn as_mut_slices(&mut self) -> (&mut [T], &mut [T]) {
        self.inner.as_mut_slices()
    }

    /// Moves the elements so that they are contiguous and returns them as one slice.
    #[inline]
    pub fn make_contiguous(&mut self) -> &mut [T] {
        self.inner.make_contiguous()
    }

    /// Iterates front to back.
    #[inline]
    pub fn iter(&self) -> vec_deque::Iter<'_, T> {
        self.inner.iter()
    }

    /// Iterates front to back, mutably.
    #[inline]
    pub fn iter_mut(&mut self) -> vec_deque::IterMut<'_, T> {
        self.inner.iter_mut()
    }

    /// Reserves room for at least `additional` more elements.
    ///
    /// # Panics
    /// Panics if the capacity exceeds `isize::MAX` bytes.
    #[inline]
    #[track_caller]
    pub fn reserve(&mut self, additional: usize) {
        self.inner.reserve(additional)
    }

    /// Like [`reserve`](Self::reserve), but reports failure instead of panicking or
    /// aborting.
    #[inline]
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        match self.inner.try_reserve(additional) {
            Ok(()) => Ok(()),
            Err(_) => Err(reserve_error::<T>(self.inner.len(), additional)),
        }
    }

    /// Shrinks the capacity as close to the length as the allocator allows.
    #[inline]
    pub fn shrink_to_fit(&mut self) {
        self.inner.shrink_to_fit()
    }

    /// Swaps the elements at indices `i` and `j`.
    ///
    /// # Panics
    /// Panics if either index is out of bounds.
    #[inline]
    #[track_caller]
    pub fn swap(&mut self, i: usize, j: usize) {
        self.inner.swap(i, j)
    }

    /// Whether some element equals `x`.
    #[inline]
    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        self.inner.contains(x)
    }

    /// Keeps only the elements for which `keep` returns `true`, in order.
    #[inline]
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, keep: F) {
        self.inner.retain(keep)
    }

    /// Like [`retain`](Self::retain), with mutable access to each element.
    #[inline]
    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, keep: F) {
        self.inner.retain_mut(keep)
    }
}

/// Rebuilds the reason a `VecDeque::try_reserve` failed, which std does not expose on
/// stable: the size could not be represented, or else the allocator refused.
#[cold]
#[inline(never)]
fn reserve_error<T>(len: usize, additional: usize) -> TryReserveError {
    match len
        .checked_add(additional)
        .and_then(|n| Layout::array::<T>(n).ok())
    {
        Some(layout) => TryReserveError::alloc_error(layout),
        None => TryReserveError::capacity_overflow(),
    }
}

impl<T> Default for Deque<T> {
    #[inline]
    fn default() -> Self {
        Self::new()
    }
}

impl<T> Index<usize> for Deque<T> {
    type Output = T;
    #[inline]
    #[track_caller]
    fn index(&self, index: usize) -> &T {
        &self.inner[index]
    }
}

impl<T> IndexMut<usize> for Deque<T> {
    #[inline]
    #[track_caller]
    fn index_mut(&mut self, index: usize) -> &mut T {
        &mut self.inner[index]
    }
}

impl<T: fmt::Debug> fmt::Debug for Deque<T> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.inner, f)
    }
}

impl<T: Clone> Clone for Deque<T> {
    #[inline]
    fn clone(&self) -> Self {
        Deque {
            inner: self.inner.clone(),
        }
    }
}

impl<T: PartialEq> PartialEq for Deque<T> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.inner == other.inner
    }
}

impl<T: Eq> Eq for Deque<T> {}

impl<T: PartialEq> PartialEq<VecDeque<T>> for Deque<T> {
    #[inline]
    fn eq(&self, other: &VecDeque<T>) -> bool {
        self.inner == *other
    }
}

impl<T: PartialEq> PartialEq<Deque<T>> for VecDeque<T> {
    #[inline]
    fn eq(&self, other: &Deque<T>) -> bool {
        *self == other.inner
    }
}

impl<T: PartialEq<U>, U> PartialEq<alloc::vec::Vec<U>> for Deque<T> {
    #[inline]
    fn eq(&self, other: &alloc::vec::Vec<U>) -> bool {
        self.inner == *other
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for Deque<T> {
    #[inline]
    fn eq(&self, other: &[U; N]) -> bool {
        self.inner == *other
    }
}

impl<T: PartialOrd> PartialOrd for Deque<T> {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.inner.partial_cmp(&other.inner)
    }
}

impl<T: Ord> Ord for Deque<T> {
    #[inline]
    fn cmp(&self, other: &Self) -> Ordering {
        self.inner.cmp(&other.inner)
    }
}

impl<T: Hash> Hash for Deque<T> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.inner.hash(state)
    }
}

impl<T> Extend<T> for Deque<T> {
    #[inline]
    #[track_caller]
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        self.inner.extend(iter)
    }
}

impl<'a, T: Copy + 'a> Extend<&'a T> for Deque<T> {
    #[inline]
    #[track_caller]
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.inner.extend(iter)
    }
}

impl<T> FromIterator<T> for Deque<T> {
    #[inline]
    #[track_caller]
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Deque {
            inner: VecDeque::from_iter(iter),
        }
    }
}

impl<T> From<VecDeque<T>> for Deque<T> {
    #[inline]
    fn from(inner: VecDeque<T>) -> Self {
        Deque { inner }
    }
}

impl<T> From<Deque<T>> for VecDeque<T> {
    #[inline]
    fn from(d: Deque<T>) -> Self {
        d.inner
    }
}

impl<T> From<alloc::vec::Vec<T>> for Deque<T> {
    #[inline]
    fn from(v: alloc::vec::Vec<T>) -> Self {
        Deque {
            inner: VecDeque::from(v),
        }
    }
}

impl<T, const N: usize> From<[T; N]> for Deque<T> {
    #[inline]
    fn from(a: [T; N]) -> Self {
        Deque {
            inner: VecDeque::from(a),
        }
    }
}

impl<T> IntoIterator for Deque<T> {
    type Item = T;
    type IntoIter = vec_deque::IntoIter<T>;
    #[inline]
    fn into_iter(self) -> vec_deque::IntoIter<T> {
        self.inner.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a Deque<T> {
    type Item = &'a T;
    type IntoIter = vec_deque::Iter<'a, T>;
    #[inline]
    fn into_iter(self) -> vec_deque::Iter<'a, T> {
        self.inner.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut Deque<T> {
    type Item = &'a mut T;
    type IntoIter = vec_deque::IterMut<'a, T>;
    #[inline]
    fn into_iter(self) -> vec_deque::IterMut<'a, T> {
        self.inner.iter_mut()
    }
}

impl<T> crate::Deque<T> for Deque<T> {
    type Iter<'a>
        = vec_deque::Iter<'a, T>
    where
        T: 'a;
    type IterMut<'a>
        = vec_deque::IterMut<'a, T>
    where
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
    fn push_back(&mut self, value: T) {
        self.push_back(value)
    }
    #[inline]
    fn push_front(&mut self, value: T) {
        self.push_front(value)
    }
    #[inline]
    fn pop_back(&mut self) -> Option<T> {
        self.pop_back()
    }
    #[inline]
    fn pop_front(&mut self) -> Option<T> {
        self.pop_front()
    }
    #[inline]
    fn front(&self) -> Option<&T> {
        self.front()
    }
    #[inline]
    fn back(&self) -> Option<&T> {
        self.back()
    }
    #[inline]
    fn get(&self, index: usize) -> Option<&T> {
        self.get(index)
    }
    #[inline]
    fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        self.get_mut(index)
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
    fn iter(&self) -> vec_deque::Iter<'_, T> {
        self.iter()
    }
    #[inline]
    fn iter_mut(&mut self) -> vec_deque::IterMut<'_, T> {
        self.iter_mut()
    }
    #[inline]
    fn reserve(&mut self, additional: usize) {
        self.inner.reserve(additional)
    }
}
