//! Filled in by the sort family.
fn main() {}
