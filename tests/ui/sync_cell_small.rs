// A vector of non-Sync elements cannot be shared between threads.
use std::cell::Cell;

fn main() {
    let mut v = sizespeed::small::Vec::new();
    v.push(Cell::new(1u8));
    std::thread::scope(|s| {
        s.spawn(|| v.len());
    });
}
