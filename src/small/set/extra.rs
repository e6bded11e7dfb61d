//! Set algebra ([`Set::union`], [`Set::intersection`], [`Set::difference`],
//! [`Set::symmetric_difference`] and the `|`, `&`, `^`, `-` operators), removal while
//! iterating ([`Set::drain`], [`Set::extract_if`]), [`Set::replace`], and the iterator
//! trait impls std has.

use core::fmt;
use core::hash::{BuildHasher, Hash};
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::mem::ManuallyDrop;
use core::ops::{BitAnd, BitOr, BitXor, Sub};
use core::ptr;

use super::{IntoIter, Iter, Set, M};
use crate::raw::table::{RawIter, RawTable};
use crate::small::map;

impl<T, S> Set<T, S> {
    /// Removes every element, yielding them; the allocation is kept.
    ///
    /// The set is empty as soon as this is called, even if the iterator is not used up.
    /// Elements it has not yielded are dropped with it; leaking it (`mem::forget`) leaves
    /// the set empty.
    ///
    /// ```
    /// let mut s = sizespeed::small::Set::from([1]);
    /// assert_eq!(s.drain().collect::<Vec<_>>(), [1]);
    /// assert!(s.is_empty());
    /// ```
    #[inline]
    pub fn drain(&mut self) -> Drain<'_, T> {
        Drain {
            inner: self.map.drain(),
        }
    }

    /// An iterator that removes and yields each element for which `pred` returns `true`.
    /// Elements not reached when the iterator is dropped stay in the set.
    ///
    /// ```
    /// let mut s: sizespeed::small::Set<u32> = (0..8).collect();
    /// let mut even: Vec<_> = s.extract_if(|v| v % 2 == 0).collect();
    /// even.sort();
    /// assert_eq!(even, [0, 2, 4, 6]);
    /// assert_eq!(s.len(), 4);
    /// ```
    #[inline]
    pub fn extract_if<F: FnMut(&T) -> bool>(&mut self, pred: F) -> ExtractIf<'_, T, F> {
        ExtractIf {
            iter: self.map.raw.iter(),
            table: &mut self.map.raw,
            pred,
            marker: PhantomData,
        }
    }
}

impl<T: Hash + Eq, S: BuildHasher> Set<T, S> {
    /// Adds `value`, replacing and returning an equal element if there was one.
    /// `value` is hashed once.
    ///
    /// # Panics
    /// Panics if the capacity overflows, or if `Hash`, `Eq` or the hasher panics (the set
    /// is then unchanged and `value` is dropped).
    ///
    /// ```
    /// let mut s = sizespeed::small::Set::new();
    /// assert_eq!(s.replace(1), None);
    /// assert_eq!(s.replace(1), Some(1));
    /// assert_eq!(s.len(), 1);
    /// ```
    pub fn replace(&mut self, value: T) -> Option<T> {
        let mut value = ManuallyDrop::new(value);
        // SAFETY: as in `insert`. With the whole entry as the part that moves, an equal
        // element found is swapped whole with `value`'s buffer (no key is dropped), which
        // then holds the old element; otherwise `value` moved into the table.
        let (_, found) = unsafe {
            self.map.raw.insert(
                M::<T, S>::INFO,
                M::<T, S>::DROP,
                M::<T, S>::FNS,
                &self.map.hash_builder as *const S as *const u8,
                &mut value as *mut ManuallyDrop<T> as *mut u8,
                M::<T, S>::WHOLE,
            )
        };
        found.then(|| ManuallyDrop::into_inner(value))
    }

