//! [`Vec`]: the textbook type-erased vector, `Vec<Box<dyn Any>>`, kept as a baseline.

use alloc::boxed::Box;
use core::any::Any;
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::ops::{Index, IndexMut};
use core::slice;

use crate::TryReserveError;

/// What every downcast in this module relies on.
const INVARIANT: &str = "sizespeed::boxed::Vec<T> holds only boxed `T`s";

/// One element, boxed and erased.
type Item = Box<dyn Any>;

/// Recovers the `T` an item was made from.
#[inline]
fn unbox<T: 'static>(item: Item) -> T {
    *item.downcast::<T>().expect(INVARIANT)
}

/// Borrows the `T` inside an item.
#[inline]
fn peek_at<T: 'static>(item: &Item) -> &T {
    item.downcast_ref::<T>().expect(INVARIANT)
}

/// Mutably borrows the `T` inside an item.
#[inline]
fn peek_at_mut<T: 'static>(item: &mut Item) -> &mut T {
    item.downcast_mut::<T>().expect(INVARIANT)
}

/// The textbook type-erased stack: a `Vec<Box<dyn Any>>` with a typed face.
///
/// **This type is a baseline, not a recommendation.** It is the answer usually given to
/// "how do I avoid compiling `Vec<T>` once per type?", implemented faithfully so that its
/// cost can be measured next to the crate's real answer, [`small::Vec`](crate::small::Vec).
/// Every element is a separate heap allocation; every access is a pointer chase and a
/// checked downcast (`downcast_ref::<T>()`, `Box::downcast`), which can only fail if the
/// type's invariant were broken. Only the table of boxes is shared between element types:
/// each method still boxes or downcasts to a concrete `T`, so it is still monomorphized
/// per element type, and each type adds its own `dyn Any` vtable. The benches and
/// `size-reports/` measure what that costs against the other variants.
///
/// The elements are not contiguous, so the vector does not dereference to `[T]` and has
/// no `as_slice`; [`iter`](Self::iter) and [`iter_mut`](Self::iter_mut) return this
/// module's own iterators, and indexing takes a `usize` only. Otherwise the methods and
/// traits are those of the other Vec variants, including [`Stack`](crate::Stack) and
/// [`Seq`](crate::Seq).
///
/// `T` must be `'static`, as `dyn Any` requires. The vector is `Send`/`Sync` exactly
/// when `T` is. It is *invariant* in `T`: among `'static` types the only subtyping is
/// between higher-ranked types (`for<'a> fn(&'a u8)` is a subtype of `fn(&'static u8)`),
/// and those have different `TypeId`s, so letting a vector of one coerce to a vector of
/// the other would make every later downcast fail.
///
/// ```
/// let mut v = sizespeed::boxed::Vec::new();
/// v.push(1);
/// v.push(2);
/// v.extend([3, 4]);
/// assert_eq!(v.len(), 4);
/// assert_eq!(v[1], 2);
/// assert_eq!(v.iter().sum::<i32>(), 10);
/// assert_eq!(v.pop(), Some(4));
/// assert_eq!(v, [1, 2, 3]);
/// ```
pub struct Vec<T: 'static> {
    /// The elements, each a `Box<T>` erased to `Box<dyn Any>`. Invariant: every item's
    /// concrete type is exactly `T`.
    pub(crate) items: alloc::vec::Vec<Item>,
    /// Ties the vector to `T`, invariantly (see the type's docs for why).
    pub(crate) marker: PhantomData<fn(T) -> T>,
}

// SAFETY: every item is a `Box<T>` (the field invariant); `Box<dyn Any>` is not `Send`
// only because `dyn Any` could hide any type. The vector owns its `T`s outright, so
// sending it sends `T`s, exactly as sending a `std::vec::Vec<T>` does.
unsafe impl<T: Send + 'static> Send for Vec<T> {}
// SAFETY: a shared vector only hands out `&T` (through `downcast_ref`); no `&dyn Any`
// escapes the crate and no method mutates through `&self`. So sharing it shares `&T`s,
// which is sound when `T: Sync`.
unsafe impl<T: Sync + 'static> Sync for Vec<T> {}

