//! Compile-time facts about the map and set headers and their auto traits.

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::mem::size_of;
use std::rc::Rc;

use sizespeed::{fast, small};
use static_assertions::{assert_eq_size, assert_impl_all, assert_not_impl_any};

// Headers: four words of table plus the hasher, exactly std's size.
assert_eq_size!(small::Map<u64, u64>, HashMap<u64, u64>);
assert_eq_size!(fast::Map<u64, u64>, HashMap<u64, u64>);
assert_eq_size!(small::Set<u64>, HashSet<u64>);
assert_eq_size!(fast::Set<String>, HashSet<String>);
assert_eq_size!(small::Map<u8, u8, ()>, [usize; 4]);
// The control pointer is non-null, so `Option` is free.
assert_eq_size!(Option<small::Map<u64, u64>>, small::Map<u64, u64>);
assert_eq_size!(Option<small::Set<String>>, small::Set<String>);

// Send and Sync exactly when the keys, values and hasher are.
assert_impl_all!(small::Map<String, Vec<u8>>: Send, Sync);
assert_impl_all!(fast::Map<String, Vec<u8>>: Send, Sync);
assert_impl_all!(small::Set<String>: Send, Sync);
assert_impl_all!(small::Map<u64, Cell<u8>>: Send);
assert_not_impl_any!(small::Map<u64, Cell<u8>>: Sync);
assert_not_impl_any!(small::Map<Rc<u8>, u64>: Send, Sync);
assert_not_impl_any!(small::Map<u64, Rc<u8>>: Send, Sync);
assert_not_impl_any!(small::Set<Rc<u8>>: Send, Sync);
assert_not_impl_any!(fast::Map<Rc<u8>, u64>: Send, Sync);
assert_impl_all!(small::map::Iter<'static, u64, String>: Send, Sync);
assert_not_impl_any!(small::map::Iter<'static, u64, Cell<u8>>: Send, Sync);
assert_impl_all!(small::map::IntoIter<u64, String>: Send, Sync);
assert_not_impl_any!(small::map::IntoIter<Rc<u8>, u64>: Send);
// The entry API and removal iterators: like std's, Send and Sync with their contents.
type Pred = fn(&u64, &mut String) -> bool;
assert_impl_all!(small::map::Entry<'static, u64, String>: Send, Sync);
assert_impl_all!(fast::map::Entry<'static, u64, String>: Send, Sync);
assert_impl_all!(small::map::VacantEntry<'static, u64, String>: Send, Sync);
assert_impl_all!(small::map::OccupiedEntry<'static, u64, String>: Send, Sync);
assert_not_impl_any!(small::map::Entry<'static, Rc<u8>, u64>: Send, Sync);
assert_not_impl_any!(small::map::Entry<'static, u64, Cell<u8>>: Sync);
assert_impl_all!(small::map::Drain<'static, u64, String>: Send, Sync);
assert_not_impl_any!(small::map::Drain<'static, u64, Rc<u8>>: Send, Sync);
assert_impl_all!(small::map::ExtractIf<'static, u64, String, Pred>: Send, Sync);
assert_not_impl_any!(small::map::ExtractIf<'static, Rc<u8>, String, Pred>: Send, Sync);
assert_impl_all!(small::set::Drain<'static, String>: Send, Sync);
assert_impl_all!(small::set::ExtractIf<'static, String, fn(&String) -> bool>: Send, Sync);
assert_impl_all!(small::set::Union<'static, String, std::hash::RandomState>: Send, Sync);

#[test]
fn header_sizes() {
    assert_eq!(
        size_of::<small::Map<u64, u64, ()>>(),
        4 * size_of::<usize>()
    );
    assert_eq!(
        size_of::<small::Map<u64, u64>>(),
        size_of::<fast::Map<u64, u64>>()
    );
}