    /// Shrinks the capacity to fit at least `min_capacity` elements (and at least the
    /// current number).
    ///
    /// ```
    /// let mut s = sizespeed::small::Set::<u8>::with_capacity(100);
    /// s.insert(1);
    /// s.shrink_to(10);
    /// assert!(s.capacity() >= 10 && s.capacity() < 100);
    /// ```
    #[inline]
    pub fn shrink_to(&mut self, min_capacity: usize) {
        // SAFETY: the functions hash this table's elements.
        unsafe {
            self.map.raw.shrink_to(
                M::<T, S>::INFO,
                min_capacity,
                M::<T, S>::FNS,
                &self.map.hash_builder as *const S as *const u8,
            )
        }
    }

    /// The elements of `self` that are not in `other`.
    ///
    /// ```
    /// let a = sizespeed::small::Set::from([1, 2, 3]);
    /// let b = sizespeed::small::Set::from([2, 3, 4]);
    /// assert_eq!(a.difference(&b).collect::<Vec<_>>(), [&1]);
    /// ```
    #[inline]
    pub fn difference<'a>(&'a self, other: &'a Set<T, S>) -> Difference<'a, T, S> {
        Difference(Walk::new(self, Some(other), false, None))
    }

    /// The elements in exactly one of `self` and `other`.
    ///
    /// ```
    /// let a = sizespeed::small::Set::from([1, 2]);
    /// let b = sizespeed::small::Set::from([2, 3]);
    /// let mut d: Vec<_> = a.symmetric_difference(&b).collect();
    /// d.sort();
    /// assert_eq!(d, [&1, &3]);
    /// ```
    #[inline]
    pub fn symmetric_difference<'a>(
        &'a self,
        other: &'a Set<T, S>,
    ) -> SymmetricDifference<'a, T, S> {
        SymmetricDifference(Walk::new(self, Some(other), false, Some((other, self))))
    }

    /// The elements in both `self` and `other`. Iterates over the smaller of the two
    /// and looks each element up in the other, so the elements yielded are the smaller
    /// set's.
    ///
    /// ```
    /// let a = sizespeed::small::Set::from([1, 2]);
    /// let b = sizespeed::small::Set::from([2, 3]);
    /// assert_eq!(a.intersection(&b).collect::<Vec<_>>(), [&2]);
    /// ```
    #[inline]
    pub fn intersection<'a>(&'a self, other: &'a Set<T, S>) -> Intersection<'a, T, S> {
        let (small, large) = if self.len() <= other.len() {
            (self, other)
        } else {
            (other, self)
        };
        Intersection(Walk::new(small, Some(large), true, None))
    }

    /// The elements in `self` or `other`, each once: all of `self`'s, then those of
    /// `other` not in `self`.
    ///
    /// ```
    /// let a = sizespeed::small::Set::from([1, 2]);
    /// let b = sizespeed::small::Set::from([2, 3]);
    /// let mut u: Vec<_> = a.union(&b).collect();
    /// u.sort();
    /// assert_eq!(u, [&1, &2, &3]);
    /// ```
    #[inline]
    pub fn union<'a>(&'a self, other: &'a Set<T, S>) -> Union<'a, T, S> {
        let (small, large) = if self.len() >= other.len() {
            (other, self)
        } else {
            (self, other)
        };
        Union(Walk::new(large, None, false, Some((small, large))))
    }
}

/// A draining iterator over a [`Set`]'s elements, from [`Set::drain`].
pub struct Drain<'a, T> {
    inner: map::Drain<'a, T, ()>,
}

impl<T> Iterator for Drain<'_, T> {
    type Item = T;
    #[inline]
    fn next(&mut self) -> Option<T> {
        // SAFETY: the drain owns the table of `T`s.
        let e = unsafe { self.inner.raw.next(M::<T, ()>::SIZE) };
        if e.is_null() {
            return None;
        }
        // SAFETY: a live element, yielded once: it moves out to the caller.
        Some(unsafe { ptr::read(e as *const T) })
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.inner.raw.len(), Some(self.inner.raw.len()))
    }
}

impl<T> ExactSizeIterator for Drain<'_, T> {}
impl<T> FusedIterator for Drain<'_, T> {}

