//! The set operations of [`OrderedSet`]: merges of two sorted iterators, and the
//! operators that collect them.

// `match` instead of `Option::map`: a closure would be one more function per type.
#![allow(clippy::manual_map)]

use core::cmp::Ordering;
use core::fmt;
use core::iter::{FusedIterator, Peekable};

use super::map::OrderedMap;
use super::set::{Iter, OrderedSet};

/// Two sorted iterators walked side by side.
pub(super) struct Merge<'a, T> {
    pub(super) a: Peekable<Iter<'a, T>>,
    pub(super) b: Peekable<Iter<'a, T>>,
}

impl<'a, T: Ord> Merge<'a, T> {
    /// The next element of either side, and which sides it was in (`a`, `b`).
    #[inline]
    fn step(&mut self) -> Option<(&'a T, bool, bool)> {
        let order = match (self.a.peek(), self.b.peek()) {
            (None, None) => return None,
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            // The same element (a set combined with itself) is never compared with
            // itself.
            (Some(x), Some(y)) if core::ptr::eq(*x, *y) => Ordering::Equal,
            (Some(x), Some(y)) => x.cmp(y),
        };
        Some(match order {
            Ordering::Less => (self.a.next()?, true, false),
            Ordering::Greater => (self.b.next()?, false, true),
            Ordering::Equal => {
                self.b.next();
                (self.a.next()?, true, true)
            }
        })
    }
}

impl<T> Clone for Merge<'_, T> {
    fn clone(&self) -> Self {
        Merge {
            a: self.a.clone(),
            b: self.b.clone(),
        }
    }
}

/// The elements of one [`OrderedSet`] not in another; see
/// [`OrderedSet::difference`].
///
/// ```
/// let a = sizespeed::small::OrderedSet::from([1, 2]);
/// assert_eq!(a.difference(&a).count(), 0);
/// ```
pub struct Difference<'a, T> {
    pub(super) a: Iter<'a, T>,
    pub(super) b: Peekable<Iter<'a, T>>,
}

impl<'a, T: Ord> Iterator for Difference<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        'outer: loop {
            let x = self.a.next()?;
            loop {
                match self.b.peek() {
                    None => return Some(x),
                    Some(y) if core::ptr::eq(x, *y) => {
                        self.b.next();
                        continue 'outer;
                    }
                    Some(y) => match x.cmp(y) {
                        Ordering::Less => return Some(x),
                        Ordering::Equal => {
                            self.b.next();
                            continue 'outer;
                        }
                        Ordering::Greater => {
                            self.b.next();
                        }
                    },
                }
            }
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.a.len()))
    }
}
impl<T: Ord> FusedIterator for Difference<'_, T> {}

/// Defines a set operation as a filter of [`Merge`]'s steps.
macro_rules! set_op {
    ($(#[$doc:meta])* $name:ident, |$a:ident, $b:ident| $keep:expr) => {
        $(#[$doc])*
        pub struct $name<'a, T>(pub(super) Merge<'a, T>);
        impl<'a, T: Ord> Iterator for $name<'a, T> {
            type Item = &'a T;
            fn next(&mut self) -> Option<&'a T> {
                loop {
                    let (x, $a, $b) = self.0.step()?;
                    if $keep {
                        return Some(x);
                    }
                }
            }
        }
        impl<T: Ord> FusedIterator for $name<'_, T> {}
        impl<T> Clone for $name<'_, T> {
            fn clone(&self) -> Self {
                $name(self.0.clone())
            }
        }
        impl<T: fmt::Debug + Ord> fmt::Debug for $name<'_, T> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_list().entries(self.clone()).finish()
            }
        }
    };
}

set_op!(
    /// The elements in exactly one of two [`OrderedSet`]s; see
    /// [`OrderedSet::symmetric_difference`].
    ///
    /// ```
    /// let a = sizespeed::small::OrderedSet::from([1]);
    /// assert_eq!(a.symmetric_difference(&a).count(), 0);
    /// ```
    SymmetricDifference, |a, b| a != b);
set_op!(
    /// The elements in both of two [`OrderedSet`]s; see [`OrderedSet::intersection`].
    ///
    /// ```
    /// let a = sizespeed::small::OrderedSet::from([1]);
    /// assert_eq!(a.intersection(&a).count(), 1);
    /// ```
    Intersection, |a, b| a && b);
set_op!(
    /// The elements in either of two [`OrderedSet`]s; see [`OrderedSet::union`].
    ///
    /// ```
    /// let a = sizespeed::small::OrderedSet::from([1]);
    /// assert_eq!(a.union(&a).count(), 1);
    /// ```
    Union, |a, b| a || b);

/// Defines a set operator on two borrowed sets, collecting one of the set operations.
macro_rules! set_operator {
    ($(#[$doc:meta])* $tr:ident, $f:ident, $op:ident) => {
        impl<T: Ord + Clone> core::ops::$tr<&OrderedSet<T>> for &OrderedSet<T> {
            type Output = OrderedSet<T>;
            $(#[$doc])*
            fn $f(self, rhs: &OrderedSet<T>) -> OrderedSet<T> {
                let mut out = OrderedSet::new();
                for x in self.$op(rhs) {
                    let mut p = super::map::Pair::new(x.clone(), ());
                    // SAFETY: the elements arrive in increasing order, so appending keeps
                    // the tree ordered; `p` is handed over.
                    unsafe {
                        out.map
                            .raw
                            .push_back(&OrderedMap::<T, ()>::INFO.layout, p.ptr())
                    };
                }
                out
            }
        }
    };
}

set_operator!(
    /// The union, as a new set.
    ///
    /// ```
    /// use sizespeed::small::OrderedSet;
    /// let u = &OrderedSet::from([1, 2]) | &OrderedSet::from([2, 3]);
    /// assert_eq!(u.into_iter().collect::<Vec<_>>(), [1, 2, 3]);
    /// ```
    BitOr, bitor, union);
set_operator!(
    /// The intersection, as a new set.
    ///
    /// ```
    /// use sizespeed::small::OrderedSet;
    /// let i = &OrderedSet::from([1, 2]) & &OrderedSet::from([2, 3]);
    /// assert_eq!(i.into_iter().collect::<Vec<_>>(), [2]);
    /// ```
    BitAnd, bitand, intersection);
set_operator!(
    /// The symmetric difference, as a new set.
    ///
    /// ```
    /// use sizespeed::small::OrderedSet;
    /// let x = &OrderedSet::from([1, 2]) ^ &OrderedSet::from([2, 3]);
    /// assert_eq!(x.into_iter().collect::<Vec<_>>(), [1, 3]);
    /// ```
    BitXor, bitxor, symmetric_difference);
set_operator!(
    /// The difference, as a new set.
    ///
    /// ```
    /// use sizespeed::small::OrderedSet;
    /// let d = &OrderedSet::from([1, 2]) - &OrderedSet::from([2, 3]);
    /// assert_eq!(d.into_iter().collect::<Vec<_>>(), [1]);
    /// ```
    Sub, sub, difference);