impl<T: 'static> Vec<T> {
    /// Creates an empty vector. Does not allocate.
    ///
    /// ```
    /// const EMPTY: sizespeed::boxed::Vec<u8> = sizespeed::boxed::Vec::new();
    /// assert!(EMPTY.is_empty());
    /// ```
    #[inline]
    pub const fn new() -> Self {
        Vec {
            items: alloc::vec::Vec::new(),
            marker: PhantomData,
        }
    }

    /// Creates an empty vector with room for at least `capacity` element boxes.
    ///
    /// # Panics
    /// Panics if the capacity exceeds `isize::MAX` bytes.
    #[inline]
    #[track_caller]
    pub fn with_capacity(capacity: usize) -> Self {
        Vec {
            items: alloc::vec::Vec::with_capacity(capacity),
            marker: PhantomData,
        }
    }

    /// The number of elements.
    #[inline]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether the vector holds no element.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The number of elements the vector can hold without reallocating its table of
    /// boxes (each new element still allocates its own box).
    #[inline]
    pub fn capacity(&self) -> usize {
        self.items.capacity()
    }

    /// Appends `value` at the end, in a new box.
    ///
    /// # Panics
    /// Panics if the new capacity exceeds `isize::MAX` bytes.
    ///
    /// ```
    /// let mut v = sizespeed::boxed::Vec::new();
    /// v.push("a");
    /// assert_eq!(v.last(), Some(&"a"));
    /// ```
    #[inline]
    #[track_caller]
    pub fn push(&mut self, value: T) {
        self.items.push(Box::new(value))
    }

    /// Removes and returns the last element, or `None` if the vector is empty.
    #[inline]
    pub fn pop(&mut self) -> Option<T> {
        self.items.pop().map(unbox)
    }

    /// The last element, the top of the stack.
    #[inline]
    pub fn peek(&self) -> Option<&T> {
        self.last()
    }

    /// The element at `index`, or `None` if out of bounds.
    #[inline]
    pub fn get(&self, index: usize) -> Option<&T> {
        self.items.get(index).map(peek_at)
    }

    /// The element at `index` mutably, or `None` if out of bounds.
    #[inline]
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        self.items.get_mut(index).map(peek_at_mut)
    }

    /// The first element.
    #[inline]
    pub fn first(&self) -> Option<&T> {
        self.items.first().map(peek_at)
    }

    /// The last element.
    #[inline]
    pub fn last(&self) -> Option<&T> {
        self.items.last().map(peek_at)
    }

    /// Inserts `value` at `index`, shifting later elements right.
    ///
    /// # Panics
    /// Panics if `index > len`, with the index and length in the message.
    ///
    /// ```
    /// let mut v = sizespeed::boxed::Vec::from([1, 3]);
    /// v.insert(1, 2);
    /// assert_eq!(v, [1, 2, 3]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn insert(&mut self, index: usize, value: T) {
        self.items.insert(index, Box::new(value))
    }

    /// Removes and returns the element at `index`, shifting later elements left.
    ///
    /// # Panics
    /// Panics if `index >= len`, with the index and length in the message.
    #[inline]
    #[track_caller]
    pub fn remove(&mut self, index: usize) -> T {
        unbox(self.items.remove(index))
    }

    /// Removes the element at `index` and puts the last element in its place. O(1).
    ///
    /// # Panics
    /// Panics if `index >= len`, with the index and length in the message.
    #[inline]
    #[track_caller]
    pub fn swap_remove(&mut self, index: usize) -> T {
        unbox(self.items.swap_remove(index))
    }

    /// Keeps the first `len` elements and drops the rest. No effect if `len >= self.len()`.
    #[inline]
    pub fn truncate(&mut self, len: usize) {
        self.items.truncate(len)
    }

    /// Drops every element, keeping the table's allocation.
    #[inline]
    pub fn clear(&mut self) {
        self.items.clear()
    }

    /// Reserves room for at least `additional` more element boxes.
    ///
    /// # Panics
    /// Panics if the capacity exceeds `isize::MAX` bytes.
    #[inline]
    #[track_caller]
    pub fn reserve(&mut self, additional: usize) {
        self.items.reserve(additional)
    }

    /// Reserves room for exactly `additional` more element boxes.
    ///
    /// # Panics
    /// Panics if the capacity exceeds `isize::MAX` bytes.
    #[inline]
    #[track_caller]
    pub fn reserve_exact(&mut self, additional: usize) {
        self.items.reserve_exact(additional)
    }

    /// Like [`reserve`](Self::reserve), but reports failure instead of panicking or
    /// aborting. The reservation is for the table of boxes; the boxes themselves are
    /// allocated one per element as elements arrive.
    ///
    /// ```
    /// let mut v = sizespeed::boxed::Vec::<u64>::new();
    /// assert!(v.try_reserve(10).is_ok());
    /// assert!(v.try_reserve(usize::MAX).unwrap_err().is_capacity_overflow());
    /// ```
    #[inline]
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        crate::fast::std_try_reserve(&mut self.items, additional, false)
    }

    /// Like [`reserve_exact`](Self::reserve_exact), but reports failure.
    #[inline]
    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> {
        crate::fast::std_try_reserve(&mut self.items, additional, true)
    }

    /// Shrinks the table's capacity as close to `len` as the allocator allows.
    #[inline]
    pub fn shrink_to_fit(&mut self) {
        self.items.shrink_to_fit()
    }

    /// Shrinks the table's capacity to `max(len, min_capacity)`.
    #[inline]
    pub fn shrink_to(&mut self, min_capacity: usize) {
        self.items.shrink_to(min_capacity)
    }

    /// Iterates over shared references, downcasting each element.
    ///
    /// ```
    /// let v = sizespeed::boxed::Vec::from([1, 2, 3]);
    /// assert_eq!(v.iter().rev().copied().collect::<Vec<_>>(), [3, 2, 1]);
    /// ```
    #[inline]
    pub fn iter(&self) -> Iter<'_, T> {
        Iter {
            items: self.items.iter(),
            marker: PhantomData,
        }
    }

    /// Iterates over mutable references, downcasting each element.
    #[inline]
    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        IterMut {
            items: self.items.iter_mut(),
            marker: PhantomData,
        }
    }

    /// Keeps only the elements for which `keep` returns `true`, in order.
    ///
    /// ```
    /// let mut v = sizespeed::boxed::Vec::from([1, 2, 3, 4]);
    /// v.retain(|x| x % 2 == 0);
    /// assert_eq!(v, [2, 4]);
    /// ```
    #[inline]
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut keep: F) {
        self.items.retain(|item| keep(peek_at(item)))
    }

    /// Like [`retain`](Self::retain), with mutable access to each element.
    #[inline]
    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut keep: F) {
        self.items.retain_mut(|item| keep(peek_at_mut(item)))
    }

    /// Appends clones of every element of `other`, each in a new box.
    #[track_caller]
    pub fn extend_from_slice(&mut self, other: &[T])
    where
        T: Clone,
    {
        self.items.reserve(other.len());
        for x in other {
            self.items.push(Box::new(x.clone()));
        }
    }

    /// Resizes to `new_len`, filling new slots with clones of `value`.
    #[track_caller]
    pub fn resize(&mut self, new_len: usize, value: T)
    where
        T: Clone,
    {
        let len = self.items.len();
        if new_len <= len {
            self.items.truncate(new_len);
            return;
        }
        self.items.reserve(new_len - len);
        for _ in len + 1..new_len {
            self.items.push(Box::new(value.clone()));
        }
        self.items.push(Box::new(value));
    }

    /// Moves every element of `other` to the end of `self`, leaving `other` empty. Moves
    /// the boxes, not the elements.
    #[inline]
    #[track_caller]
    pub fn append(&mut self, other: &mut Self) {
        self.items.append(&mut other.items)
    }

    /// Splits off the elements from `at` onwards into a new vector.
    ///
    /// # Panics
    /// Panics if `at > len`.
    ///
    /// ```
    /// let mut v = sizespeed::boxed::Vec::from([1, 2, 3]);
    /// let tail = v.split_off(1);
    /// assert_eq!(v, [1]);
    /// assert_eq!(tail, [2, 3]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> Self {
        Vec {
            items: self.items.split_off(at),
            marker: PhantomData,
        }
    }
}

