//! [`Vec`]: a growable array whose first `N` elements live inside the vector itself,
//! backed by [`smallvec::SmallVec`].

use super::drain::{Drain, ExtractIf, Splice};
use crate::contiguous::{insert_out_of_bounds, split_off_out_of_bounds};
use crate::TryReserveError;

/// The number of elements [`Vec`] keeps inline: 8.
pub const DEFAULT_INLINE_CAPACITY: usize = 8;

/// The inline vector with the default inline capacity ([`DEFAULT_INLINE_CAPACITY`]): the
/// name that stands in for `std::vec::Vec`.
///
/// It is an alias of [`InlineVec`] with the capacity fixed, so `Vec::new()` needs no
/// annotation: a defaulted const parameter does not take part in type inference, and a
/// generic type would leave `N` unknown. Name [`InlineVec<T, N>`](InlineVec) to choose
/// another inline capacity.
///
/// ```
/// let mut v = sizespeed::inline::Vec::new();
/// v.push(1);
/// v.push(2);
/// assert_eq!(v, [1, 2]);
/// assert!(!v.spilled());
/// ```
pub type Vec<T> = InlineVec<T, DEFAULT_INLINE_CAPACITY>;

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
/// let w: sizespeed::inline::InlineVec<u8, 32> = [7; 32].into();
/// assert!(!w.spilled());
/// assert_eq!(w.inline_size(), 32);
/// ```
pub struct InlineVec<T, const N: usize = DEFAULT_INLINE_CAPACITY> {
    /// The smallvec every method forwards to.
    pub(crate) inner: smallvec::SmallVec<[T; N]>,
}

/// An owning iterator over the elements of a [`Vec`]: smallvec's own `IntoIter`.
pub type IntoIter<T, const N: usize = DEFAULT_INLINE_CAPACITY> = smallvec::IntoIter<[T; N]>;

/// Converts smallvec's reservation error into this crate's.
#[inline]
fn convert(err: smallvec::CollectionAllocErr) -> TryReserveError {
    match err {
        smallvec::CollectionAllocErr::CapacityOverflow => TryReserveError::capacity_overflow(),
        smallvec::CollectionAllocErr::AllocErr { layout } => TryReserveError::alloc_error(layout),
    }
}

