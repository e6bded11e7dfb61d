//! Compile-time facts about the deque types: header sizes, the `Option` niche, and
//! `Send`/`Sync` exactly when the element is.

use std::cell::Cell;
use std::collections::VecDeque;
use std::rc::Rc;

use sizespeed::{fast, small};
use static_assertions::{assert_eq_size, assert_impl_all, assert_not_impl_any};

// fast is VecDeque itself; small is four words: pointer, capacity, head, length.
assert_eq_size!(fast::Deque<u64>, VecDeque<u64>);
assert_eq_size!(fast::Deque<String>, VecDeque<String>);
assert_eq_size!(small::Deque<u64>, [usize; 4]);
assert_eq_size!(small::Deque<String>, [usize; 4]);
assert_eq_size!(small::Deque<()>, [usize; 4]);
assert_eq_size!(small::Deque<u64>, VecDeque<u64>);

// The non-null buffer pointer gives `Option` a niche.
assert_eq_size!(Option<fast::Deque<u64>>, fast::Deque<u64>);
assert_eq_size!(Option<small::Deque<u64>>, small::Deque<u64>);
assert_eq_size!(
    Option<small::deque::IntoIter<u64>>,
    small::deque::IntoIter<u64>
);

// Send and Sync follow the element type.
assert_impl_all!(fast::Deque<u64>: Send, Sync);
assert_impl_all!(small::Deque<u64>: Send, Sync);
assert_impl_all!(small::deque::IntoIter<String>: Send, Sync);
assert_impl_all!(small::deque::Iter<'static, u64>: Send, Sync, Clone);
assert_impl_all!(small::deque::IterMut<'static, u64>: Send, Sync);
assert_not_impl_any!(fast::Deque<Rc<u8>>: Send, Sync);
assert_not_impl_any!(small::Deque<Rc<u8>>: Send, Sync);
assert_not_impl_any!(small::deque::IntoIter<Rc<u8>>: Send, Sync);
assert_not_impl_any!(small::deque::Iter<'static, Rc<u8>>: Send, Sync);
// `Cell` is Send but not Sync.
assert_impl_all!(fast::Deque<Cell<u8>>: Send);
assert_impl_all!(small::Deque<Cell<u8>>: Send);
assert_not_impl_any!(fast::Deque<Cell<u8>>: Sync);
assert_not_impl_any!(small::Deque<Cell<u8>>: Sync);

// The standard traits are there.
assert_impl_all!(small::Deque<u64>: Clone, Default, std::fmt::Debug, Eq, Ord, std::hash::Hash);
assert_impl_all!(fast::Deque<u64>: Clone, Default, std::fmt::Debug, Eq, Ord, std::hash::Hash);
assert_impl_all!(small::Deque<u64>: sizespeed::Deque<u64>, From<VecDeque<u64>>, Into<VecDeque<u64>>);
assert_impl_all!(fast::Deque<u64>: sizespeed::Deque<u64>, From<VecDeque<u64>>, Into<VecDeque<u64>>);
// A non-Clone element makes the deque non-Clone.
assert_not_impl_any!(small::Deque<std::sync::Mutex<u8>>: Clone);

/// Both variants are covariant in `T`: a deque of longer-lived references coerces to one
/// of shorter-lived references.
#[allow(dead_code)]
fn covariant<'short>(
    f: fast::Deque<&'static str>,
    s: small::Deque<&'static str>,
    i: small::deque::IntoIter<&'static str>,
) -> (
    fast::Deque<&'short str>,
    small::Deque<&'short str>,
    small::deque::IntoIter<&'short str>,
) {
    (f, s, i)
}

#[test]
fn sizes_hold_at_run_time_too() {
    assert_eq!(
        std::mem::size_of::<small::Deque<u8>>(),
        4 * std::mem::size_of::<usize>()
    );
}
