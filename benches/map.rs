//! Filled in by the map family.
fn main() {}