impl<T: 'static> Default for Vec<T> {
    #[inline]
    fn default() -> Self {
        Self::new()
    }
}

impl<T: 'static> Index<usize> for Vec<T> {
    type Output = T;
    /// # Panics
    /// Panics if `index >= len`, with std's message.
    #[inline]
    #[track_caller]
    fn index(&self, index: usize) -> &T {
        peek_at(&self.items[index])
    }
}

impl<T: 'static> IndexMut<usize> for Vec<T> {
    #[inline]
    #[track_caller]
    fn index_mut(&mut self, index: usize) -> &mut T {
        peek_at_mut(&mut self.items[index])
    }
}

impl<T: fmt::Debug + 'static> fmt::Debug for Vec<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T: Clone + 'static> Clone for Vec<T> {
    /// Clones element by element, each into a new box. If a clone panics, the clones made
    /// so far are dropped and `self` is untouched.
    fn clone(&self) -> Self {
        let mut out = Self::with_capacity(self.len());
        for x in self.iter() {
            out.items.push(Box::new(x.clone()));
        }
        out
    }
}

/// Whether the elements of `a` equal those of `b`, in order.
#[inline]
fn eq_elements<'a, 'b, T: PartialEq<U> + 'static, U: 'b>(
    a: &'a Vec<T>,
    b: impl ExactSizeIterator<Item = &'b U>,
) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

