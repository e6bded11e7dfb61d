//! Names that follow the `prefer-size` cargo feature.
//!
//! Without the feature these are the [`fast`](crate::fast) variants; with it, the
//! [`small`](crate::small) ones. Write a program against `sizespeed::auto::*` and shrink
//! it by building with `--features prefer-size`, without touching its code.
//!
//! ```
//! let mut v: sizespeed::auto::Vec<&str> = sizespeed::auto::Vec::new();
//! v.push("same code, either variant");
//! assert_eq!(v.len(), 1);
//! ```
//!
//! A program written against std's hash collections ports by changing its imports only
//! (`std::collections::hash_map::Entry` becomes `sizespeed::auto::hash_map::Entry`):
//!
//! ```
//! use sizespeed::auto::hash_map::Entry;
//! use sizespeed::auto::{Map as HashMap, Set as HashSet};
//!
//! let mut counts: HashMap<&str, u32> = HashMap::new();
//! for w in "a b a c b a".split(' ') {
//!     *counts.entry(w).or_insert(0) += 1;
//! }
//! match counts.entry("c") {
//!     Entry::Occupied(o) => assert_eq!(o.remove(), 1),
//!     Entry::Vacant(_) => unreachable!(),
//! }
//! let seen: HashSet<&str> = counts.keys().copied().collect();
//! let wanted = HashSet::from(["a", "z"]);
//! assert_eq!(&seen & &wanted, HashSet::from(["a"]));
//! let mut all: Vec<(&str, u32)> = counts.drain().collect();
//! all.sort();
//! assert_eq!(all, [("a", 3), ("b", 2)]);
//! assert!(counts.is_empty());
//! ```

#[cfg(not(feature = "prefer-size"))]
pub use crate::fast::Deque;
#[cfg(not(feature = "prefer-size"))]
pub use crate::fast::Vec;
#[cfg(not(feature = "prefer-size"))]
pub use crate::fast::{
    binary_search, binary_search_by, binary_search_by_key, dedup, dedup_by, dedup_by_key,
    is_sorted, is_sorted_by, is_sorted_by_key, select_nth_unstable, select_nth_unstable_by, sort,
    sort_by, sort_by_key, sort_unstable, sort_unstable_by, sort_unstable_by_key, Sort,
};
#[cfg(not(feature = "prefer-size"))]
pub use crate::fast::{map, map as hash_map, set, set as hash_set, Map, Set};
#[cfg(feature = "prefer-size")]
pub use crate::small::Deque;
#[cfg(feature = "prefer-size")]
pub use crate::small::Vec;
#[cfg(feature = "prefer-size")]
pub use crate::small::{
    binary_search, binary_search_by, binary_search_by_key, dedup, dedup_by, dedup_by_key,
    is_sorted, is_sorted_by, is_sorted_by_key, select_nth_unstable, select_nth_unstable_by, sort,
    sort_by, sort_by_key, sort_unstable, sort_unstable_by, sort_unstable_by_key, Sort,
};
#[cfg(feature = "prefer-size")]
pub use crate::small::{map, map as hash_map, set, set as hash_set, Map, Set};

/// The stack ADT on the variant `prefer-size` selects.
pub type Stack<T> = Vec<T>;
