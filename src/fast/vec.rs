/// Placeholder.
pub struct Vec<T>(alloc::vec::Vec<T>);
