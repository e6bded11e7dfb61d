//! **fast** variant (being written).

mod sort;
mod vec;

pub use sort::{sort, sort_by, sort_by_key, sort_unstable, sort_unstable_by, sort_unstable_by_key, binary_search, binary_search_by, binary_search_by_key, is_sorted, is_sorted_by, is_sorted_by_key, select_nth_unstable, select_nth_unstable_by, dedup, dedup_by, dedup_by_key, Sort};
pub use vec::Vec;
