//! **fast** variant (being written).

mod vec;

pub use vec::Vec;
#[cfg(feature = "std")]
mod map;
#[cfg(feature = "std")]
mod set;

#[cfg(feature = "std")]
pub use map::Map;
#[cfg(feature = "std")]
pub use set::Set;
