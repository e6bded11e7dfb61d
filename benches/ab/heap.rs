//! The PriorityQueue family: one generic body per operation over [`PriorityQueue`], for
//! `fast` (std's `BinaryHeap`) and `small`.

use sizespeed::PriorityQueue;

use crate::harness::{
    batch_for, key_sum, measure, order_digest, random, variant, Case, Key, Op, Row, Settings,
};

/// The operations.
#[derive(Clone, Copy)]
enum Kind {
    /// `n` `push`es of random elements into a new queue.
    Push,
    /// `n` `pop`s from a queue of `n` random elements.
    Pop,
    /// `n` `push`es into a new queue, then `n` `pop`s.
    PushPop,
}

const KINDS: [(&str, Kind); 3] = [
    ("push", Kind::Push),
    ("pop", Kind::Pop),
    ("push_pop", Kind::PushPop),
];

struct HeapOp<'a, T> {
    kind: Kind,
    items: &'a [T],
}

/// A queue, the loose elements, and the order in which the last run popped them.
pub struct State<T, Q> {
    q: Q,
    pool: Vec<T>,
}

impl<T: Key, Q: PriorityQueue<T>> Op<Q> for HeapOp<'_, T> {
    type State = State<T, Q>;
    type Out = ();

    fn prepare(&self) -> State<T, Q> {
        match self.kind {
            Kind::Push | Kind::PushPop => State {
                q: Q::with_capacity(self.items.len()),
                pool: self.items.to_vec(),
            },
            Kind::Pop => State {
                q: self.items.iter().cloned().collect(),
                pool: Vec::with_capacity(self.items.len()),
            },
        }
    }

    fn run(&self, st: &mut State<T, Q>) {
        match self.kind {
            Kind::Push => {
                for x in st.pool.drain(..) {
                    st.q.push(x);
                }
            }
            Kind::Pop => {
                while let Some(x) = st.q.pop() {
                    st.pool.push(x);
                }
            }
            Kind::PushPop => {
                for x in st.pool.drain(..) {
                    st.q.push(x);
                }
                while let Some(x) = st.q.pop() {
                    st.pool.push(x);
                }
            }
        }
    }

    fn recycle(&self, st: &mut State<T, Q>, (): ()) {
        match self.kind {
            Kind::Push => {
                let q = std::mem::replace(&mut st.q, Q::with_capacity(self.items.len()));
                st.pool.extend(q.into_vec());
            }
            Kind::Pop => st.q.extend(st.pool.drain(..)),
            Kind::PushPop => {}
        }
    }

    fn digest(&self, st: &State<T, Q>, (): &()) -> u64 {
        let top = st.q.peek().map_or(0, Key::key);
        // The pop order is the same for every variant: descending.
        top ^ (st.q.len() as u64) << 48 ^ order_digest(&st.pool) ^ key_sum(st.q.iter())
    }
}

fn elem<T: Key>(s: &Settings, out: &mut Vec<Row>, n: usize) {
    if !KINDS.iter().any(|(op, _)| s.wants("heap", op, T::NAME, n)) {
        return;
    }
    let items: Vec<T> = random(n, 0x4ea9);
    for (name, kind) in KINDS {
        if !s.wants("heap", name, T::NAME, n) {
            continue;
        }
        let op = HeapOp {
            kind,
            items: &items,
        };
        let batch = batch_for(n);
        let ops = match kind {
            Kind::Push | Kind::Pop => n,
            Kind::PushPop => 2 * n,
        };
        let case = Case {
            family: "heap",
            op: name,
            elem: T::NAME,
            n,
            ops,
            batch,
        };
        let variants = vec![
            variant::<sizespeed::fast::PriorityQueue<T>, _>("fast", &op, batch),
            variant::<sizespeed::small::PriorityQueue<T>, _>("small", &op, batch),
        ];
        out.extend(measure(&case, variants, s));
    }
}

/// Every PriorityQueue case of this mode.
pub fn run(s: &Settings, out: &mut Vec<Row>) {
    for &n in s.sizes() {
        elem::<u64>(s, out, n);
        elem::<String>(s, out, n);
    }
}
