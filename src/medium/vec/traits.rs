//! The std trait impls of [`medium::Vec`](super::Vec) and the crate's family traits: the
//! shared ones from the contiguous-vector macros, the rest forwarded to small's, except
//! the bulk operations (`clone`, `extend`, `collect`), which lend the buffer to std's
//! vector for its specialised loops (a `memcpy` for `Copy` elements and for iterators of
//! known length): their code is per type, as fast's, and so is their speed.

use alloc::borrow::ToOwned;
use core::mem;

use super::Vec;
use crate::small;

/// Lends a vector's buffer to a `std::vec::Vec` (the layouts are the same, so both moves
/// reuse the allocation) and gives it back when dropped, also while unwinding: whatever
/// std's vector holds then is the vector's content, as if std's method had run on it.
struct Lent<'a, T> {
    /// The vector the buffer came from, empty while lent.
    home: &'a mut small::Vec<T>,
    /// The buffer, as std's vector.
    std: alloc::vec::Vec<T>,
}

impl<'a, T> Lent<'a, T> {
    #[inline]
    fn new(home: &'a mut small::Vec<T>) -> Self {
        let std = mem::take(home).into();
        Lent { home, std }
    }
}

impl<T> Drop for Lent<'_, T> {
    #[inline]
    fn drop(&mut self) {
        *self.home = mem::take(&mut self.std).into();
    }
}

impl<T> Default for Vec<T> {
    #[inline]
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Clone> Clone for Vec<T> {
    /// std's `to_vec`: one `memcpy` for `Copy` elements.
    #[inline]
    fn clone(&self) -> Self {
        self.as_slice().to_vec().into()
    }

    /// std's `clone_into`, on the lent buffer: the common prefix is cloned over, the
    /// rest appended.
    #[inline]
    fn clone_from(&mut self, source: &Self) {
        source
            .as_slice()
            .clone_into(&mut Lent::new(&mut self.inner).std)
    }
}

impl<T: PartialEq<U>, U> PartialEq<Vec<U>> for Vec<T> {
    #[inline]
    fn eq(&self, other: &Vec<U>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T> Extend<T> for Vec<T> {
    /// std's `extend`, on the lent buffer: a bulk copy for iterators of known length. If
    /// the iterator panics, the elements it yielded so far stay, as in std.
    #[inline]
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        Lent::new(&mut self.inner).std.extend(iter)
    }
}

impl<'a, T: Copy + 'a> Extend<&'a T> for Vec<T> {
    #[inline]
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        Lent::new(&mut self.inner).std.extend(iter)
    }
}

impl<T> FromIterator<T> for Vec<T> {
    /// std's `collect` into a `Vec`, whose buffer this vector then adopts.
    #[inline]
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        alloc::vec::Vec::from_iter(iter).into()
    }
}

impl<T> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = super::IntoIter<T>;
    #[inline]
    fn into_iter(self) -> super::IntoIter<T> {
        self.inner.into_iter()
    }
}

impl<T> From<small::Vec<T>> for Vec<T> {
    /// Takes the small vector's buffer as it is (the storage is the same).
    ///
    /// ```
    /// let s = sizespeed::small::Vec::from([2, 1]);
    /// let p = s.as_ptr();
    /// let m = sizespeed::medium::Vec::from(s);
    /// assert_eq!(m.as_ptr(), p);
    /// ```
    #[inline]
    fn from(inner: small::Vec<T>) -> Self {
        Vec { inner }
    }
}

impl<T> From<Vec<T>> for small::Vec<T> {
    /// Hands the buffer to a small vector as it is.
    #[inline]
    fn from(v: Vec<T>) -> Self {
        v.inner
    }
}

impl<T> From<alloc::vec::Vec<T>> for Vec<T> {
    /// Adopts the std vector's buffer without copying, as small's does.
    ///
    /// ```
    /// let std_vec = vec![1, 2, 3];
    /// let p = std_vec.as_ptr();
    /// let v = sizespeed::medium::Vec::from(std_vec);
    /// assert_eq!(v.as_ptr(), p);
    /// ```
    #[inline]
    fn from(v: alloc::vec::Vec<T>) -> Self {
        Vec { inner: v.into() }
    }
}

impl<T> From<Vec<T>> for alloc::vec::Vec<T> {
    /// Hands the buffer to a std vector without copying.
    #[inline]
    fn from(v: Vec<T>) -> Self {
        v.inner.into()
    }
}

impl<T, const N: usize> From<[T; N]> for Vec<T> {
    #[inline]
    fn from(a: [T; N]) -> Self {
        Vec { inner: a.into() }
    }
}

impl<T: Clone> From<&[T]> for Vec<T> {
    #[inline]
    fn from(s: &[T]) -> Self {
        Vec { inner: s.into() }
    }
}

crate::contiguous::contiguous_vec_impls!([T] Vec<T>);
crate::contiguous::contiguous_vec_parity_impls!([T] Vec<T>, [] Vec<u8>);