impl<T, const N: usize> InlineVec<T, N> {
    /// Creates an empty vector with room for `N` elements inline. Does not allocate.
    ///
    /// ```
    /// const EMPTY: sizespeed::inline::Vec<u8> = sizespeed::inline::Vec::new();
    /// assert!(EMPTY.is_empty());
    /// ```
    #[inline]
    pub const fn new() -> Self {
        InlineVec {
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
    /// let v = sizespeed::inline::InlineVec::<u32, 4>::with_capacity(3);
    /// assert!(!v.spilled());
    /// let w = sizespeed::inline::InlineVec::<u32, 4>::with_capacity(5);
    /// assert!(w.spilled() && w.capacity() >= 5);
    /// ```
    #[inline]
    #[track_caller]
    pub fn with_capacity(capacity: usize) -> Self {
        InlineVec {
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

impl<T, const N: usize> Default for InlineVec<T, N> {
    #[inline]
    fn default() -> Self {
        Self::new()
    }
}

crate::contiguous::contiguous_vec_forwarding_methods! {
    [T, const N: usize] InlineVec<T, N>;

    /// The number of elements the vector can hold without reallocating: `N` while inline.
    capacity;

    /// Appends `value` at the end, spilling to the heap if the inline buffer is full.
    ///
    /// # Panics
    /// Panics if the new capacity exceeds `isize::MAX` bytes.
    ///
    /// ```
    /// let mut v = sizespeed::inline::InlineVec::<&str, 1>::new();
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

crate::contiguous::contiguous_vec_checked_removals!([T, const N: usize] InlineVec<T, N>);
crate::contiguous::contiguous_vec_impls!([T, const N: usize] InlineVec<T, N>);
crate::contiguous::contiguous_vec_sort_methods!(inline, [T, const N: usize] InlineVec<T, N>);

impl<T: Clone, const N: usize> Clone for InlineVec<T, N> {
    #[inline]
    fn clone(&self) -> Self {
        InlineVec {
            inner: self.inner.clone(),
        }
    }
    #[inline]
    fn clone_from(&mut self, source: &Self) {
        self.inner.clone_from(&source.inner)
    }
}

impl<T: PartialEq<U>, U, const N: usize, const M: usize> PartialEq<InlineVec<U, M>>
    for InlineVec<T, N>
{
    #[inline]
    fn eq(&self, other: &InlineVec<U, M>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T, const N: usize> Extend<T> for InlineVec<T, N> {
    #[inline]
    #[track_caller]
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        self.inner.extend(iter)
    }
}

impl<'a, T: Copy + 'a, const N: usize> Extend<&'a T> for InlineVec<T, N> {
    #[inline]
    #[track_caller]
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.inner.extend(iter.into_iter().copied())
    }
}

impl<T, const N: usize> FromIterator<T> for InlineVec<T, N> {
    #[inline]
    #[track_caller]
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        InlineVec {
            inner: smallvec::SmallVec::from_iter(iter),
        }
    }
}

impl<T, const N: usize> From<alloc::vec::Vec<T>> for InlineVec<T, N> {
    /// Adopts the std vector's allocation if it holds more than `N` elements; otherwise
    /// moves the elements inline and frees it.
    #[inline]
    fn from(v: alloc::vec::Vec<T>) -> Self {
        InlineVec {
            inner: smallvec::SmallVec::from_vec(v),
        }
    }
}

impl<T, const N: usize> From<InlineVec<T, N>> for alloc::vec::Vec<T> {
    /// Reuses the heap buffer if the vector has spilled; otherwise allocates.
    #[inline]
    fn from(v: InlineVec<T, N>) -> Self {
        v.inner.into_vec()
    }
}

impl<T, const N: usize, const M: usize> From<[T; M]> for InlineVec<T, N> {
    #[inline]
    fn from(a: [T; M]) -> Self {
        let mut v = Self::with_capacity(M);
        v.inner.extend(a);
        v
    }
}

impl<T: Clone, const N: usize> From<&[T]> for InlineVec<T, N> {
    #[inline]
    fn from(s: &[T]) -> Self {
        s.iter().cloned().collect()
    }
}

impl<T, const N: usize> IntoIterator for InlineVec<T, N> {
    type Item = T;
    type IntoIter = IntoIter<T, N>;
    #[inline]
    fn into_iter(self) -> IntoIter<T, N> {
        self.inner.into_iter()
    }
}

/// The rest of std's `Vec` API that smallvec's storage allows.
///
/// The range arguments are checked here first, so a bad range panics with std's message.
impl<T, const N: usize> InlineVec<T, N> {
    /// Sets the length without touching the elements.
    ///
    /// # Safety
    /// `new_len <= capacity()`, and the first `new_len` elements are initialized.
    ///
    /// ```
    /// let mut v = sizespeed::inline::Vec::<u8>::new();
    /// v.spare_capacity_mut()[0].write(3);
    /// // SAFETY: element 0 is initialized and within the inline capacity.
    /// unsafe { v.set_len(1) };
    /// assert_eq!(v, [3]);
    /// ```
    #[inline]
    pub unsafe fn set_len(&mut self, new_len: usize) {
        // SAFETY: forwarded contract.
        unsafe { self.inner.set_len(new_len) }
    }

    /// Appends `value` and returns a mutable reference to it.
    ///
    /// ```
    /// let mut v = sizespeed::inline::Vec::new();
    /// *v.push_mut(1) += 1;
    /// assert_eq!(v, [2]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn push_mut(&mut self, value: T) -> &mut T {
        self.push(value);
        let last = self.len() - 1;
        &mut self.as_mut_slice()[last]
    }

    /// Inserts `value` at `index` and returns a mutable reference to it.
    ///
    /// # Panics
    /// Panics if `index > len`, with std's message.
    ///
    /// ```
    /// let mut v = sizespeed::inline::Vec::from([1, 3]);
    /// *v.insert_mut(1, 2) *= 2;
    /// assert_eq!(v, [1, 4, 3]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn insert_mut(&mut self, index: usize, value: T) -> &mut T {
        self.insert(index, value);
        &mut self.as_mut_slice()[index]
    }

    /// Removes and returns the last element if `predicate` returns `true` for it.
    ///
    /// ```
    /// let mut v = sizespeed::inline::Vec::from([1, 2]);
    /// assert_eq!(v.pop_if(|x| *x > 1), Some(2));
    /// assert_eq!(v.pop_if(|x| *x > 1), None);
    /// ```
    #[inline]
    pub fn pop_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T> {
        let last = self.as_mut_slice().last_mut()?;
        if predicate(last) {
            self.pop()
        } else {
            None
        }
    }

    /// Removes the elements in `range` and returns them as an iterator; whatever it does
    /// not yield is dropped with it, and the tail then closes the gap.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after `len`, with std's messages.
    ///
    /// ```
    /// let mut v = sizespeed::inline::Vec::from([1, 2, 3, 4]);
    /// let mid: Vec<i32> = v.drain(1..3).collect();
    /// assert_eq!(mid, [2, 3]);
    /// assert_eq!(v, [1, 4]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn drain<R: core::ops::RangeBounds<usize>>(&mut self, range: R) -> Drain<'_, T, N> {
        let len = self.len();
        let r = crate::contiguous::range_of(range, len);
        // SAFETY: `start <= len`: the vector now counts only the prefix; the range and the
        // tail belong to the drain until it drops.
        unsafe { self.inner.set_len(r.start) };
        Drain {
            vec: core::ptr::NonNull::from(self),
            front: r.start,
            back: r.end,
            tail_start: r.end,
            tail_len: len - r.end,
            marker: core::marker::PhantomData,
        }
    }

    /// Replaces the elements in `range` with `replace_with`, returning the removed ones as
    /// an iterator; the replacement is inserted when the iterator drops.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after `len`, with std's messages.
    ///
    /// ```
    /// let mut v = sizespeed::inline::Vec::from([1, 2, 3]);
    /// let old: Vec<i32> = v.splice(1..2, [7, 8]).collect();
    /// assert_eq!(old, [2]);
    /// assert_eq!(v, [1, 7, 8, 3]);
    /// ```
    #[inline]
    #[track_caller]
    pub fn splice<R, I>(&mut self, range: R, replace_with: I) -> Splice<'_, I::IntoIter, N>
    where
        R: core::ops::RangeBounds<usize>,
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
    /// let mut v = sizespeed::inline::Vec::from([1, 2, 3, 4]);
    /// let evens: Vec<i32> = v.extract_if(.., |x| *x % 2 == 0).collect();
    /// assert_eq!(evens, [2, 4]);
    /// assert_eq!(v, [1, 3]);
    /// ```
    #[track_caller]
    pub fn extract_if<F, R>(&mut self, range: R, filter: F) -> ExtractIf<'_, T, F, N>
    where
        F: FnMut(&mut T) -> bool,
        R: core::ops::RangeBounds<usize>,
    {
        let old_len = self.len();
        let r = crate::contiguous::range_of(range, old_len);
        // SAFETY: while the iterator lives the vector counts nothing, so a leak or a
        // panic never exposes a hole; the iterator's drop restores the true length.
        unsafe { self.inner.set_len(0) };
        ExtractIf {
            vec: self,
            idx: r.start,
            end: r.end,
            deleted: 0,
            old_len,
            pred: filter,
        }
    }

    /// Appends clones of the elements in `src`, a range of this vector.
    ///
    /// # Panics
    /// Panics if the range starts after it ends or ends after `len`, with std's messages.
    ///
    /// ```
    /// let mut v = sizespeed::inline::Vec::from([1, 2]);
    /// v.extend_from_within(1..);
    /// assert_eq!(v, [1, 2, 2]);
    /// ```
    #[track_caller]
    pub fn extend_from_within<R: core::ops::RangeBounds<usize>>(&mut self, src: R)
    where
        T: Clone,
    {
        let r = crate::contiguous::range_of(src, self.len());
        self.reserve(r.end - r.start);
        for i in r {
            let x = self[i].clone();
            self.push(x);
        }
    }

    /// Resizes to `new_len`, filling new slots with values returned by `f`.
    ///
    /// ```
    /// let mut v = sizespeed::inline::Vec::from([5]);
    /// v.resize_with(3, || 0);
    /// assert_eq!(v, [5, 0, 0]);
    /// ```
    #[track_caller]
    pub fn resize_with<F: FnMut() -> T>(&mut self, new_len: usize, mut f: F) {
        let len = self.len();
        if new_len <= len {
            self.truncate(new_len);
            return;
        }
        self.reserve(new_len - len);
        for _ in len..new_len {
            self.push(f());
        }
    }

    /// The unused capacity (inline or on the heap), as uninitialized slots.
    ///
    /// ```
    /// let mut v = sizespeed::inline::Vec::<u8>::new();
    /// assert_eq!(v.spare_capacity_mut().len(), 8);
    /// ```
    #[inline]
    pub fn spare_capacity_mut(&mut self) -> &mut [core::mem::MaybeUninit<T>] {
        let len = self.len();
        let cap = self.capacity();
        let p = self.inner.as_mut_ptr();
        // SAFETY: smallvec's pointer covers the whole buffer, inline or on the heap;
        // slots `len..cap` are inside it and uninitialized memory is valid
        // `MaybeUninit`; `&mut self` makes the access unique.
        unsafe {
            core::slice::from_raw_parts_mut(p.add(len) as *mut core::mem::MaybeUninit<T>, cap - len)
        }
    }

    /// Converts into a boxed slice, reusing the heap buffer if the vector has spilled.
    ///
    /// ```
    /// let b: Box<[i32]> = sizespeed::inline::Vec::from([1, 2]).into_boxed_slice();
    /// assert_eq!(&*b, [1, 2]);
    /// ```
    #[inline]
    pub fn into_boxed_slice(self) -> alloc::boxed::Box<[T]> {
        self.inner.into_boxed_slice()
    }

    /// Leaks the vector's elements onto the heap, returning a mutable slice that lives as
    /// long as `'a` wants. An inline vector first moves its elements to a heap buffer.
    ///
    /// ```
    /// let s: &'static mut [i32] = sizespeed::inline::Vec::from([1, 2]).leak();
    /// s[0] = 3;
    /// assert_eq!(s, [3, 2]);
    /// ```
    #[inline]
    pub fn leak<'a>(self) -> &'a mut [T] {
        self.inner.into_vec().leak()
    }
}

impl<T, const N: usize, const M: usize> InlineVec<[T; M], N> {
    /// Flattens a vector of arrays into a vector of their elements.
    ///
    /// # Panics
    /// Panics if the new length would overflow `usize` (only for zero-sized `T`).
    ///
    /// ```
    /// let v = sizespeed::inline::Vec::from([[1, 2], [3, 4]]);
    /// let flat: sizespeed::inline::Vec<i32> = v.into_flattened();
    /// assert_eq!(flat, [1, 2, 3, 4]);
    /// ```
    #[track_caller]
    pub fn into_flattened(self) -> InlineVec<T, N> {
        let mut out =
            InlineVec::with_capacity(self.len().checked_mul(M).expect("vec len overflow"));
        for a in self {
            out.extend(a);
        }
        out
    }
}

#[doc(hidden)]
impl<T, const N: usize> InlineVec<T, N> {
    /// `vec![elem; n]`.
    #[doc(hidden)]
    #[track_caller]
    pub fn __from_elem(elem: T, n: usize) -> Self
    where
        T: Clone,
    {
        InlineVec {
            inner: smallvec::SmallVec::from_elem(elem, n),
        }
    }
}

/// Builds an [`inline::Vec`](crate::inline::Vec) like std's `vec!`: `vec![]`,
/// `vec![a, b, c]`, `vec![x; n]`. Import it as `sizespeed::inline::vec`.
///
/// ```
/// use sizespeed::inline::{vec, Vec};
///
/// let a: Vec<u8> = vec![];
/// let b = vec![1, 2, 3];
/// let c = vec![7; 2];
/// assert!(a.is_empty());
/// assert_eq!(b, [1, 2, 3]);
/// assert_eq!(c, [7, 7]);
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! __sizespeed_inline_vec {
    () => {
        $crate::inline::Vec::new()
    };
    ($elem:expr; $n:expr) => {
        $crate::inline::Vec::__from_elem($elem, $n)
    };
    ($($x:expr),+ $(,)?) => {
        $crate::inline::Vec::from([$($x),+])
    };
}

crate::contiguous::contiguous_vec_parity_impls!(
    [T, const N: usize] InlineVec<T, N>,
    [const N: usize] InlineVec<u8, N>
);