impl<T: PartialEq<U> + 'static, U: 'static> PartialEq<Vec<U>> for Vec<T> {
    #[inline]
    fn eq(&self, other: &Vec<U>) -> bool {
        eq_elements(self, other.iter())
    }
}

impl<T: PartialEq<U> + 'static, U> PartialEq<[U]> for Vec<T> {
    #[inline]
    fn eq(&self, other: &[U]) -> bool {
        eq_elements(self, other.iter())
    }
}

impl<T: PartialEq<U> + 'static, U> PartialEq<&[U]> for Vec<T> {
    #[inline]
    fn eq(&self, other: &&[U]) -> bool {
        eq_elements(self, other.iter())
    }
}

impl<T: PartialEq<U> + 'static, U, const N: usize> PartialEq<[U; N]> for Vec<T> {
    #[inline]
    fn eq(&self, other: &[U; N]) -> bool {
        eq_elements(self, other.iter())
    }
}

impl<T: PartialEq<U> + 'static, U> PartialEq<alloc::vec::Vec<U>> for Vec<T> {
    #[inline]
    fn eq(&self, other: &alloc::vec::Vec<U>) -> bool {
        eq_elements(self, other.iter())
    }
}

impl<T: Eq + 'static> Eq for Vec<T> {}

impl<T: PartialOrd + 'static> PartialOrd for Vec<T> {
    /// Lexicographic, as for slices.
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.iter().partial_cmp(other.iter())
    }
}

impl<T: Ord + 'static> Ord for Vec<T> {
    /// Lexicographic, as for slices.
    #[inline]
    fn cmp(&self, other: &Self) -> Ordering {
        self.iter().cmp(other.iter())
    }
}

impl<T: Hash + 'static> Hash for Vec<T> {
    /// Hashes like a slice: the length, then the elements through `T::hash_slice`, one
    /// element at a time because they are not contiguous. For hashers that treat their
    /// input as one byte stream, such as std's `DefaultHasher`, this equals the hash of a
    /// `std::vec::Vec` holding the same elements.
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.len());
        for x in self.iter() {
            T::hash_slice(slice::from_ref(x), state);
        }
    }
}

impl<T: 'static> Extend<T> for Vec<T> {
    /// Reserves the iterator's lower size bound once, then boxes and pushes each element.
    #[track_caller]
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        let iter = iter.into_iter();
        self.items.reserve(iter.size_hint().0);
        for x in iter {
            self.items.push(Box::new(x));
        }
    }
}

