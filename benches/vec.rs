//! Filled in by the vec family.
fn main() {}
