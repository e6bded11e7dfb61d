//! `extract_if` for [`OrderedMap`](super::OrderedMap) and
//! [`OrderedSet`](super::OrderedSet), composed from std methods stable at this crate's
//! rust-version (1.88): std's own `BTreeMap::extract_if` and `BTreeSet::extract_if` are
//! stable since Rust 1.91.
//!
//! The tree is taken out of the container and split at the range's bounds with
//! `split_off`; entries are then popped from the front of the in-range part, and those the
//! predicate keeps are pushed at the back of the part before the range. When the iterator
//! is dropped, the three parts are joined again with `append` and put back. A leaked
//! iterator leaves the container empty and leaks the entries it held, which is allowed.

use alloc::collections::{BTreeMap, BTreeSet};
use core::ops::{Bound, RangeBounds};

/// What the composed `extract_if` needs of a std tree.
pub(crate) trait Tree: Default {
    /// std's name of the tree, for panic messages.
    const NAME: &'static str;
    /// The key type.
    type Key: Ord;
    /// What one entry is, as popped.
    type Item;
    /// std's `split_off`.
    fn split_off_at(&mut self, key: &Self::Key) -> Self;
    /// The smallest key.
    fn first_key(&self) -> Option<&Self::Key>;
    /// std's `pop_first`.
    fn pop_front(&mut self) -> Option<Self::Item>;
    /// Inserts an entry.
    fn put(&mut self, item: Self::Item);
    /// std's `append`.
    fn append_all(&mut self, other: &mut Self);
}

impl<K: Ord, V> Tree for BTreeMap<K, V> {
    const NAME: &'static str = "BTreeMap";
    type Key = K;
    type Item = (K, V);
    fn split_off_at(&mut self, key: &K) -> Self {
        self.split_off(key)
    }
    fn first_key(&self) -> Option<&K> {
        self.first_key_value().map(|(k, _)| k)
    }
    fn pop_front(&mut self) -> Option<(K, V)> {
        self.pop_first()
    }
    fn put(&mut self, (k, v): (K, V)) {
        self.insert(k, v);
    }
    fn append_all(&mut self, other: &mut Self) {
        self.append(other)
    }
}

impl<T: Ord> Tree for BTreeSet<T> {
    const NAME: &'static str = "BTreeSet";
    type Key = T;
    type Item = T;
    fn split_off_at(&mut self, key: &T) -> Self {
        self.split_off(key)
    }
    fn first_key(&self) -> Option<&T> {
        self.first()
    }
    fn pop_front(&mut self) -> Option<T> {
        self.pop_first()
    }
    fn put(&mut self, item: T) {
        self.insert(item);
    }
    fn append_all(&mut self, other: &mut Self) {
        self.append(other)
    }
}

/// Panics as std's range queries do for a range that starts after it ends.
#[track_caller]
pub(crate) fn check_range<K: Ord, R: RangeBounds<K>>(range: &R, tree: &str) {
    match (range.start_bound(), range.end_bound()) {
        (Bound::Excluded(s), Bound::Excluded(e)) if s == e => {
            panic!("range start and end are equal and excluded in {tree}")
        }
        (Bound::Included(s) | Bound::Excluded(s), Bound::Included(e) | Bound::Excluded(e))
            if s > e =>
        {
            panic!("range start is greater than range end in {tree}")
        }
        _ => {}
    }
}

/// The state of one composed `extract_if`: the container's tree in three parts.
pub(crate) struct Parts<'a, B: Tree> {
    /// The container, empty while the iterator lives.
    home: &'a mut B,
    /// The entries before the range, then those in it that the predicate kept.
    kept: B,
    /// The entries in the range not visited yet.
    todo: B,
    /// The entries after the range.
    after: B,
}

impl<'a, B: Tree> Parts<'a, B> {
    /// Takes `home`'s tree and splits it at `range`'s bounds.
    #[track_caller]
    pub(crate) fn new<R: RangeBounds<B::Key>>(home: &'a mut B, range: &R) -> Self {
        check_range(range, B::NAME);
        let mut kept = core::mem::take(home);
        let mut todo = match range.start_bound() {
            Bound::Unbounded => core::mem::take(&mut kept),
            Bound::Included(s) => kept.split_off_at(s),
            Bound::Excluded(s) => {
                let mut t = kept.split_off_at(s);
                if t.first_key() == Some(s) {
                    if let Some(item) = t.pop_front() {
                        kept.put(item);
                    }
                }
                t
            }
        };
        let after = match range.end_bound() {
            Bound::Unbounded => B::default(),
            Bound::Excluded(e) => todo.split_off_at(e),
            Bound::Included(e) => {
                let mut a = todo.split_off_at(e);
                if a.first_key() == Some(e) {
                    if let Some(item) = a.pop_front() {
                        todo.put(item);
                    }
                }
                a
            }
        };
        Parts {
            home,
            kept,
            todo,
            after,
        }
    }

    /// The next in-range entry for which `pred` returns `true`, removed.
    pub(crate) fn next_by(
        &mut self,
        mut pred: impl FnMut(&mut B::Item) -> bool,
    ) -> Option<B::Item> {
        /// Puts an entry the predicate did not take back into the tree, also when the
        /// predicate panics.
        struct Back<'b, B: Tree> {
            tree: &'b mut B,
            item: Option<B::Item>,
        }
        impl<B: Tree> Drop for Back<'_, B> {
            fn drop(&mut self) {
                if let Some(item) = self.item.take() {
                    self.tree.put(item);
                }
            }
        }
        while let Some(item) = self.todo.pop_front() {
            let mut back = Back {
                tree: &mut self.kept,
                item: Some(item),
            };
            let take = match back.item.as_mut() {
                Some(item) => pred(item),
                None => false,
            };
            if take {
                return back.item.take();
            }
        }
        None
    }

    /// Entries left to visit.
    pub(crate) fn remaining(&self) -> usize
    where
        B: Len,
    {
        self.todo.count()
    }
}

/// The length of a tree.
pub(crate) trait Len {
    /// The number of entries.
    fn count(&self) -> usize;
}
impl<K, V> Len for BTreeMap<K, V> {
    fn count(&self) -> usize {
        self.len()
    }
}
impl<T> Len for BTreeSet<T> {
    fn count(&self) -> usize {
        self.len()
    }
}

impl<B: Tree> Drop for Parts<'_, B> {
    fn drop(&mut self) {
        self.kept.append_all(&mut self.todo);
        self.kept.append_all(&mut self.after);
        core::mem::swap(self.home, &mut self.kept);
    }
}
