//! **inline** variant (being written).

mod vec;

pub use vec::Vec;
