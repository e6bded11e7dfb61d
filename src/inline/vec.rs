//! [`Vec`]: a growable array whose first `N` elements live inside the vector itself,
//! backed by [`smallvec::SmallVec`].

use crate::contiguous::{insert_out_of_bounds, split_off_out_of_bounds};
use crate::TryReserveError;

/// A contiguous growable array that stores up to `N` elements inline, without allocating.
///
/// This is [`smallvec::SmallVec<[T; N]>`](smallvec::SmallVec) with the same names,
/// methods and traits ([`Stack`](crate::Stack), [`Seq`](crate::Seq)) as the crate's other
/// Vec variants. The first `N` elements (8 by default) are kept in a buffer inside the
/// vector; pushing the `N + 1`-th *spills* them to the heap, after which it behaves like
/// `std::vec::Vec`. [`spilled`](Self::spilled) tells which mode it is in, and
/// [`shrink_to_fit`](Self::shrink_to_fit) moves the elements back inline when they fit.
///
/// The trade-off is storage, not code: short vectors never allocate, but the vector is as
/// large as its inline buffer plus one word, every access first checks whether the
/// elements are inline or on the heap, and the code is monomorphized per element type
/// and per `N`, like std's. ("small" in this crate means small *code*; that is
/// [`small::Vec`](crate::small::Vec), not this type.)
///
/// The vector dereferences to `[T]`, so every slice method is available. It is
/// `Send`/`Sync` exactly when `T` is. Unlike the crate's other Vec variants it is
/// *invariant* in `T`: `SmallVec` names its element type through the `Array::Item`
/// projection, and the compiler cannot see through a projection to allow subtyping, so a
/// `Vec<&'static str>` does not coerce to a `Vec<&'a str>`.
///
/// ```
/// use sizespeed::inline::Vec;
///
/// let mut v: Vec<u32> = Vec::new(); // room for 8 elements inline
/// v.extend(1..=8);
/// assert!(!v.spilled());
/// v.push(9); // the ninth spills to the heap
/// assert!(v.spilled());
/// assert_eq!(v.iter().sum::<u32>(), 45);
///
/// v.truncate(3);
/// v.shrink_to_fit(); // fits inline again
/// assert!(!v.spilled());
/// assert_eq!(v, [1, 2, 3]);
///
/// // The inline capacity is the second parameter.
/// let w: Vec<u8, 32> = Vec::from([7; 32]);
/// assert!(!w.spilled());
/// assert_eq!(w.inline_size(), 32);
/// ```
pub struct Vec<T, const N: usize = 8> {
    /// The smallvec every method forwards to.
    pub(crate) inner: smallvec::SmallVec<[T; N]>,
}

/// An owning iterator over the elements of a [`Vec`]: smallvec's own `IntoIter`.
pub type IntoIter<T, const N: usize = 8> = smallvec::IntoIter<[T; N]>;

/// Converts smallvec's reservation error into this crate's.
#[inline]
fn convert(err: smallvec::CollectionAllocErr) -> TryReserveError {
    match err {
        smallvec::CollectionAllocErr::CapacityOverflow => TryReserveError::capacity_overflow(),
        smallvec::CollectionAllocErr::AllocErr { layout } => TryReserveError::alloc_error(layout),
    }
}

impl<T, const N: usize> Vec<T, N> {
    /// Creates an empty vector with room for `N` elements inline. Does not allocate.
    ///
    /// ```
    /// const EMPTY: sizespeed::inline::Vec<u8> = sizespeed::inline::Vec::new();
    /// assert!(EMPTY.is_empty());
    /// ```
    #[inline]
    pub const fn new() -> Self {
        Vec {
            inner: smallvec::SmallVec::new_const(),
        }
    }

    /// Creates an empty vector with room for at least `capacity` elements. Allocates only
    /// if `capacity > N`.
    ///
    /// # Panics
    /// Panics if the capacity exceeds `isize::MAX` bytes.
    ///
    /// ```
    /// let v = sizespeed::inline::Vec::<u32, 4>::with_capacity(3);
    /// assert!(!v.spilled());
    /// let w = sizespeed::inline::Vec::<u32, 4>::with_capacity(5);
    /// assert!(w.spilled() && w.capacity() >= 5);
    /// ```
    #[inline]
    #[track_caller]
    pub fn with_capacity(capacity: usize) -> Self {
        Vec {
            inner: smallvec::SmallVec::with_capacity(capacity),
        }
    }

