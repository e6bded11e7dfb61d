//! [`OrderedMap::extract_if`]: removal of the entries of a range that a predicate picks,
//! lazily.

use core::cmp::Ordering;
use core::fmt;
use core::iter::FusedIterator;
use core::ops::{Bound, RangeBounds};

use super::map::{OrderedMap, Pair};
use super::set::OrderedSet;

/// The entries of an [`OrderedMap`] in a range that a predicate picks, removed as the
/// iterator advances; see [`OrderedMap::extract_if`].
///
/// While it lives, the map holds the entries before the range; the iterator holds the
/// rest (the entries it kept, the ones it has not visited, the ones after the range) and
/// gives them back, in order and without comparing, when dropped. An entry whose
/// predicate panics stays in the map, as in std; if the iterator is leaked, the map keeps only
/// the entries before the range.
///
/// ```
/// let mut m: sizespeed::small::OrderedMap<i32, i32> = (0..8).map(|k| (k, k)).collect();
/// let odd: Vec<_> = m.extract_if(2..6, |k, _| k % 2 == 1).collect();
/// assert_eq!(odd, [(3, 3), (5, 5)]);
/// assert_eq!(m.into_keys().collect::<Vec<_>>(), [0, 1, 2, 4, 6, 7]);
/// ```
pub struct ExtractIf<'a, K, V, F> {
    map: &'a mut OrderedMap<K, V>,
    kept: OrderedMap<K, V>,
    mid: OrderedMap<K, V>,
    after: OrderedMap<K, V>,
    pred: F,
}

/// Moves the first entry of `from` to the back of `to`, which holds smaller keys only.
fn move_first<K, V>(from: &mut OrderedMap<K, V>, to: &mut OrderedMap<K, V>) {
    if let Some((k, v)) = from.pop_first() {
        let mut p = Pair::new(k, v);
        // SAFETY: `to` holds `K`s and `V`s, all ordered before `k`; `p` is handed over.
        unsafe { to.raw.push_back(&OrderedMap::<K, V>::INFO.layout, p.ptr()) };
    }
}

/// Whether the first key of `m` equals `k`.
fn first_is<K: Ord, V>(m: &OrderedMap<K, V>, k: &K) -> bool {
    matches!(m.first_key_value(), Some((f, _)) if f.cmp(k) == Ordering::Equal)
}

impl<K: Ord, V> OrderedMap<K, V> {
    /// Removes, lazily, the entries whose keys are in `range` and for which `pred`
    /// returns `true`, yielding them in order. Entries the iterator has not reached when
    /// it is dropped stay in the map.
    ///
    /// Unlike std's, this moves the entries after the range out of the map and back, so
    /// it costs time in the number of entries from the range's start to the end.
    ///
    /// # Panics
    /// Panics if the range's start is greater than its end, or if both are equal and
    /// excluded.
    ///
    /// ```
    /// let mut m: sizespeed::small::OrderedMap<i32, ()> = (0..6).map(|k| (k, ())).collect();
    /// assert_eq!(m.extract_if(.., |k, _| *k >= 4).count(), 2);
    /// assert_eq!(m.len(), 4);
    /// ```
    pub fn extract_if<R, F>(&mut self, range: R, pred: F) -> ExtractIf<'_, K, V, F>
    where
        R: RangeBounds<K>,
        F: FnMut(&K, &mut V) -> bool,
    {
        // The bounds are checked (and panic) as `range` checks them.
        let _ = self.range::<K, _>((range.start_bound(), range.end_bound()));
        let mut mid = match range.start_bound() {
            Bound::Included(s) => self.split_off(s),
            Bound::Excluded(s) => {
                let mut m = self.split_off(s);
                if first_is(&m, s) {
                    move_first(&mut m, self);
                }
                m
            }
            Bound::Unbounded => core::mem::take(self),
        };
        let after = match range.end_bound() {
            Bound::Included(e) => {
                let mut a = mid.split_off(e);
                if first_is(&a, e) {
                    move_first(&mut a, &mut mid);
                }
                a
            }
            Bound::Excluded(e) => mid.split_off(e),
            Bound::Unbounded => OrderedMap::new(),
        };
        ExtractIf {
            map: self,
            kept: OrderedMap::new(),
            mid,
            after,
            pred,
        }
    }
}

/// Moves a visited entry that stays to the back of `kept`, which holds the entries
/// before it.
fn keep<K, V>(kept: &mut OrderedMap<K, V>, k: K, v: V) {
    let mut p = Pair::new(k, v);
    // SAFETY: `kept` holds the entries before `k`; `p` is handed over.
    unsafe {
        kept.raw
            .push_back(&OrderedMap::<K, V>::INFO.layout, p.ptr())
    };
}