impl<'a, T: Copy + 'static> Extend<&'a T> for Vec<T> {
    #[track_caller]
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.extend(iter.into_iter().copied())
    }
}

impl<T: 'static> FromIterator<T> for Vec<T> {
    #[track_caller]
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut v = Self::new();
        v.extend(iter);
        v
    }
}

impl<T: 'static> From<alloc::vec::Vec<T>> for Vec<T> {
    /// Boxes every element.
    fn from(v: alloc::vec::Vec<T>) -> Self {
        v.into_iter().collect()
    }
}

impl<T: 'static> From<Vec<T>> for alloc::vec::Vec<T> {
    /// Unboxes every element into one contiguous buffer.
    fn from(v: Vec<T>) -> Self {
        v.into_iter().collect()
    }
}

impl<T: 'static, const N: usize> From<[T; N]> for Vec<T> {
    fn from(a: [T; N]) -> Self {
        a.into_iter().collect()
    }
}

impl<T: Clone + 'static> From<&[T]> for Vec<T> {
    fn from(s: &[T]) -> Self {
        let mut v = Self::new();
        v.extend_from_slice(s);
        v
    }
}

/// Shared iterator over a [`boxed::Vec`](Vec), from [`Vec::iter`]: downcasts each box.
pub struct Iter<'a, T: 'static> {
    items: slice::Iter<'a, Item>,
    marker: PhantomData<&'a T>,
}

// SAFETY: the iterator only hands out `&T` from boxes that all hold `T`s (the vector's
// invariant); it is as thread-safe as `slice::Iter<'a, T>`, which needs `T: Sync` for both.
unsafe impl<T: Sync + 'static> Send for Iter<'_, T> {}
// SAFETY: as above; shared access to the iterator exposes nothing more.
unsafe impl<T: Sync + 'static> Sync for Iter<'_, T> {}

impl<T: 'static> Clone for Iter<'_, T> {
    fn clone(&self) -> Self {
        Iter {
            items: self.items.clone(),
            marker: PhantomData,
        }
    }
}

impl<T: fmt::Debug + 'static> fmt::Debug for Iter<'_, T> {
    /// Shows the elements not yet yielded, as std's slice iterator does.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        /// The remaining elements, shown as a list.
        struct Remaining<'a, T: 'static>(Iter<'a, T>);
        impl<T: fmt::Debug + 'static> fmt::Debug for Remaining<'_, T> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_list().entries(self.0.clone()).finish()
            }
        }
        f.debug_tuple("Iter")
            .field(&Remaining(self.clone()))
            .finish()
    }
}

impl<'a, T: 'static> Iterator for Iter<'a, T> {
    type Item = &'a T;
    #[inline]
    fn next(&mut self) -> Option<&'a T> {
        self.items.next().map(peek_at)
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.items.size_hint()
    }
    #[inline]
    fn nth(&mut self, n: usize) -> Option<&'a T> {
        self.items.nth(n).map(peek_at)
    }
}

impl<'a, T: 'static> DoubleEndedIterator for Iter<'a, T> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a T> {
        self.items.next_back().map(peek_at)
    }
}

impl<T: 'static> ExactSizeIterator for Iter<'_, T> {}
impl<T: 'static> FusedIterator for Iter<'_, T> {}

/// Mutable iterator over a [`boxed::Vec`](Vec), from [`Vec::iter_mut`]: downcasts each
/// box.
pub struct IterMut<'a, T: 'static> {
    items: slice::IterMut<'a, Item>,
    marker: PhantomData<&'a mut T>,
}

// SAFETY: the iterator hands out `&mut T`s to distinct elements, all `T`s; it is as
// thread-safe as `slice::IterMut<'a, T>`: sendable when `T: Send`.
unsafe impl<T: Send + 'static> Send for IterMut<'_, T> {}
// SAFETY: through `&IterMut` nothing can be reached at all, so `T: Sync` is more than
// enough (std requires the same).
unsafe impl<T: Sync + 'static> Sync for IterMut<'_, T> {}

impl<T: 'static> fmt::Debug for IterMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IterMut")
            .field("remaining", &self.items.len())
            .finish()
    }
}

