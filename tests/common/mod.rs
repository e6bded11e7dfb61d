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

thread_local! {
    /// Argument passings to `Touchy`'s callbacks, its self-pairings, and the passings
    /// carried away by dropped `Touchy`s.
    static TOUCHY: [Cell<u64>; 3] = const { [Cell::new(0), Cell::new(0), Cell::new(0)] };
}

/// An element whose `Hash`, `Eq`, `Ord` and `Clone` count their calls in the element
/// itself (through `&self`) and replace its heap allocation: a container that runs them
/// on a temporary copy of an element and then discards the copy loses counts (see
/// [`touchy_balance`]) and keeps a freed pointer (a use after free that Miri reports).
#[derive(Debug)]
pub struct Touchy {
    pub key: u32,
    seen: Cell<u32>,
    heap: std::cell::RefCell<Box<u32>>,
}

impl Touchy {
    pub fn new(key: u32) -> Self {
        Touchy {
            key,
            seen: Cell::new(0),
            heap: std::cell::RefCell::new(Box::new(key)),
        }
    }
    /// How many callback calls received this element.
    pub fn seen(&self) -> u32 {
        self.seen.get()
    }
    // A new allocation on purpose: a stale copy then holds a freed pointer.
    #[allow(clippy::replace_box)]
    fn touch(&self) {
        self.seen.set(self.seen.get() + 1);
        TOUCHY.with(|t| t[0].set(t[0].get() + 1));
        let mut b = self.heap.borrow_mut();
        assert_eq!(**b, self.key, "Touchy: torn element");
        *b = Box::new(self.key);
    }
    fn pair(&self, other: &Self) {
        if std::ptr::eq(self, other) {
            TOUCHY.with(|t| t[1].set(t[1].get() + 1));
        }
        self.touch();
        other.touch();
    }
}

impl Drop for Touchy {
    fn drop(&mut self) {
        let seen = u64::from(self.seen.get());
        TOUCHY.with(|t| t[2].set(t[2].get() + seen));
    }
}

impl Clone for Touchy {
    fn clone(&self) -> Self {
        self.touch();
        Touchy::new(self.key)
    }
}

impl PartialEq for Touchy {
    fn eq(&self, other: &Self) -> bool {
        self.pair(other);
        self.key == other.key
    }
}
impl Eq for Touchy {}
impl PartialOrd for Touchy {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Touchy {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.pair(other);
        self.key.cmp(&other.key)
    }
}
impl std::hash::Hash for Touchy {
    /// Four consecutive keys share a hash, so lookups compare candidates with `Eq`.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.touch();
        (self.key / 4).hash(state)
    }
}

/// Clears the `Touchy` bookkeeping of this thread.
pub fn touchy_reset() {
    TOUCHY.with(|t| t.iter().for_each(|c| c.set(0)));
}

/// Checks that every callback call on a `Touchy` is visible: in `live` (the elements
/// still held, in containers or by the test) or in a dropped element; and that no call
/// paired an element with itself.
pub fn touchy_balance<'a>(what: &str, live: impl IntoIterator<Item = &'a Touchy>) {
    let held: u64 = live.into_iter().map(|t| u64::from(t.seen())).sum();
    let (calls, selves, dropped) = TOUCHY.with(|t| (t[0].get(), t[1].get(), t[2].get()));
    assert_eq!(selves, 0, "{what}: an element was paired with itself");
    assert_eq!(
        held + dropped,
        calls,
        "{what}: callbacks received elements {calls} times, but the elements show \
         {held} (held) + {dropped} (dropped): a callback ran on a discarded copy"
    );
}