/// Visits the unvisited entries of `mid` in order and returns the first one `pick`
/// chooses, moving the others to `kept`. An entry whose `pick` panics is kept, as std
/// keeps it in the map.
pub(super) fn next_picked<K, V>(
    kept: &mut OrderedMap<K, V>,
    mid: &mut OrderedMap<K, V>,
    pick: &mut dyn FnMut(&K, &mut V) -> bool,
) -> Option<(K, V)> {
    /// Holds the entry being judged, and keeps it if `pick` unwinds.
    struct Judged<'a, K, V> {
        kept: &'a mut OrderedMap<K, V>,
        entry: Option<(K, V)>,
    }
    impl<K, V> Drop for Judged<'_, K, V> {
        fn drop(&mut self) {
            if let Some((k, v)) = self.entry.take() {
                keep(self.kept, k, v);
            }
        }
    }
    loop {
        let entry = mid.pop_first()?;
        let mut judged = Judged {
            kept: &mut *kept,
            entry: Some(entry),
        };
        let picked = match &mut judged.entry {
            Some((k, v)) => pick(k, v),
            None => false,
        };
        if picked {
            return judged.entry.take();
        }
    }
}

impl<K, V, F: FnMut(&K, &mut V) -> bool> Iterator for ExtractIf<'_, K, V, F> {
    type Item = (K, V);
    fn next(&mut self) -> Option<(K, V)> {
        next_picked(&mut self.kept, &mut self.mid, &mut self.pred)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.mid.len()))
    }
}

impl<K, V, F: FnMut(&K, &mut V) -> bool> FusedIterator for ExtractIf<'_, K, V, F> {}

impl<K, V, F> Drop for ExtractIf<'_, K, V, F> {
    fn drop(&mut self) {
        let l = &OrderedMap::<K, V>::INFO.layout;
        // SAFETY: the four trees hold `K`s and `V`s in increasing order: the map's, then
        // the kept ones, the unvisited ones and the ones after the range.
        unsafe {
            self.kept.raw.append_back(l, &mut self.mid.raw);
            self.kept.raw.append_back(l, &mut self.after.raw);
            self.map.raw.append_back(l, &mut self.kept.raw);
        }
    }
}

impl<K, V, F> fmt::Debug for ExtractIf<'_, K, V, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExtractIf")
            .field("unvisited", &self.mid.len())
            .finish_non_exhaustive()
    }
}

/// The elements of an [`OrderedSet`] in a range that a predicate picks, removed as the
/// iterator advances; see [`OrderedSet::extract_if`]. It keeps the set as
/// [`ExtractIf`] keeps the map.
pub struct SetExtractIf<'a, T, F> {
    /// The map's extraction, which owns the set's elements while this lives; its own
    /// predicate is never called.
    inner: ExtractIf<'a, T, (), fn(&T, &mut ()) -> bool>,
    pred: F,
}

impl<T: Ord> OrderedSet<T> {
    /// Removes the elements in `range` for which `pred` returns `true`, lazily, and
    /// yields them in ascending order. Elements the iterator does not reach stay in the
    /// set. As std's `BTreeSet::extract_if`.
    ///
    /// # Panics
    /// Panics if the range's start is after its end, or if both bounds are equal and
    /// excluded, as [`range`](OrderedSet::range) does.
    ///
    /// ```
    /// let mut s: sizespeed::small::OrderedSet<i32> = (0..8).collect();
    /// let odd: Vec<i32> = s.extract_if(2..6, |k| k % 2 == 1).collect();
    /// assert_eq!(odd, [3, 5]);
    /// assert_eq!(s.into_iter().collect::<Vec<_>>(), [0, 1, 2, 4, 6, 7]);
    /// ```
    pub fn extract_if<R, F>(&mut self, range: R, pred: F) -> SetExtractIf<'_, T, F>
    where
        R: RangeBounds<T>,
        F: FnMut(&T) -> bool,
    {
        let never: fn(&T, &mut ()) -> bool = |_, _| false;
        SetExtractIf {
            inner: self.map.extract_if(range, never),
            pred,
        }
    }
}

impl<T, F: FnMut(&T) -> bool> Iterator for SetExtractIf<'_, T, F> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        let pred = &mut self.pred;
        let inner = &mut self.inner;
        next_picked(&mut inner.kept, &mut inner.mid, &mut |k, _| pred(k)).map(|(k, ())| k)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.inner.mid.len()))
    }
}

impl<T, F: FnMut(&T) -> bool> FusedIterator for SetExtractIf<'_, T, F> {}

impl<T, F> fmt::Debug for SetExtractIf<'_, T, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExtractIf")
            .field("unvisited", &self.inner.mid.len())
            .finish_non_exhaustive()
    }
}
