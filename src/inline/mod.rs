//! **inline**: the first few elements live inside the container, not on the heap.
//!
//! [`Vec`] is [`smallvec::SmallVec`] behind the crate's common names and traits. A vector
//! that never holds more than `N` elements (8 by default) never allocates, which saves
//! the allocation and the pointer chase for short, short-lived vectors. The price is a
//! header as large as the inline buffer plus a word, a branch on every access to find
//! the elements, and code that is monomorphized per element type and per `N`, as std's
//! is. This axis of the dial is about *storage*, not code size: "small" in this crate
//! means small code, which is [`small`](crate::small). Measured speed ratios against
//! [`fast`](crate::fast) and code-size figures are in `size-reports/` and the criterion
//! benches.
//!
//! Measured (`size-reports/vec.md`): 1,193 container LLVM lines per added element type,
//! about three times fast's 393, because smallvec's inline/heap split is generic code.

mod drain;
mod vec;

#[doc(inline)]
pub use crate::__sizespeed_inline_vec as vec;
pub use drain::{Drain, ExtractIf, Splice};
pub use vec::{InlineVec, IntoIter, Vec, DEFAULT_INLINE_CAPACITY};