impl<T: fmt::Debug> fmt::Debug for Drain<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rest: Iter<'_, T> = Iter {
            raw: self.inner.raw.rest(),
            marker: PhantomData,
        };
        f.debug_list().entries(rest).finish()
    }
}

/// An iterator that removes and yields the elements for which a predicate holds, from
/// [`Set::extract_if`]. Elements it has not reached when dropped stay in the set.
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct ExtractIf<'a, T, F> {
    table: &'a mut RawTable,
    iter: RawIter,
    pred: F,
    marker: PhantomData<&'a mut T>,
}

// SAFETY: a `&mut` to the set's table (which owns `T`s) and the predicate.
unsafe impl<T: Send, F: Send> Send for ExtractIf<'_, T, F> {}
// SAFETY: shared access reaches no element and no predicate call.
unsafe impl<T: Sync, F: Sync> Sync for ExtractIf<'_, T, F> {}

impl<T, F: FnMut(&T) -> bool> Iterator for ExtractIf<'_, T, F> {
    type Item = T;
    #[inline]
    fn next(&mut self) -> Option<T> {
        let pred = &mut self.pred;
        let mut call = |e: *mut u8| {
            // SAFETY: the core passes a live element of the table.
            pred(unsafe { &*(e as *const T) })
        };
        // SAFETY: `iter` comes from this table, changed since only by `extract_next`.
        let e = unsafe {
            self.table
                .extract_next(&mut self.iter, M::<T, ()>::SIZE, &mut call)
        };
        if e.is_null() {
            return None;
        }
        // SAFETY: the element was unlinked for us and is moved out at once.
        Some(unsafe { ptr::read(e as *const T) })
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.iter.len()))
    }
}

impl<T, F: FnMut(&T) -> bool> FusedIterator for ExtractIf<'_, T, F> {}

impl<T: fmt::Debug, F> fmt::Debug for ExtractIf<'_, T, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExtractIf").finish_non_exhaustive()
    }
}

/// A pass of a set-algebra iterator: the set walked and the set its elements are looked
/// up in.
type Pass<'a, T, S> = (&'a Set<T, S>, &'a Set<T, S>);

/// The state of every set-algebra iterator: a pass over one set's elements, each kept or
/// skipped by whether another set holds it, then possibly a second such pass. The four
/// iterators share its one loop, so a set type instantiates one `next`, not four and
/// `Chain`'s adapters on top.
struct Walk<'a, T, S> {
    /// The pass under way.
    iter: Iter<'a, T>,
    /// The set an element is looked up in: it is yielded when its presence there equals
    /// `want`. `None` yields every element.
    probe: Option<&'a Set<T, S>>,
    /// See `probe`.
    want: bool,
    /// The second pass, if any: the elements of `.0` that are not in `.1`.
    then: Option<Pass<'a, T, S>>,
}

impl<'a, T, S> Walk<'a, T, S> {
    #[inline]
    fn new(
        over: &'a Set<T, S>,
        probe: Option<&'a Set<T, S>>,
        want: bool,
        then: Option<Pass<'a, T, S>>,
    ) -> Self {
        Walk {
            iter: over.iter(),
            probe,
            want,
            then,
        }
    }
}

impl<T, S> Clone for Walk<'_, T, S> {
    #[inline]
    fn clone(&self) -> Self {
        Walk {
            iter: self.iter.clone(),
            ..*self
        }
    }
}

impl<'a, T: Hash + Eq, S: BuildHasher> Walk<'a, T, S> {
    #[inline(never)]
    fn next(&mut self) -> Option<&'a T> {
        loop {
            match self.iter.next() {
                Some(v) => match self.probe {
                    Some(p) if p.contains(v) != self.want => {}
                    _ => return Some(v),
                },
                None => {
                    let (over, probe) = self.then.take()?;
                    self.iter = over.iter();
                    self.probe = Some(probe);
                    self.want = false;
                }
            }
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let rest = self.iter.len();
        let lower = if self.probe.is_none() { rest } else { 0 };
        (
            lower,
            rest.checked_add(self.then.map_or(0, |(over, _)| over.len())),
        )
    }
}

