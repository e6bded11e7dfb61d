//! **fast** variant (being written).

mod deque;
mod vec;

pub use deque::Deque;
pub use vec::Vec;
