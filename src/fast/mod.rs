//! **fast**: the std containers behind zero-cost wrappers.
//!
//! Each type here is `#[repr(transparent)]` over its std counterpart and forwards every
//! method with `#[inline]`, so it runs exactly as fast as std and costs exactly as much
//! code: the whole container is compiled again for every element type a program uses.
//! Choose it when speed matters more than binary size or build time, or as the reference
//! the other variants are measured against; their speed ratios and code-size figures
//! against this one are in `size-reports/` and the criterion benches.
//!
//! Measured per added element type (rustc 1.95, `size-reports/*.md`): 393 container LLVM
//! lines for `Vec`, 974 for `Deque`, about 1,540 for `Map` and `Set`, and 4,434 for the
//! sorts; the small variants' costs are given as fractions of these.

mod deque;
mod sort;
mod vec;

#[doc(inline)]
pub use crate::__sizespeed_fast_vec as vec;
pub use deque::Deque;
pub use sort::{
    binary_search, binary_search_by, binary_search_by_key, dedup, dedup_by, dedup_by_key,
    is_sorted, is_sorted_by, is_sorted_by_key, partition_point, select_nth_unstable,
    select_nth_unstable_by, select_nth_unstable_by_key, sort, sort_by, sort_by_cached_key,
    sort_by_key, sort_unstable, sort_unstable_by, sort_unstable_by_key, Sort,
};
pub(crate) use vec::std_try_reserve;
pub use vec::{Drain, ExtractIf, IntoIter, Splice, Vec};
pub mod map;
pub mod set;

pub use map::Map;
pub use set::Set;

pub mod binary_heap;
mod btree_extract;
pub mod btree_map;
pub mod btree_set;

pub use binary_heap::PriorityQueue;
pub use btree_map::OrderedMap;
pub use btree_set::OrderedSet;
