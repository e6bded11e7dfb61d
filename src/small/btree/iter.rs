//! The iterators of [`OrderedMap`](super::OrderedMap): each a raw cursor of the core and
//! a few instructions that turn the slots it yields into references or values.

// `match` instead of `Option::map`: a closure would be one more function per type.
#![allow(clippy::manual_map)]

use core::fmt;
use core::iter::FusedIterator;
use core::marker::PhantomData;

use super::map::OrderedMap;
use crate::raw::btree::iter::{RawIntoIter, RawRange};
use crate::raw::btree::KvPtr;

/// The layout of `OrderedMap<K, V>`'s nodes.
macro_rules! layout {
    ($k:ty, $v:ty) => {
        &OrderedMap::<$k, $v>::INFO.layout
    };
}

/// An iterator over the entries of an [`OrderedMap`], in key order.
///
/// ```
/// let m = sizespeed::small::OrderedMap::from([(1, 'a'), (2, 'b')]);
/// assert_eq!(m.iter().next_back(), Some((&2, &'b')));
/// ```
pub struct Iter<'a, K, V> {
    pub(super) range: RawRange,
    pub(super) len: usize,
    pub(super) marker: PhantomData<&'a (K, V)>,
}

/// An iterator over the entries of an [`OrderedMap`] with mutable values, in key order.
///
/// ```
/// let mut m = sizespeed::small::OrderedMap::from([(1, 1)]);
/// *m.iter_mut().next().unwrap().1 = 2;
/// assert_eq!(m[&1], 2);
/// ```
pub struct IterMut<'a, K, V> {
    pub(super) range: RawRange,
    pub(super) len: usize,
    pub(super) marker: PhantomData<&'a mut (K, V)>,
}

/// An iterator over the entries of an [`OrderedMap`] in a range of keys.
///
/// ```
/// let m = sizespeed::small::OrderedMap::from([(1, 'a'), (2, 'b')]);
/// assert_eq!(m.range(2..).next(), Some((&2, &'b')));
/// ```
pub struct Range<'a, K, V> {
    pub(super) range: RawRange,
    pub(super) marker: PhantomData<&'a (K, V)>,
}

/// An iterator over the entries of an [`OrderedMap`] in a range of keys, with mutable
/// values.
///
/// ```
/// let mut m = sizespeed::small::OrderedMap::from([(1, 1)]);
/// for (_, v) in m.range_mut(..) { *v = 3; }
/// assert_eq!(m[&1], 3);
/// ```
pub struct RangeMut<'a, K, V> {
    pub(super) range: RawRange,
    pub(super) marker: PhantomData<&'a mut (K, V)>,
}

/// An owning iterator over the entries of an [`OrderedMap`], in key order.
///
/// ```
/// let m = sizespeed::small::OrderedMap::from([(1, 'a')]);
/// assert_eq!(m.into_iter().next(), Some((1, 'a')));
/// ```
pub struct IntoIter<K, V> {
    pub(super) raw: RawIntoIter,
    pub(super) marker: PhantomData<(K, V)>,
}

// SAFETY: the iterators hold borrows or ownership of `K`s and `V`s, like std's.
unsafe impl<K: Sync, V: Sync> Send for Iter<'_, K, V> {}
// SAFETY: as above.
unsafe impl<K: Sync, V: Sync> Sync for Iter<'_, K, V> {}
// SAFETY: as above.
unsafe impl<K: Sync, V: Send> Send for IterMut<'_, K, V> {}
// SAFETY: as above.
unsafe impl<K: Sync, V: Sync> Sync for IterMut<'_, K, V> {}
// SAFETY: as above.
unsafe impl<K: Sync, V: Sync> Send for Range<'_, K, V> {}
// SAFETY: as above.
unsafe impl<K: Sync, V: Sync> Sync for Range<'_, K, V> {}
// SAFETY: as above.
unsafe impl<K: Sync, V: Send> Send for RangeMut<'_, K, V> {}
// SAFETY: as above.
unsafe impl<K: Sync, V: Sync> Sync for RangeMut<'_, K, V> {}
// SAFETY: as above.
unsafe impl<K: Send, V: Send> Send for IntoIter<K, V> {}
// SAFETY: as above.
unsafe impl<K: Sync, V: Sync> Sync for IntoIter<K, V> {}

/// # Safety
/// `p` is a live kv (or none) borrowed for `'a`.
#[inline(always)]
unsafe fn shared<'a, K, V>(p: KvPtr) -> Option<(&'a K, &'a V)> {
    if p.key.is_null() {
        None
    } else {
        // SAFETY: the caller's guarantee.
        Some(unsafe { (&*(p.key as *const K), &*(p.val as *const V)) })
    }
}