/// The elements of one set that are in another, from [`Set::intersection`].
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Intersection<'a, T, S>(Walk<'a, T, S>);

/// The elements of one set that are not in another, from [`Set::difference`].
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Difference<'a, T, S>(Walk<'a, T, S>);

/// The elements in exactly one of two sets, from [`Set::symmetric_difference`].
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct SymmetricDifference<'a, T, S>(Walk<'a, T, S>);

/// The elements in either of two sets, from [`Set::union`].
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Union<'a, T, S>(Walk<'a, T, S>);

macro_rules! algebra_traits {
    ($($name:ident),*) => {$(
        impl<'a, T: Hash + Eq, S: BuildHasher> Iterator for $name<'a, T, S> {
            type Item = &'a T;
            #[inline]
            fn next(&mut self) -> Option<&'a T> {
                self.0.next()
            }
            #[inline]
            fn size_hint(&self) -> (usize, Option<usize>) {
                self.0.size_hint()
            }
        }

        impl<T, S> Clone for $name<'_, T, S> {
            #[inline]
            fn clone(&self) -> Self {
                $name(self.0.clone())
            }
        }

        impl<T: Hash + Eq, S: BuildHasher> FusedIterator for $name<'_, T, S> {}

        impl<T: fmt::Debug + Hash + Eq, S: BuildHasher> fmt::Debug for $name<'_, T, S> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_list().entries(self.clone()).finish()
            }
        }
    )*};
}

algebra_traits!(Intersection, Difference, SymmetricDifference, Union);

macro_rules! set_op {
    ($trait:ident, $method:ident, $algebra:ident, $what:literal, $a:expr, $out:expr) => {
        impl<T: Hash + Eq + Clone, S: BuildHasher + Default> $trait<&Set<T, S>> for &Set<T, S> {
            type Output = Set<T, S>;

            #[doc = concat!("The ", $what, " of `self` and `rhs`, as a new set of clones.")]
            ///
            /// ```
            /// use sizespeed::small::Set;
            /// let a = Set::from([1, 2]);
            /// let b = Set::from([2, 3]);
            #[doc = concat!("assert_eq!(", stringify!($a), ", Set::from(", stringify!($out), "));")]
            /// ```
            #[inline]
            fn $method(self, rhs: &Set<T, S>) -> Set<T, S> {
                self.$algebra(rhs).cloned().collect()
            }
        }
    };
}

set_op!(BitOr, bitor, union, "union", &a | &b, [1, 2, 3]);
set_op!(BitAnd, bitand, intersection, "intersection", &a & &b, [2]);
set_op!(
    BitXor,
    bitxor,
    symmetric_difference,
    "symmetric difference",
    &a ^ &b,
    [1, 3]
);
set_op!(Sub, sub, difference, "difference", &a - &b, [1]);

impl<T> Default for Iter<'_, T> {
    /// An empty iterator.
    ///
    /// ```
    /// let it: sizespeed::small::set::Iter<'_, u8> = Default::default();
    /// assert_eq!(it.count(), 0);
    /// ```
    #[inline]
    fn default() -> Self {
        Iter {
            raw: RawTable::EMPTY.iter(),
            marker: PhantomData,
        }
    }
}

impl<T> Default for IntoIter<T> {
    /// An empty iterator.
    ///
    /// ```
    /// let it: sizespeed::small::set::IntoIter<String> = Default::default();
    /// assert_eq!(it.len(), 0);
    /// ```
    #[inline]
    fn default() -> Self {
        IntoIter {
            inner: map::IntoIter::default(),
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for IntoIter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.inner.rest().map(|(k, _)| k))
            .finish()
    }
}