    /// Whether the elements have moved to a heap buffer (more than `N` were ever held at
    /// once and they were not moved back by a shrink).
    #[inline]
    pub fn spilled(&self) -> bool {
        self.inner.spilled()
    }

    /// The number of elements the inline buffer holds: `N` (for a zero-sized `T`,
    /// `usize::MAX`).
    #[inline]
    pub fn inline_size(&self) -> usize {
        self.inner.inline_size()
    }

    /// A raw pointer to the buffer, inline or on the heap. Moving the vector moves an
    /// inline buffer, so the pointer is valid only while the vector stays in place.
    #[inline]
    pub fn as_ptr(&self) -> *const T {
        self.inner.as_ptr()
    }

    /// A raw mutable pointer to the buffer; see [`as_ptr`](Self::as_ptr).
    #[inline]
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self.inner.as_mut_ptr()
    }

    /// Inserts `value` at `index`, shifting later elements right.
    ///
    /// # Panics
    /// Panics if `index > len`, with the index and length in the message.
    ///
    /// ```
    /// let mut v = sizespeed::inline::Vec::<i32>::from([1, 3]);
    /// v.insert(1, 2);
    /// assert_eq!(v, [1, 2, 3]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn insert(&mut self, index: usize, value: T) {
        let len = self.inner.len();
        if index > len {
            insert_out_of_bounds(index, len)
        }
        self.inner.insert(index, value)
    }

    /// Like [`reserve`](Self::reserve), but reports failure instead of panicking or
    /// aborting.
    ///
    /// ```
    /// let mut v = sizespeed::inline::Vec::<u64>::new();
    /// assert!(v.try_reserve(4).is_ok());
    /// assert!(!v.spilled());
    /// assert!(v.try_reserve(usize::MAX).unwrap_err().is_capacity_overflow());
    /// ```
    #[inline]
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.inner.try_reserve(additional).map_err(convert)
    }

    /// Like [`reserve_exact`](Self::reserve_exact), but reports failure.
    #[inline]
    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.inner.try_reserve_exact(additional).map_err(convert)
    }

    /// Shrinks the capacity to `max(len, min_capacity)`, moving the elements back inline
    /// if that fits in `N`. Never grows.
    #[inline]
    pub fn shrink_to(&mut self, min_capacity: usize) {
        let target = min_capacity.max(self.inner.len());
        if target < self.inner.capacity() {
            self.inner.grow(target)
        }
    }

    /// Keeps only the elements for which `keep` returns `true`, in order.
    ///
    /// ```
    /// let mut v = sizespeed::inline::Vec::<i32>::from([1, 2, 3, 4]);
    /// v.retain(|x| x % 2 == 0);
    /// assert_eq!(v, [2, 4]);
    /// ```
    #[inline]
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut keep: F) {
        self.inner.retain(|x| keep(x))
    }

    /// Appends clones of every element of `other`.
    #[inline]
    #[track_caller]
    pub fn extend_from_slice(&mut self, other: &[T])
    where
        T: Clone,
    {
        self.inner.extend(other.iter().cloned())
    }

    /// Splits off the elements from `at` onwards into a new vector.
    ///
    /// # Panics
    /// Panics if `at > len`.
    ///
    /// ```
    /// let mut v = sizespeed::inline::Vec::<i32>::from([1, 2, 3]);
    /// let tail = v.split_off(1);
    /// assert_eq!(v, [1]);
    /// assert_eq!(tail, [2, 3]);
    /// ```
    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> Self {
        let len = self.inner.len();
        if at > len {
            split_off_out_of_bounds(at, len)
        }
        let mut tail = Self::with_capacity(len - at);
        tail.inner.extend(self.inner.drain(at..));
        tail
    }
}

