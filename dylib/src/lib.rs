//! `sizespeed` as a Rust dynamic library (`crate-type = ["dylib"]`).
//!
//! Depend on this crate instead of `sizespeed` and build every binary of a suite with
//! `RUSTFLAGS="-C prefer-dynamic"`: the non-generic small cores are then compiled once,
//! into `libsizespeed_dylib.so`, and each binary keeps only its per-type tables and shims.
//! Everything is re-exported unchanged, so `sizespeed_dylib::auto::Vec` is
//! `sizespeed::auto::Vec`.
//!
//! Rust's ABI is not stable: the library and every binary that loads it must come from
//! the same compiler and the same build of this crate. See the workspace README, "A suite
//! of binaries shares one copy".

pub use sizespeed::*;
