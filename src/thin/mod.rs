//! **thin**: the container header is one pointer.
//!
//! [`Vec`] is [`thin_vec::ThinVec`] behind the crate's common names and traits. Its length
//! and capacity are stored in the heap allocation in front of the elements, so the vector
//! is one pointer wide rather than std's three words, and an empty one shares a static
//! header instead of allocating. The price is an extra memory access to read the length
//! or capacity, and code that is monomorphized per element type, as std's is; choose it
//! where many vectors are stored and most are empty or short. Measured speed ratios
//! against [`fast`](crate::fast) and code-size figures are in `size-reports/` and the
//! criterion benches.
//!
//! Measured (`size-reports/vec.md`): 902 container LLVM lines per added element type,
//! about 2.3 times fast's 393; the header is one word where fast's is three.

mod vec;

#[doc(inline)]
pub use crate::__sizespeed_thin_vec as vec;
pub use vec::{Drain, ExtractIf, IntoIter, Splice, Vec};
