//! **boxed**: the textbook `Vec<Box<dyn Any>>`, kept as a measured baseline.
//!
//! The usual advice for avoiding one copy of `Vec<T>` per element type is to erase the
//! type: store `Box<dyn Any>` and downcast on the way out. [`Vec`] does exactly that,
//! faithfully, so that the advice can be measured rather than argued. Every element costs
//! its own allocation, every access a pointer chase and a checked downcast, and every drop
//! a call through a vtable. Only the table of boxes is shared between element types;
//! boxing, downcasting and each type's `dyn Any` vtable are still generated once per
//! element type. The crate's answer to the same question is [`small`](crate::small). How
//! both compare with [`fast`](crate::fast) in speed and code size is measured in
//! `size-reports/` and the criterion benches. Use this variant only as a point of comparison.
//!
//! Measured (`size-reports/vec.md`, `size-reports/speed.md`): 379 container LLVM lines per
//! added element type, no fewer than fast's 393, and pushes several times slower than
//! fast's: erasing the type by boxing saves neither code nor time.

mod vec;
mod vec_sort;

pub use vec::{IntoIter, Iter, IterMut, Vec};
