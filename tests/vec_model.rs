//! Differential property test: random sequences of every `Seq` operation run against
//! `std::vec::Vec` as the model, for every Vec variant and several element types.
//!
//! Indices are drawn so that both valid and out-of-bounds positions occur; an
//! out-of-bounds `insert`, `remove` or `swap_remove` must panic in the variant exactly when
//! (and with the message with which) it panics in std, and leave both unchanged.

mod common;

use std::fmt::Debug;

use common::{cases, expect_panic, Align64, Counter, LyingIter, Tracked, Zst};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::Config;
use sizespeed::Seq;

/// An element type the model test can build from a number.
trait Elem: Clone + Debug + PartialEq + 'static {
    /// Shared state for making elements (a drop counter for `Tracked`).
    type Ctx;
    fn ctx() -> Self::Ctx;
    fn make(ctx: &Self::Ctx, v: u64) -> Self;
    /// A number summarizing the element, for sums over the iterators.
    fn key(&self) -> u64;
    /// Checks the context once every element made from it has been dropped.
    fn finish(_ctx: Self::Ctx) {}
}

impl Elem for u8 {
    type Ctx = ();
    fn ctx() {}
    fn make(_: &(), v: u64) -> u8 {
        v as u8
    }
    fn key(&self) -> u64 {
        u64::from(*self)
    }
}

impl Elem for u64 {
    type Ctx = ();
    fn ctx() {}
    fn make(_: &(), v: u64) -> u64 {
        v
    }
    fn key(&self) -> u64 {
        *self
    }
}

impl Elem for String {
    type Ctx = ();
    fn ctx() {}
    fn make(_: &(), v: u64) -> String {
        v.to_string()
    }
    fn key(&self) -> u64 {
        self.parse().unwrap()
    }
}

impl Elem for Zst {
    type Ctx = ();
    fn ctx() {}
    fn make(_: &(), _: u64) -> Zst {
        Zst
    }
    fn key(&self) -> u64 {
        1
    }
}

impl Elem for Align64 {
    type Ctx = ();
    fn ctx() {}
    fn make(_: &(), v: u64) -> Align64 {
        Align64(v)
    }
    fn key(&self) -> u64 {
        self.0
    }
}

impl Elem for Tracked {
    type Ctx = Counter;
    fn ctx() -> Counter {
        Counter::new()
    }
    fn make(ctx: &Counter, v: u64) -> Tracked {
        ctx.elem(v)
    }
    fn key(&self) -> u64 {
        self.value
    }
    fn finish(ctx: Counter) {
        assert_eq!(
            ctx.live(),
            0,
            "{} made, {} dropped: leaked or double-dropped elements",
            ctx.made(),
            ctx.dropped()
        );
    }
}

/// A position: usually in bounds (`pick` scaled to the bound), sometimes `past` places
/// beyond it.
#[derive(Clone, Debug)]
struct Ix {
    pick: Index,
    past: u8,
}

impl Ix {
    /// The index for a collection whose valid positions are `0..bound`.
    fn resolve(&self, bound: usize) -> usize {
        if self.past == 0 && bound > 0 {
            self.pick.index(bound)
        } else {
            bound + usize::from(self.past.saturating_sub(1))
        }
    }
}

#[derive(Clone, Debug)]
enum Op {
    Push(u64),
    Pop,
    Peek,
    Get(Ix),
    GetMutWrite(Ix, u64),
    First,
    Last,
    Insert(Ix, u64),
    Remove(Ix),
    SwapRemove(Ix),
    Truncate(usize),
    Clear,
    Reserve(usize),
    TryReserve(usize),
    Extend(Vec<u64>),
    ExtendLying(Vec<u64>, usize),
    IterSum,
    IterCompare,
    IterMutModify(u64),
    Collect,
    Len,
}

fn ix() -> impl Strategy<Value = Ix> {
    (any::<Index>(), prop_oneof![4 => Just(0u8), 1 => 1u8..4])
        .prop_map(|(pick, past)| Ix { pick, past })
}

