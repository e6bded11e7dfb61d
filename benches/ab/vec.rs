//! The Vec family: every operation one generic body over [`Seq`], run for all six variants.

use sizespeed::Seq;

use crate::harness::{
    batch_for, key_sum, measure, order_digest, random, variant, Case, Key, Op, Row, Settings,
};

/// The Vec variants' inherent sorts, which are not part of [`Seq`]: each variant's own
/// `sort` / `sort_unstable` methods, as a program calls them.
pub trait VecSort<T> {
    /// `self.sort()`.
    fn vec_sort(&mut self);
    /// `self.sort_unstable()`.
    fn vec_sort_unstable(&mut self);
}

macro_rules! vec_sort {
    ($($variant:ident),*) => {$(
        impl<T: Ord + 'static> VecSort<T> for sizespeed::$variant::Vec<T> {
            fn vec_sort(&mut self) {
                self.sort()
            }
            fn vec_sort_unstable(&mut self) {
                self.sort_unstable()
            }
        }
    )*};
}
vec_sort!(fast, medium, small, inline, thin, boxed);

/// What every Vec variant offers the bench bodies.
pub trait BenchVec<T>: Seq<T> + Clone + VecSort<T> {}
impl<T, S: Seq<T> + Clone + VecSort<T>> BenchVec<T> for S {}

/// The inserts (and removes) at the front per call: `n`, at most 16.
fn front_ops(n: usize) -> usize {
    n.min(16)
}

/// The operations.
#[derive(Clone, Copy)]
enum Kind {
    /// `n` pushes into a new vector.
    Push,
    /// One `extend` of a new vector from a draining iterator of `n` elements.
    Extend,
    /// Sum of `get(i)` for every index, front to back.
    IndexSum,
    /// Sum over `iter()`.
    IterSum,
    /// `k` inserts at index 0, then `k` removes at index 0.
    InsertRemoveFront,
    /// `clone()` of a full vector (dropping the clone is not timed).
    Clone,
    /// The variant's `sort()`.
    Sort,
    /// The variant's `sort_unstable()`.
    SortUnstable,
}

const KINDS: [(&str, Kind); 8] = [
    ("push", Kind::Push),
    ("extend", Kind::Extend),
    ("index_sum", Kind::IndexSum),
    ("iter_sum", Kind::IterSum),
    ("insert_remove_front", Kind::InsertRemoveFront),
    ("clone", Kind::Clone),
    ("sort", Kind::Sort),
    ("sort_unstable", Kind::SortUnstable),
];

/// One Vec operation on the input `items`.
struct VecOp<'a, T> {
    kind: Kind,
    items: &'a [T],
}

/// A vector and a pool of loose elements; which one is full depends on the operation.
pub struct State<T, S> {
    v: S,
    pool: Vec<T>,
}

impl<T: Key, S: BenchVec<T>> Op<S> for VecOp<'_, T> {
    type State = State<T, S>;
    type Out = (Option<S>, u64);

    fn prepare(&self) -> State<T, S> {
        let all = || self.items.iter().cloned();
        match self.kind {
            Kind::Push | Kind::Extend => State {
                v: S::new(),
                pool: all().collect(),
            },
            Kind::InsertRemoveFront => State {
                v: all().collect(),
                pool: all().take(front_ops(self.items.len())).collect(),
            },
            _ => State {
                v: all().collect(),
                pool: Vec::new(),
            },
        }
    }

    fn run(&self, st: &mut State<T, S>) -> (Option<S>, u64) {
        match self.kind {
            Kind::Push => {
                let mut v = S::new();
                for x in st.pool.drain(..) {
                    v.push(x);
                }
                (Some(v), 0)
            }
            Kind::Extend => {
                let mut v = S::new();
                v.extend(st.pool.drain(..));
                (Some(v), 0)
            }
            Kind::IndexSum => {
                let mut acc = 0u64;
                for i in 0..st.v.len() {
                    if let Some(x) = st.v.get(i) {
                        acc = acc.wrapping_add(x.key());
                    }
                }
                (None, acc)
            }
            Kind::IterSum => (None, key_sum(st.v.iter())),
            Kind::InsertRemoveFront => {
                let k = st.pool.len();
                while let Some(x) = st.pool.pop() {
                    st.v.insert(0, x);
                }
                for _ in 0..k {
                    st.pool.push(st.v.remove(0));
                }
                (None, 0)
            }
            Kind::Clone => (Some(st.v.clone()), 0),
            Kind::Sort => {
                st.v.vec_sort();
                (None, 0)
            }
            Kind::SortUnstable => {
                st.v.vec_sort_unstable();
                (None, 0)
            }
        }
    }

    fn recycle(&self, st: &mut State<T, S>, (out, _): (Option<S>, u64)) {
        match self.kind {
            Kind::Push | Kind::Extend => {
                if let Some(mut v) = out {
                    while let Some(x) = v.pop() {
                        st.pool.push(x);
                    }
                }
            }
            Kind::Sort | Kind::SortUnstable => {
                for (d, x) in st.v.iter_mut().zip(self.items) {
                    d.clone_from(x);
                }
            }
            _ => drop(out),
        }
    }

    fn digest(&self, st: &State<T, S>, (out, sum): &(Option<S>, u64)) -> u64 {
        let v = out.as_ref().unwrap_or(&st.v);
        let d = match self.kind {
            Kind::Sort | Kind::SortUnstable | Kind::InsertRemoveFront | Kind::Clone => {
                order_digest(v.iter())
            }
            _ => key_sum(v.iter()),
        };
        d ^ sum.rotate_left(17) ^ (v.len() as u64) << 48 ^ key_sum(&st.pool)
    }
}

/// Element operations per call.
fn ops(kind: Kind, n: usize) -> usize {
    match kind {
        Kind::InsertRemoveFront => 2 * front_ops(n),
        _ => n,
    }
}

fn elem<T: Key>(s: &Settings, out: &mut Vec<Row>, n: usize) {
    if !KINDS.iter().any(|(op, _)| s.wants("vec", op, T::NAME, n)) {
        return;
    }
    let items: Vec<T> = random(n, 0x7ec0);
    for (name, kind) in KINDS {
        if !s.wants("vec", name, T::NAME, n) {
            continue;
        }
        let op = VecOp {
            kind,
            items: &items,
        };
        let batch = batch_for(n);
        let case = Case {
            family: "vec",
            op: name,
            elem: T::NAME,
            n,
            ops: ops(kind, n),
            batch,
        };
        let variants = vec![
            variant::<sizespeed::fast::Vec<T>, _>("fast", &op, batch),
            variant::<sizespeed::medium::Vec<T>, _>("medium", &op, batch),
            variant::<sizespeed::small::Vec<T>, _>("small", &op, batch),
            variant::<sizespeed::inline::Vec<T>, _>("inline", &op, batch),
            variant::<sizespeed::thin::Vec<T>, _>("thin", &op, batch),
            variant::<sizespeed::boxed::Vec<T>, _>("boxed", &op, batch),
        ];
        out.extend(measure(&case, variants, s));
    }
}

/// Every Vec case of this mode.
pub fn run(s: &Settings, out: &mut Vec<Row>) {
    for &n in s.sizes() {
        elem::<u64>(s, out, n);
        elem::<String>(s, out, n);
    }
}
