//! **medium**: one copy of machine code per element *shape*.
//!
//! Between [`fast`](crate::fast) (one copy per element type) and
//! [`small`](crate::small) (one copy for every element type). A medium core is
//! instantiated once per element shape, the size and alignment of the element: `u64`,
//! `i64`, `f64` and `Box<T>` share one copy, `String` and `Vec<T>` another. Inside a
//! copy, moves, swaps and index arithmetic are constants that LLVM inlines; only the
//! operations that depend on the type (compare, drop, ...) come from the type, as in
//! small, except that the sorts compare the primitive integers, `bool` and `char` by
//! value, in one copy per integer width. Which copy a type uses is a `match` on its layout that folds at compile time,
//! and only the shapes a program uses are compiled in. The shapes: 1, 2, 4, 8, 16
//! (aligned to 8 or 16), 24 and 32 bytes at their natural alignment, and on 32-bit targets
//! 8, 12 and 16 bytes aligned to 4. Types of other layouts, and zero-sized ones, use
//! small's one copy.
//!
//! Measured (`size-reports/`, `cargo bench --bench ab`): the sorts are where a constant
//! element size pays, so they are where medium has its own code. [`Vec`] is small's
//! vector with medium's sorts, element access inlined as in fast, and std's bulk paths
//! for `clone`, `extend` and `collect`; the deque, maps and sets have no medium variant
//! (see the README's guide for the measurement).

mod sort;
mod vec;

pub(crate) mod shape;

#[doc(inline)]
pub use crate::__sizespeed_medium_vec as vec;
pub use vec::{Drain, ExtractIf, IntoIter, Splice, Vec};

pub use sort::{
    binary_search, binary_search_by, binary_search_by_key, dedup, dedup_by, dedup_by_key,
    is_sorted, is_sorted_by, is_sorted_by_key, partition_point, select_nth_unstable,
    select_nth_unstable_by, select_nth_unstable_by_key, sort, sort_by, sort_by_cached_key,
    sort_by_key, sort_unstable, sort_unstable_by, sort_unstable_by_key, Sort,
};