impl<T, const N: usize> Default for Vec<T, N> {
    #[inline]
    fn default() -> Self {
        Self::new()
    }
}

crate::contiguous::contiguous_vec_forwarding_methods! {
    [T, const N: usize] Vec<T, N>;

    /// The number of elements the vector can hold without reallocating: `N` while inline.
    capacity;

    /// Appends `value` at the end, spilling to the heap if the inline buffer is full.
    ///
    /// # Panics
    /// Panics if the new capacity exceeds `isize::MAX` bytes.
    ///
    /// ```
    /// let mut v = sizespeed::inline::Vec::<&str, 1>::new();
    /// v.push("inline");
    /// v.push("spilled");
    /// assert_eq!(v.last(), Some(&"spilled"));
    /// assert!(v.spilled());
    /// ```
    push;

    /// Keeps the first `len` elements and drops the rest. No effect if `len >= self.len()`.
    /// Never moves the elements back inline; [`shrink_to_fit`](Self::shrink_to_fit) does.
    truncate;

    /// Reserves room for at least `additional` more elements (smallvec rounds the new
    /// capacity up to a power of two).
    ///
    /// # Panics
    /// Panics if the capacity exceeds `isize::MAX` bytes.
    reserve;

    /// Shrinks the capacity to `len`, moving the elements back inline if they fit.
    shrink_to_fit;
}

crate::contiguous::contiguous_vec_checked_removals!([T, const N: usize] Vec<T, N>);
crate::contiguous::contiguous_vec_impls!([T, const N: usize] Vec<T, N>);
crate::contiguous::contiguous_vec_sort_methods!(inline, [T, const N: usize] Vec<T, N>);

impl<T: Clone, const N: usize> Clone for Vec<T, N> {
    #[inline]
    fn clone(&self) -> Self {
        Vec {
            inner: self.inner.clone(),
        }
    }
    #[inline]
    fn clone_from(&mut self, source: &Self) {
        self.inner.clone_from(&source.inner)
    }
}

impl<T: PartialEq<U>, U, const N: usize, const M: usize> PartialEq<Vec<U, M>> for Vec<T, N> {
    #[inline]
    fn eq(&self, other: &Vec<U, M>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T, const N: usize> Extend<T> for Vec<T, N> {
    #[inline]
    #[track_caller]
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        self.inner.extend(iter)
    }
}

impl<'a, T: Copy + 'a, const N: usize> Extend<&'a T> for Vec<T, N> {
    #[inline]
    #[track_caller]
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.inner.extend(iter.into_iter().copied())
    }
}

impl<T, const N: usize> FromIterator<T> for Vec<T, N> {
    #[inline]
    #[track_caller]
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Vec {
            inner: smallvec::SmallVec::from_iter(iter),
        }
    }
}

impl<T, const N: usize> From<alloc::vec::Vec<T>> for Vec<T, N> {
    /// Adopts the std vector's allocation if it holds more than `N` elements; otherwise
    /// moves the elements inline and frees it.
    #[inline]
    fn from(v: alloc::vec::Vec<T>) -> Self {
        Vec {
            inner: smallvec::SmallVec::from_vec(v),
        }
    }
}

impl<T, const N: usize> From<Vec<T, N>> for alloc::vec::Vec<T> {
    /// Reuses the heap buffer if the vector has spilled; otherwise allocates.
    #[inline]
    fn from(v: Vec<T, N>) -> Self {
        v.inner.into_vec()
    }
}

impl<T, const N: usize, const M: usize> From<[T; M]> for Vec<T, N> {
    #[inline]
    fn from(a: [T; M]) -> Self {
        let mut v = Self::with_capacity(M);
        v.inner.extend(a);
        v
    }
}

impl<T: Clone, const N: usize> From<&[T]> for Vec<T, N> {
    #[inline]
    fn from(s: &[T]) -> Self {
        s.iter().cloned().collect()
    }
}

impl<T, const N: usize> IntoIterator for Vec<T, N> {
    type Item = T;
    type IntoIter = IntoIter<T, N>;
    #[inline]
    fn into_iter(self) -> IntoIter<T, N> {
        self.inner.into_iter()
    }
}
