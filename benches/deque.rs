//! Filled in by the deque family.
fn main() {}