fn op() -> impl Strategy<Value = Op> {
    let v = 0u64..1000;
    prop_oneof![
        8 => v.clone().prop_map(Op::Push),
        3 => Just(Op::Pop),
        1 => Just(Op::Peek),
        2 => ix().prop_map(Op::Get),
        2 => (ix(), v.clone()).prop_map(|(i, x)| Op::GetMutWrite(i, x)),
        1 => Just(Op::First),
        1 => Just(Op::Last),
        4 => (ix(), v.clone()).prop_map(|(i, x)| Op::Insert(i, x)),
        3 => ix().prop_map(Op::Remove),
        3 => ix().prop_map(Op::SwapRemove),
        1 => (0usize..40).prop_map(Op::Truncate),
        1 => Just(Op::Clear),
        1 => (0usize..100).prop_map(Op::Reserve),
        1 => (0usize..100).prop_map(Op::TryReserve),
        2 => prop::collection::vec(v.clone(), 0..16).prop_map(Op::Extend),
        1 => (prop::collection::vec(v.clone(), 0..16), 0usize..32)
            .prop_map(|(xs, claim)| Op::ExtendLying(xs, claim)),
        1 => Just(Op::IterSum),
        1 => Just(Op::IterCompare),
        1 => v.prop_map(Op::IterMutModify),
        1 => Just(Op::Collect),
        1 => Just(Op::Len),
    ]
}

fn ops() -> impl Strategy<Value = Vec<Op>> {
    // Miri interprets every step, proptest's own generation included: shorter runs there.
    prop::collection::vec(op(), 0..if cfg!(miri) { 24 } else { 64 })
}

fn config() -> Config {
    Config {
        cases: cases(256),
        // Miri's isolation forbids the regression files; a failure still prints its input.
        failure_persistence: if cfg!(miri) {
            None
        } else {
            Config::default().failure_persistence
        },
        ..Config::default()
    }
}

/// Checks everything observable about `s` against the model.
#[track_caller]
fn check<T: Elem, S: Seq<T>>(s: &S, model: &[T]) {
    assert_eq!(s.len(), model.len(), "len");
    assert_eq!(s.is_empty(), model.is_empty(), "is_empty");
    assert!(
        s.capacity() >= s.len(),
        "capacity {} < len {}",
        s.capacity(),
        s.len()
    );
    assert_eq!(s.iter().len(), model.len(), "iter().len()");
    assert!(s.iter().eq(model.iter()), "contents differ");
    assert_eq!(s.first(), model.first(), "first");
    assert_eq!(s.last(), model.last(), "last");
    let align = std::mem::align_of::<T>();
    for x in s.iter() {
        assert_eq!(x as *const T as usize % align, 0, "misaligned element");
    }
}

/// Runs `f` on both sides, expecting both to panic with the same message.
#[track_caller]
fn both_panic(model: impl FnOnce(), subject: impl FnOnce()) {
    let m = expect_panic(model);
    let s = expect_panic(subject);
    assert_eq!(s, m, "panic message differs from std's");
}

