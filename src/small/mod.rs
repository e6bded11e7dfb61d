//! **small**: one copy of machine code for every element type.
//!
//! Each container here is a thin typed shim over a non-generic core. The core is told
//! the element's layout and the few type-specific operations it needs (drop, and where
//! needed clone, hash, eq or compare) through a `&'static` table built once per type at
//! compile time. Elements are stored unboxed, exactly where the fast variants store them;
//! only the code is shared. Adding an element type to a program costs a few shims rather
//! than a whole container.
//!
//! "small" means small *code*. For small *storage* (elements kept inline in the
//! container), see [`inline`](crate::inline).

pub mod deque;
mod sort;
mod vec;
mod vec_sort;

pub use deque::Deque;
pub use sort::{
    binary_search, binary_search_by, binary_search_by_key, dedup, dedup_by, dedup_by_key,
    is_sorted, is_sorted_by, is_sorted_by_key, select_nth_unstable, select_nth_unstable_by, sort,
    sort_by, sort_by_key, sort_unstable, sort_unstable_by, sort_unstable_by_key, Sort,
};
pub use vec::{IntoIter, Iter, IterMut, Vec};

#[cfg(feature = "std")]
pub mod map;
#[cfg(feature = "std")]
pub mod set;

#[cfg(feature = "std")]
pub use map::Map;
#[cfg(feature = "std")]
pub use set::Set;