impl<'a, T: 'static> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
    #[inline]
    fn next(&mut self) -> Option<&'a mut T> {
        self.items.next().map(peek_at_mut)
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.items.size_hint()
    }
    #[inline]
    fn nth(&mut self, n: usize) -> Option<&'a mut T> {
        self.items.nth(n).map(peek_at_mut)
    }
}

impl<'a, T: 'static> DoubleEndedIterator for IterMut<'a, T> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a mut T> {
        self.items.next_back().map(peek_at_mut)
    }
}

impl<T: 'static> ExactSizeIterator for IterMut<'_, T> {}
impl<T: 'static> FusedIterator for IterMut<'_, T> {}

/// Owning iterator over a [`boxed::Vec`](Vec), from `into_iter`: unboxes each element.
pub struct IntoIter<T: 'static> {
    items: alloc::vec::IntoIter<Item>,
    marker: PhantomData<fn(T) -> T>,
}

// SAFETY: the iterator owns the remaining boxes, all holding `T`s, like the vector.
unsafe impl<T: Send + 'static> Send for IntoIter<T> {}
// SAFETY: through `&IntoIter` nothing but the count of remaining elements is reachable.
unsafe impl<T: Sync + 'static> Sync for IntoIter<T> {}

impl<T: 'static> fmt::Debug for IntoIter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IntoIter")
            .field("remaining", &self.items.len())
            .finish()
    }
}

impl<T: 'static> Iterator for IntoIter<T> {
    type Item = T;
    #[inline]
    fn next(&mut self) -> Option<T> {
        self.items.next().map(unbox)
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.items.size_hint()
    }
}

impl<T: 'static> DoubleEndedIterator for IntoIter<T> {
    #[inline]
    fn next_back(&mut self) -> Option<T> {
        self.items.next_back().map(unbox)
    }
}

impl<T: 'static> ExactSizeIterator for IntoIter<T> {}
impl<T: 'static> FusedIterator for IntoIter<T> {}

impl<T: 'static> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    #[inline]
    fn into_iter(self) -> IntoIter<T> {
        IntoIter {
            items: self.items.into_iter(),
            marker: PhantomData,
        }
    }
}

impl<'a, T: 'static> IntoIterator for &'a Vec<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    #[inline]
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T: 'static> IntoIterator for &'a mut Vec<T> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    #[inline]
    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

impl<T: 'static> crate::Stack<T> for Vec<T> {
    #[inline]
    fn new() -> Self {
        Self::new()
    }
    #[inline]
    #[track_caller]
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
    fn is_empty(&self) -> bool {
        self.is_empty()
    }
    #[inline]
    fn clear(&mut self) {
        self.clear()
    }
}

impl<T: 'static> crate::Seq<T> for Vec<T> {
    type Iter<'a> = Iter<'a, T>;
    type IterMut<'a> = IterMut<'a, T>;
    #[inline]
    #[track_caller]
    fn with_capacity(capacity: usize) -> Self {
        Self::with_capacity(capacity)
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
    fn first(&self) -> Option<&T> {
        self.first()
    }
    #[inline]
    fn last(&self) -> Option<&T> {
        self.last()
    }
    #[inline]
    #[track_caller]
    fn insert(&mut self, index: usize, value: T) {
        self.insert(index, value)
    }
    #[inline]
    #[track_caller]
    fn remove(&mut self, index: usize) -> T {
        self.remove(index)
    }
    #[inline]
    #[track_caller]
    fn swap_remove(&mut self, index: usize) -> T {
        self.swap_remove(index)
    }
    #[inline]
    fn truncate(&mut self, len: usize) {
        self.truncate(len)
    }
    #[inline]
    #[track_caller]
    fn reserve(&mut self, additional: usize) {
        self.reserve(additional)
    }
    #[inline]
    fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.try_reserve(additional)
    }
    #[inline]
    fn capacity(&self) -> usize {
        self.capacity()
    }
    #[inline]
    fn iter(&self) -> Iter<'_, T> {
        self.iter()
    }
    #[inline]
    fn iter_mut(&mut self) -> IterMut<'_, T> {
        self.iter_mut()
    }
}
