//! Set algebra, `drain`, `extract_if` and `replace` of [`Set`]: forwards to the std (or,
//! without `std`, hashbrown) methods of the same names, and the `|`, `&`, `^`, `-`
//! operators.
//!
//! `extract_if` forwards to std 1.88's, which is why the crate's `rust-version` is 1.88.

use core::hash::{BuildHasher, Hash};
use core::ops::{BitAnd, BitOr, BitXor, Sub};

use super::{base, Set};
use base::{Difference, Drain, ExtractIf, Intersection, SymmetricDifference, Union};

impl<T, S> Set<T, S> {
    /// Removes every element, yielding them; the allocation is kept. The set is empty
    /// even if the iterator is not used up.
    ///
    /// ```
    /// let mut s = sizespeed::fast::Set::from([1]);
    /// assert_eq!(s.drain().collect::<Vec<_>>(), [1]);
    /// assert!(s.is_empty());
    /// ```
    #[inline]
    pub fn drain(&mut self) -> Drain<'_, T> {
        self.inner.drain()
    }

    /// An iterator that removes and yields each element for which `pred` returns `true`.
    /// Elements not reached when it is dropped stay in the set. (std 1.88.)
    ///
    /// ```
    /// let mut s: sizespeed::fast::Set<u32> = (0..8).collect();
    /// assert_eq!(s.extract_if(|v| v % 2 == 0).count(), 4);
    /// assert_eq!(s.len(), 4);
    /// ```
    #[inline]
    pub fn extract_if<F: FnMut(&T) -> bool>(&mut self, pred: F) -> ExtractIf<'_, T, F> {
        self.inner.extract_if(pred)
    }
}

impl<T: Hash + Eq, S: BuildHasher> Set<T, S> {
    /// Adds `value`, replacing and returning an equal element if there was one.
    ///
    /// ```
    /// let mut s = sizespeed::fast::Set::new();
    /// assert_eq!(s.replace(1), None);
    /// assert_eq!(s.replace(1), Some(1));
    /// ```
    #[inline]
    pub fn replace(&mut self, value: T) -> Option<T> {
        self.inner.replace(value)
    }

    /// Shrinks the capacity to fit at least `min_capacity` elements (and at least the
    /// current number).
    ///
    /// ```
    /// let mut s = sizespeed::fast::Set::<u8>::with_capacity(100);
    /// s.insert(1);
    /// s.shrink_to(10);
    /// assert!(s.capacity() >= 10 && s.capacity() < 100);
    /// ```
    #[inline]
    pub fn shrink_to(&mut self, min_capacity: usize) {
        self.inner.shrink_to(min_capacity)
    }

    /// The elements of `self` that are not in `other`.
    ///
    /// ```
    /// let a = sizespeed::fast::Set::from([1, 2, 3]);
    /// let b = sizespeed::fast::Set::from([2, 3, 4]);
    /// assert_eq!(a.difference(&b).collect::<Vec<_>>(), [&1]);
    /// ```
    #[inline]
    pub fn difference<'a>(&'a self, other: &'a Set<T, S>) -> Difference<'a, T, S> {
        self.inner.difference(&other.inner)
    }

    /// The elements in exactly one of `self` and `other`.
    ///
    /// ```
    /// let a = sizespeed::fast::Set::from([1, 2]);
    /// let b = sizespeed::fast::Set::from([2, 3]);
    /// let mut d: Vec<_> = a.symmetric_difference(&b).collect();
    /// d.sort();
    /// assert_eq!(d, [&1, &3]);
    /// ```
    #[inline]
    pub fn symmetric_difference<'a>(
        &'a self,
        other: &'a Set<T, S>,
    ) -> SymmetricDifference<'a, T, S> {
        self.inner.symmetric_difference(&other.inner)
    }

    /// The elements in both `self` and `other`; iterates over the smaller of the two.
    ///
    /// ```
    /// let a = sizespeed::fast::Set::from([1, 2]);
    /// let b = sizespeed::fast::Set::from([2, 3]);
    /// assert_eq!(a.intersection(&b).collect::<Vec<_>>(), [&2]);
    /// ```
    #[inline]
    pub fn intersection<'a>(&'a self, other: &'a Set<T, S>) -> Intersection<'a, T, S> {
        self.inner.intersection(&other.inner)
    }

    /// The elements in `self` or `other`, each once.
    ///
    /// ```
    /// let a = sizespeed::fast::Set::from([1, 2]);
    /// let b = sizespeed::fast::Set::from([2, 3]);
    /// let mut u: Vec<_> = a.union(&b).collect();
    /// u.sort();
    /// assert_eq!(u, [&1, &2, &3]);
    /// ```
    #[inline]
    pub fn union<'a>(&'a self, other: &'a Set<T, S>) -> Union<'a, T, S> {
        self.inner.union(&other.inner)
    }
}

impl<T: Hash + Eq + Clone, S: BuildHasher + Default> BitOr<&Set<T, S>> for &Set<T, S> {
    type Output = Set<T, S>;

    /// The union of `self` and `rhs`, as a new set.
    ///
    /// ```
    /// let a = sizespeed::fast::Set::from([1, 2]);
    /// let b = sizespeed::fast::Set::from([2, 3]);
    /// assert_eq!(&a | &b, sizespeed::fast::Set::from([1, 2, 3]));
    /// ```
    #[inline]
    fn bitor(self, rhs: &Set<T, S>) -> Set<T, S> {
        Set {
            inner: &self.inner | &rhs.inner,
        }
    }
}

impl<T: Hash + Eq + Clone, S: BuildHasher + Default> BitAnd<&Set<T, S>> for &Set<T, S> {
    type Output = Set<T, S>;

    /// The intersection of `self` and `rhs`, as a new set.
    ///
    /// ```
    /// let a = sizespeed::fast::Set::from([1, 2]);
    /// let b = sizespeed::fast::Set::from([2, 3]);
    /// assert_eq!(&a & &b, sizespeed::fast::Set::from([2]));
    /// ```
    #[inline]
    fn bitand(self, rhs: &Set<T, S>) -> Set<T, S> {
        Set {
            inner: &self.inner & &rhs.inner,
        }
    }
}

impl<T: Hash + Eq + Clone, S: BuildHasher + Default> BitXor<&Set<T, S>> for &Set<T, S> {
    type Output = Set<T, S>;

    /// The symmetric difference of `self` and `rhs`, as a new set.
    ///
    /// ```
    /// let a = sizespeed::fast::Set::from([1, 2]);
    /// let b = sizespeed::fast::Set::from([2, 3]);
    /// assert_eq!(&a ^ &b, sizespeed::fast::Set::from([1, 3]));
    /// ```
    #[inline]
    fn bitxor(self, rhs: &Set<T, S>) -> Set<T, S> {
        Set {
            inner: &self.inner ^ &rhs.inner,
        }
    }
}

impl<T: Hash + Eq + Clone, S: BuildHasher + Default> Sub<&Set<T, S>> for &Set<T, S> {
    type Output = Set<T, S>;

    /// The elements of `self` not in `rhs`, as a new set.
    ///
    /// ```
    /// let a = sizespeed::fast::Set::from([1, 2]);
    /// let b = sizespeed::fast::Set::from([2, 3]);
    /// assert_eq!(&a - &b, sizespeed::fast::Set::from([1]));
    /// ```
    #[inline]
    fn sub(self, rhs: &Set<T, S>) -> Set<T, S> {
        Set {
            inner: &self.inner - &rhs.inner,
        }
    }
}
