//! Element types and helpers shared by every family's tests.
#![allow(dead_code)]

use std::cell::Cell;
use std::rc::Rc;

/// Counts live instances: `made` goes up on creation and clone, `dropped` on drop. A test
/// passes `Counter::new()` to every element it creates and checks the balance at the end.
#[derive(Clone, Debug, Default)]
pub struct Counter {
    made: Rc<Cell<usize>>,
    dropped: Rc<Cell<usize>>,
}

impl Counter {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn made(&self) -> usize {
        self.made.get()
    }
    pub fn dropped(&self) -> usize {
        self.dropped.get()
    }
    /// Instances created and not yet dropped.
    pub fn live(&self) -> usize {
        self.made.get() - self.dropped.get()
    }
    /// A new counted element with the given value.
    pub fn elem(&self, value: u64) -> Tracked {
        self.made.set(self.made.get() + 1);
        Tracked {
            value,
            counter: self.clone(),
            dropped: false,
        }
    }
}

/// An element whose drops are counted, and which detects being dropped twice.
#[derive(Debug)]
pub struct Tracked {
    pub value: u64,
    counter: Counter,
    dropped: bool,
}

impl Clone for Tracked {
    fn clone(&self) -> Self {
        self.counter.elem(self.value)
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        assert!(!self.dropped, "element {} dropped twice", self.value);
        self.dropped = true;
        self.counter.dropped.set(self.counter.dropped.get() + 1);
    }
}

impl PartialEq for Tracked {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}
impl Eq for Tracked {}
impl PartialOrd for Tracked {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Tracked {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.value.cmp(&other.value)
    }
}
impl std::hash::Hash for Tracked {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.value.hash(state)
    }
}

/// Panics when dropped if `panic` is set; counts its drops through `counter`.
#[derive(Debug)]
pub struct PanicOnDrop {
    pub panic: bool,
    pub counter: Counter,
}

impl PanicOnDrop {
    pub fn new(counter: &Counter, panic: bool) -> Self {
        counter.made.set(counter.made.get() + 1);
        PanicOnDrop {
            panic,
            counter: counter.clone(),
        }
    }
}

impl Drop for PanicOnDrop {
    fn drop(&mut self) {
        self.counter.dropped.set(self.counter.dropped.get() + 1);
        if self.panic && !std::thread::panicking() {
            panic!("PanicOnDrop: planned panic");
        }
    }
}

/// Panics on the clone of a given value; counts its drops through `counter`.
#[derive(Debug)]
pub struct PanicOnClone {
    pub value: u64,
    pub panic_at: u64,
    pub counter: Counter,
}

impl PanicOnClone {
    pub fn new(counter: &Counter, value: u64, panic_at: u64) -> Self {
        counter.made.set(counter.made.get() + 1);
        PanicOnClone {
            value,
            panic_at,
            counter: counter.clone(),
        }
    }
}

impl Clone for PanicOnClone {
    fn clone(&self) -> Self {
        if self.value == self.panic_at {
            panic!("PanicOnClone: planned panic at {}", self.value);
        }
        PanicOnClone::new(&self.counter, self.value, self.panic_at)
    }
}

impl Drop for PanicOnClone {
    fn drop(&mut self) {
        self.counter.dropped.set(self.counter.dropped.get() + 1);
    }
}

/// A zero-sized element.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Zst;

/// An over-aligned element (align 64).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(align(64))]
pub struct Align64(pub u64);

/// A page-aligned element (align 4096), the largest alignment the crate promises.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(align(4096))]
pub struct Align4096(pub u8);

/// An iterator whose `size_hint` lies: it claims `claimed` items but yields `actual`.
pub struct LyingIter<I> {
    pub inner: I,
    pub claimed: (usize, Option<usize>),
}

impl<I: Iterator> Iterator for LyingIter<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        self.inner.next()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.claimed
    }
}

/// Runs `f`, expecting it to panic; returns the panic message.
pub fn expect_panic<R>(f: impl FnOnce() -> R) -> String {
    let err = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(_) => panic!("expected a panic, but the operation returned normally"),
        Err(e) => e,
    };
    if let Some(s) = err.downcast_ref::<String>() {
        s.clone()
    } else if let Some(s) = err.downcast_ref::<&str>() {
        s.to_string()
    } else {
        String::from("<non-string panic>")
    }
}

/// Proptest case count: full natively, two under Miri, where proptest's own generation
/// is interpreted too and a single case takes tens of seconds.
pub fn cases(full: u32) -> u32 {
    if cfg!(miri) {
        2
    } else {
        full
    }
}
