// A vector of non-Send elements cannot be moved to another thread.
use std::rc::Rc;

fn main() {
    let mut v = sizespeed::small::Vec::new();
    v.push(Rc::new(1u8));
    std::thread::spawn(move || drop(v));
}