/// # Safety
/// `p` is a live kv (or none) whose value is uniquely borrowed for `'a`.
#[inline(always)]
unsafe fn unique<'a, K, V>(p: KvPtr) -> Option<(&'a K, &'a mut V)> {
    if p.key.is_null() {
        None
    } else {
        // SAFETY: the caller's guarantee.
        Some(unsafe { (&*(p.key as *const K), &mut *(p.val as *mut V)) })
    }
}

/// Implements `Iterator` and `DoubleEndedIterator` for a borrowing iterator.
macro_rules! borrowing {
    ($name:ident, $item:ty, $conv:ident, counted) => {
        impl<'a, K, V> Iterator for $name<'a, K, V> {
            type Item = $item;
            #[inline]
            fn next(&mut self) -> Option<$item> {
                if self.len == 0 {
                    return None;
                }
                self.len -= 1;
                // SAFETY: the map is borrowed for `'a` and unchanged; each kv is yielded
                // once.
                unsafe { $conv(self.range.next(layout!(K, V))) }
            }
            #[inline]
            fn size_hint(&self) -> (usize, Option<usize>) {
                (self.len, Some(self.len))
            }
        }
        impl<'a, K, V> DoubleEndedIterator for $name<'a, K, V> {
            #[inline]
            fn next_back(&mut self) -> Option<$item> {
                if self.len == 0 {
                    return None;
                }
                self.len -= 1;
                // SAFETY: as in `next`.
                unsafe { $conv(self.range.next_back(layout!(K, V))) }
            }
        }
        impl<K, V> ExactSizeIterator for $name<'_, K, V> {}
        impl<K, V> FusedIterator for $name<'_, K, V> {}
    };
    ($name:ident, $item:ty, $conv:ident) => {
        impl<'a, K, V> Iterator for $name<'a, K, V> {
            type Item = $item;
            #[inline]
            fn next(&mut self) -> Option<$item> {
                // SAFETY: the map is borrowed for `'a` and unchanged; each kv is yielded
                // once.
                unsafe { $conv(self.range.next(layout!(K, V))) }
            }
        }
        impl<'a, K, V> DoubleEndedIterator for $name<'a, K, V> {
            #[inline]
            fn next_back(&mut self) -> Option<$item> {
                // SAFETY: as in `next`.
                unsafe { $conv(self.range.next_back(layout!(K, V))) }
            }
        }
        impl<K, V> FusedIterator for $name<'_, K, V> {}
    };
}

borrowing!(Iter, (&'a K, &'a V), shared, counted);
borrowing!(IterMut, (&'a K, &'a mut V), unique, counted);
borrowing!(Range, (&'a K, &'a V), shared);
borrowing!(RangeMut, (&'a K, &'a mut V), unique);

impl<K, V> Clone for Iter<'_, K, V> {
    fn clone(&self) -> Self {
        Iter {
            range: self.range,
            len: self.len,
            marker: PhantomData,
        }
    }
}

impl<K, V> Clone for Range<'_, K, V> {
    fn clone(&self) -> Self {
        Range {
            range: self.range,
            marker: PhantomData,
        }
    }
}

impl<K, V> Default for Iter<'_, K, V> {
    fn default() -> Self {
        Iter {
            range: RawRange::EMPTY,
            len: 0,
            marker: PhantomData,
        }
    }
}

impl<K, V> Default for Range<'_, K, V> {
    fn default() -> Self {
        Range {
            range: RawRange::EMPTY,
            marker: PhantomData,
        }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for Iter<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for Range<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

impl<K, V> fmt::Debug for IterMut<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IterMut")
            .field("len", &self.len)
            .finish_non_exhaustive()
    }
}

impl<K, V> fmt::Debug for RangeMut<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RangeMut").finish_non_exhaustive()
    }
}

impl<K, V> fmt::Debug for IntoIter<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IntoIter")
            .field("len", &self.raw.len)
            .finish_non_exhaustive()
    }
}

impl<K, V> IntoIter<K, V> {
    /// Moves the kv at `p` out, if any.
    ///
    /// # Safety
    /// `p` was just yielded by `raw` (so it is ours) or is none.
    #[inline(always)]
    unsafe fn take(p: KvPtr) -> Option<(K, V)> {
        if p.key.is_null() {
            None
        } else {
            // SAFETY: the caller's guarantee.
            Some(unsafe { ((p.key as *const K).read(), (p.val as *const V).read()) })
        }
    }
}

impl<K, V> Iterator for IntoIter<K, V> {
    type Item = (K, V);
    #[inline]
    fn next(&mut self) -> Option<(K, V)> {
        // SAFETY: a kv the owning cursor just yielded.
        unsafe { Self::take(self.raw.next(false)) }
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.raw.len, Some(self.raw.len))
    }
}

impl<K, V> DoubleEndedIterator for IntoIter<K, V> {
    #[inline]
    fn next_back(&mut self) -> Option<(K, V)> {
        // SAFETY: as in `next`.
        unsafe { Self::take(self.raw.next(true)) }
    }
}

