//! Names that follow the size-versus-speed switch.
//!
//! By default these are the [`fast`](crate::fast) variants; with the switch on, the
//! [`small`](crate::small) ones. Write a program against `sizespeed::auto::*` (including
//! its [`vec!`](crate::auto::vec) macro) and shrink it without touching its code.
//!
//! The switch can be thrown two ways, with the same effect:
//!
//! - the cargo feature `prefer-size`, for a program that depends on sizespeed directly;
//! - the configuration flag `--cfg sizespeed_prefer_size`, set through `RUSTFLAGS` (or
//!   `[build] rustflags` in `.cargo/config.toml`). Cargo features are unified across the
//!   dependency graph, so a library written against `auto` cannot leave the choice to the
//!   final binary through a feature of its own without forcing it on every other user; a
//!   flag set by whoever builds the binary applies to the whole build instead.
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

#[cfg(not(any(feature = "prefer-size", sizespeed_prefer_size)))]
use crate::fast as chosen;
#[cfg(any(feature = "prefer-size", sizespeed_prefer_size))]
use crate::small as chosen;

#[doc(inline)]
pub use chosen::vec;
pub use chosen::{binary_heap, PriorityQueue};
pub use chosen::{
    binary_search, binary_search_by, binary_search_by_key, dedup, dedup_by, dedup_by_key,
    is_sorted, is_sorted_by, is_sorted_by_key, partition_point, select_nth_unstable,
    select_nth_unstable_by, select_nth_unstable_by_key, sort, sort_by, sort_by_cached_key,
    sort_by_key, sort_unstable, sort_unstable_by, sort_unstable_by_key, Deque, Sort, Vec,
};
pub use chosen::{btree_map, btree_set, OrderedMap, OrderedSet};
pub use chosen::{map, map as hash_map, set, set as hash_set, Map, Set};

/// Whether [`auto`](crate::auto) names the small variants: the `prefer-size` feature or
/// the `sizespeed_prefer_size` flag is on.
///
/// ```
/// let v = sizespeed::auto::Vec::<u8>::new();
/// let small = std::any::type_name_of_val(&v).starts_with("sizespeed::small::");
/// assert_eq!(sizespeed::auto::PREFERS_SIZE, small);
/// ```
pub const PREFERS_SIZE: bool = cfg!(any(feature = "prefer-size", sizespeed_prefer_size));

#[cfg(all(test, feature = "std"))]
mod tests {
    /// The names follow the switch. CI runs this test with the feature, with the flag
    /// (`RUSTFLAGS=--cfg sizespeed_prefer_size`) and without either, and sets
    /// `SIZESPEED_EXPECT` to the variant each run must see, so a switch that is not
    /// taken into account fails here.
    #[test]
    fn the_switch_picks_the_variant() {
        let v = super::Vec::<u8>::new();
        let m = super::Map::<u8, u8>::new();
        let q = super::PriorityQueue::<u8>::new();
        let o = super::OrderedMap::<u8, u8>::new();
        let variant = if super::PREFERS_SIZE { "small" } else { "fast" };
        for name in [
            core::any::type_name_of_val(&v),
            core::any::type_name_of_val(&m),
            core::any::type_name_of_val(&q),
            core::any::type_name_of_val(&o),
        ] {
            assert!(
                name.starts_with(&alloc::format!("sizespeed::{variant}::")),
                "{name}"
            );
        }
        if let Ok(expected) = std::env::var("SIZESPEED_EXPECT") {
            assert_eq!(variant, expected);
        }
    }
}

/// The stack ADT on the variant the switch selects.
pub type Stack<T> = Vec<T>;