fn run<T: Elem, S: Seq<T>>(ops: &[Op]) {
    let ctx = T::ctx();
    let mk = |v: u64| T::make(&ctx, v);
    let mut model: Vec<T> = Vec::new();
    let mut s = S::new();
    for op in ops {
        match op {
            Op::Push(v) => {
                model.push(mk(*v));
                s.push(mk(*v));
            }
            Op::Pop => assert_eq!(s.pop(), model.pop()),
            Op::Peek => assert_eq!(s.peek(), model.last()),
            Op::Get(i) => {
                let i = i.resolve(model.len());
                assert_eq!(s.get(i), model.get(i));
            }
            Op::GetMutWrite(i, v) => {
                let i = i.resolve(model.len());
                match (s.get_mut(i), model.get_mut(i)) {
                    (Some(a), Some(b)) => {
                        assert_eq!(*a, *b);
                        *a = mk(*v);
                        *b = mk(*v);
                    }
                    (None, None) => {}
                    (a, b) => panic!("get_mut({i}): {a:?} vs std {b:?}"),
                }
            }
            Op::First => assert_eq!(s.first(), model.first()),
            Op::Last => assert_eq!(s.last(), model.last()),
            Op::Insert(i, v) => {
                let i = i.resolve(model.len() + 1);
                if i <= model.len() {
                    model.insert(i, mk(*v));
                    s.insert(i, mk(*v));
                } else {
                    both_panic(|| model.insert(i, mk(*v)), || s.insert(i, mk(*v)));
                }
            }
            Op::Remove(i) => {
                let i = i.resolve(model.len());
                if i < model.len() {
                    assert_eq!(s.remove(i), model.remove(i));
                } else {
                    both_panic(|| drop(model.remove(i)), || drop(s.remove(i)));
                }
            }
            Op::SwapRemove(i) => {
                let i = i.resolve(model.len());
                if i < model.len() {
                    assert_eq!(s.swap_remove(i), model.swap_remove(i));
                } else {
                    both_panic(|| drop(model.swap_remove(i)), || drop(s.swap_remove(i)));
                }
            }
            Op::Truncate(n) => {
                model.truncate(*n);
                s.truncate(*n);
            }
            Op::Clear => {
                model.clear();
                s.clear();
            }
            Op::Reserve(n) => {
                s.reserve(*n);
                assert!(s.capacity() >= s.len() + n);
            }
            Op::TryReserve(n) => {
                assert_eq!(s.try_reserve(*n), Ok(()));
                assert!(s.capacity() >= s.len() + n);
            }
            Op::Extend(xs) => {
                model.extend(xs.iter().map(|&v| mk(v)));
                s.extend(xs.iter().map(|&v| mk(v)));
            }
            Op::ExtendLying(xs, claim) => {
                model.extend(xs.iter().map(|&v| mk(v)));
                s.extend(LyingIter {
                    inner: xs.iter().map(|&v| mk(v)),
                    claimed: (*claim, Some(*claim)),
                });
            }
            Op::IterSum => {
                let sum = |it: &mut dyn Iterator<Item = &T>| {
                    it.map(|x| x.key()).fold(0u64, u64::wrapping_add)
                };
                assert_eq!(sum(&mut s.iter()), sum(&mut model.iter()));
                assert_eq!(sum(&mut s.iter().rev()), sum(&mut model.iter()));
            }
            Op::IterCompare => {
                assert!(s.iter().rev().eq(model.iter().rev()));
                // Alternate between the two ends.
                let mut a = s.iter();
                let mut b = model.iter();
                let mut front = true;
                loop {
                    assert_eq!(a.len(), b.len());
                    let (x, y) = if front {
                        (a.next(), b.next())
                    } else {
                        (a.next_back(), b.next_back())
                    };
                    assert_eq!(x, y);
                    if x.is_none() {
                        break;
                    }
                    front = !front;
                }
            }
            Op::IterMutModify(v) => {
                let f = |i: usize, x: &mut T| {
                    *x = mk(x.key().wrapping_mul(3).wrapping_add(*v + i as u64) % 1000)
                };
                s.iter_mut().enumerate().for_each(|(i, x)| f(i, x));
                model.iter_mut().enumerate().for_each(|(i, x)| f(i, x));
                // And from the back.
                let n = model.len();
                s.iter_mut()
                    .rev()
                    .enumerate()
                    .for_each(|(i, x)| f(n + i, x));
                model
                    .iter_mut()
                    .rev()
                    .enumerate()
                    .for_each(|(i, x)| f(n + i, x));
            }
            Op::Collect => {
                s = model.iter().cloned().collect();
            }
            Op::Len => {
                assert_eq!(s.len(), model.len());
                assert_eq!(s.is_empty(), model.is_empty());
            }
        }
        check(&s, &model);
    }
    drop(s);
    drop(model);
    T::finish(ctx);
}

/// Instantiates the model test for one variant (given as a type alias `V<T>`) and every
/// element type.
macro_rules! model_tests {
    ($name:ident, $T:ident => $ty:ty) => {
        mod $name {
            use super::*;

            type V<$T> = $ty;

            proptest! {
                #![proptest_config(config())]

                #[test]
                fn u8_elems(ops in ops()) {
                    run::<u8, V<u8>>(&ops);
                }

                #[test]
                fn u64_elems(ops in ops()) {
                    run::<u64, V<u64>>(&ops);
                }

                #[test]
                fn string_elems(ops in ops()) {
                    run::<String, V<String>>(&ops);
                }

                #[test]
                fn zst_elems(ops in ops()) {
                    run::<Zst, V<Zst>>(&ops);
                }

                #[test]
                fn align64_elems(ops in ops()) {
                    run::<Align64, V<Align64>>(&ops);
                }

                #[test]
                fn tracked_elems(ops in ops()) {
                    run::<Tracked, V<Tracked>>(&ops);
                }
            }
        }
    };
}

model_tests!(small, T => sizespeed::small::Vec<T>);
model_tests!(medium, T => sizespeed::medium::Vec<T>);
model_tests!(fast, T => sizespeed::fast::Vec<T>);
model_tests!(inline, T => sizespeed::inline::Vec<T>);
model_tests!(inline_n2, T => sizespeed::inline::InlineVec<T, 2>);
model_tests!(thin, T => sizespeed::thin::Vec<T>);
model_tests!(boxed, T => sizespeed::boxed::Vec<T>);