impl<K, V> ExactSizeIterator for IntoIter<K, V> {}
impl<K, V> FusedIterator for IntoIter<K, V> {}

impl<K, V> Default for IntoIter<K, V> {
    fn default() -> Self {
        OrderedMap::new().into_iter()
    }
}

impl<K, V> IntoIterator for OrderedMap<K, V> {
    type Item = (K, V);
    type IntoIter = IntoIter<K, V>;
    /// Consumes the map, yielding its entries in key order.
    #[inline]
    fn into_iter(self) -> IntoIter<K, V> {
        let mut me = core::mem::ManuallyDrop::new(self);
        IntoIter {
            raw: RawIntoIter::new(&mut me.raw, OrderedMap::<K, V>::INFO),
            marker: PhantomData,
        }
    }
}

impl<'a, K, V> IntoIterator for &'a OrderedMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;
    #[inline]
    fn into_iter(self) -> Iter<'a, K, V> {
        self.iter()
    }
}

impl<'a, K, V> IntoIterator for &'a mut OrderedMap<K, V> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = IterMut<'a, K, V>;
    #[inline]
    fn into_iter(self) -> IterMut<'a, K, V> {
        self.iter_mut()
    }
}

/// Defines an adapter that keeps one part of another iterator's items.
macro_rules! adapter {
    ($(#[$doc:meta])* $name:ident $(<$a:lifetime>)?, $inner:ty, $item:ty, |$x:pat_param| $out:expr, $exact:tt) => {
        $(#[$doc])*
        pub struct $name<$($a,)? K, V> {
            pub(super) inner: $inner,
        }
        impl<$($a,)? K, V> Iterator for $name<$($a,)? K, V> {
            type Item = $item;
            #[inline]
            fn next(&mut self) -> Option<$item> {
                match self.inner.next() {
                    Some($x) => Some($out),
                    None => None,
                }
            }
            #[inline]
            fn size_hint(&self) -> (usize, Option<usize>) {
                self.inner.size_hint()
            }
        }
        impl<$($a,)? K, V> DoubleEndedIterator for $name<$($a,)? K, V> {
            #[inline]
            fn next_back(&mut self) -> Option<$item> {
                match self.inner.next_back() {
                    Some($x) => Some($out),
                    None => None,
                }
            }
        }
        impl<$($a,)? K, V> ExactSizeIterator for $name<$($a,)? K, V> {}
        impl<$($a,)? K, V> FusedIterator for $name<$($a,)? K, V> {}
        impl<$($a,)? K, V> fmt::Debug for $name<$($a,)? K, V> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct(stringify!($name)).finish_non_exhaustive()
            }
        }
    };
}

adapter!(
    /// The keys of an [`OrderedMap`], in order.
    ///
    /// ```
    /// let m = sizespeed::small::OrderedMap::from([(1, 'a')]);
    /// assert_eq!(m.keys().next(), Some(&1));
    /// ```
    Keys<'a>, Iter<'a, K, V>, &'a K, |(k, _)| k, exact);
adapter!(
    /// The values of an [`OrderedMap`], in key order.
    ///
    /// ```
    /// let m = sizespeed::small::OrderedMap::from([(1, 'a')]);
    /// assert_eq!(m.values().next(), Some(&'a'));
    /// ```
    Values<'a>, Iter<'a, K, V>, &'a V, |(_, v)| v, exact);
adapter!(
    /// The values of an [`OrderedMap`], mutably, in key order.
    ///
    /// ```
    /// let mut m = sizespeed::small::OrderedMap::from([(1, 1)]);
    /// *m.values_mut().next().unwrap() = 2;
    /// assert_eq!(m[&1], 2);
    /// ```
    ValuesMut<'a>, IterMut<'a, K, V>, &'a mut V, |(_, v)| v, exact);
adapter!(
    /// The keys of an [`OrderedMap`], by value, in order.
    ///
    /// ```
    /// let m = sizespeed::small::OrderedMap::from([(1, 'a')]);
    /// assert_eq!(m.into_keys().next(), Some(1));
    /// ```
    IntoKeys, IntoIter<K, V>, K, |(k, _)| k, exact);
adapter!(
    /// The values of an [`OrderedMap`], by value, in key order.
    ///
    /// ```
    /// let m = sizespeed::small::OrderedMap::from([(1, 'a')]);
    /// assert_eq!(m.into_values().next(), Some('a'));
    /// ```
    IntoValues, IntoIter<K, V>, V, |(_, v)| v, exact);

impl<K, V> Clone for Keys<'_, K, V> {
    fn clone(&self) -> Self {
        Keys {
            inner: self.inner.clone(),
        }
    }
}

impl<K, V> Clone for Values<'_, K, V> {
    fn clone(&self) -> Self {
        Values {
            inner: self.inner.clone(),
        }
    }
}
