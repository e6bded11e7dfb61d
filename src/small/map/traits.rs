//! The standard trait impls of [`Map`]'s iterators that std also has: `Default` (an
//! empty iterator) and `Debug` (the entries not yet yielded).

use core::fmt;
use core::marker::PhantomData;

use super::{IntoIter, IntoKeys, IntoValues, Iter, IterMut, Keys, Values, ValuesMut};
use crate::raw::table::RawTable;

impl<K, V> Default for Iter<'_, K, V> {
    /// An empty iterator.
    ///
    /// ```
    /// let it: sizespeed::small::map::Iter<'_, u8, u8> = Default::default();
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

impl<K, V> Default for IterMut<'_, K, V> {
    /// An empty iterator.
    #[inline]
    fn default() -> Self {
        IterMut {
            raw: RawTable::EMPTY.iter(),
            marker: PhantomData,
        }
    }
}

impl<K, V> Default for Keys<'_, K, V> {
    /// An empty iterator.
    #[inline]
    fn default() -> Self {
        Keys {
            inner: Iter::default(),
        }
    }
}

impl<K, V> Default for Values<'_, K, V> {
    /// An empty iterator.
    #[inline]
    fn default() -> Self {
        Values {
            inner: Iter::default(),
        }
    }
}

impl<K, V> Default for ValuesMut<'_, K, V> {
    /// An empty iterator.
    #[inline]
    fn default() -> Self {
        ValuesMut {
            inner: IterMut::default(),
        }
    }
}

impl<K, V> Default for IntoIter<K, V> {
    /// An empty iterator.
    ///
    /// ```
    /// let it: sizespeed::small::map::IntoIter<u8, String> = Default::default();
    /// assert_eq!(it.len(), 0);
    /// ```
    #[inline]
    fn default() -> Self {
        IntoIter {
            raw: RawTable::EMPTY,
            iter: RawTable::EMPTY.iter(),
            marker: PhantomData,
        }
    }
}

impl<K, V> Default for IntoKeys<K, V> {
    /// An empty iterator.
    #[inline]
    fn default() -> Self {
        IntoKeys {
            inner: IntoIter::default(),
        }
    }
}

impl<K, V> Default for IntoValues<K, V> {
    /// An empty iterator.
    #[inline]
    fn default() -> Self {
        IntoValues {
            inner: IntoIter::default(),
        }
    }
}

impl<K, V> IterMut<'_, K, V> {
    /// A shared iterator over the entries not yet yielded.
    fn rest(&self) -> Iter<'_, K, V> {
        Iter {
            raw: self.raw.clone(),
            marker: PhantomData,
        }
    }
}

impl<K, V> IntoIter<K, V> {
    /// A shared iterator over the entries not yet yielded.
    pub(in crate::small) fn rest(&self) -> Iter<'_, K, V> {
        Iter {
            raw: self.iter.clone(),
            marker: PhantomData,
        }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for IterMut<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.rest()).finish()
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for IntoIter<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.rest()).finish()
    }
}

impl<K: fmt::Debug, V> fmt::Debug for Keys<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

impl<K, V: fmt::Debug> fmt::Debug for Values<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

impl<K, V: fmt::Debug> fmt::Debug for ValuesMut<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.inner.rest().map(|(_, v)| v))
            .finish()
    }
}

impl<K: fmt::Debug, V> fmt::Debug for IntoKeys<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.inner.rest().map(|(k, _)| k))
            .finish()
    }
}

impl<K, V: fmt::Debug> fmt::Debug for IntoValues<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.inner.rest().map(|(_, v)| v))
            .finish()
    }
}
