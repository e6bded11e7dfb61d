//! The std trait impls of [`medium::Vec`](super::Vec) and the crate's family traits: the
//! shared ones from the contiguous-vector macros, the rest forwarded to small's.

use super::Vec;
use crate::small;

impl<T> Default for Vec<T> {
    #[inline]
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Clone> Clone for Vec<T> {
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

impl<T: PartialEq<U>, U> PartialEq<Vec<U>> for Vec<T> {
    #[inline]
    fn eq(&self, other: &Vec<U>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T> Extend<T> for Vec<T> {
    #[inline]
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        self.inner.extend(iter)
    }
}

impl<'a, T: Copy + 'a> Extend<&'a T> for Vec<T> {
    #[inline]
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.inner.extend(iter)
    }
}

impl<T> FromIterator<T> for Vec<T> {
    #[inline]
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Vec {
            inner: small::Vec::from_iter(iter),
        }
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
