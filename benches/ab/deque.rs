//! The Deque family: one generic body per operation over [`Deque`], for `fast` and `small`.

use sizespeed::Deque;

use crate::harness::{batch_for, key_sum, measure, random, variant, Case, Key, Op, Row, Settings};

/// The operations.
#[derive(Clone, Copy)]
enum Kind {
    /// `n` `push_back`s into a new deque, then `n` `pop_front`s.
    PushBackPopFront,
    /// A full deque whose storage wraps around, used as a ring: `n` moves of one element
    /// from one end to the other, three of four `pop_front` + `push_back`, the fourth
    /// `pop_back` + `push_front`.
    Ring,
    /// Sum over `iter()` of a deque whose storage wraps around.
    Iter,
}

const KINDS: [(&str, Kind); 3] = [
    ("push_back_pop_front", Kind::PushBackPopFront),
    ("ring", Kind::Ring),
    ("iter_sum", Kind::Iter),
];

struct DequeOp<'a, T> {
    kind: Kind,
    items: &'a [T],
}

/// A deque and a pool of loose elements.
pub struct State<T, D> {
    d: D,
    pool: Vec<T>,
}

impl<T: Key, D: Deque<T>> Op<D> for DequeOp<'_, T> {
    type State = State<T, D>;
    type Out = (Option<D>, u64);

    fn prepare(&self) -> State<T, D> {
        match self.kind {
            Kind::PushBackPopFront => State {
                d: D::new(),
                pool: self.items.to_vec(),
            },
            Kind::Ring | Kind::Iter => {
                let mut d = D::new();
                d.extend(self.items.iter().cloned());
                // Turn half of it around, so that the storage wraps.
                for _ in 0..self.items.len() / 2 {
                    if let Some(x) = d.pop_front() {
                        d.push_back(x);
                    }
                }
                State {
                    d,
                    pool: Vec::new(),
                }
            }
        }
    }

    fn run(&self, st: &mut State<T, D>) -> (Option<D>, u64) {
        match self.kind {
            Kind::PushBackPopFront => {
                let mut d = D::new();
                for x in st.pool.drain(..) {
                    d.push_back(x);
                }
                while let Some(x) = d.pop_front() {
                    st.pool.push(x);
                }
                (Some(d), 0)
            }
            Kind::Ring => {
                let d = &mut st.d;
                for i in 0..self.items.len() {
                    if i % 4 == 3 {
                        if let Some(x) = d.pop_back() {
                            d.push_front(x);
                        }
                    } else if let Some(x) = d.pop_front() {
                        d.push_back(x);
                    }
                }
                (None, 0)
            }
            Kind::Iter => (None, key_sum(st.d.iter())),
        }
    }

    fn recycle(&self, _st: &mut State<T, D>, out: (Option<D>, u64)) {
        drop(out);
    }

    fn digest(&self, st: &State<T, D>, (_, sum): &(Option<D>, u64)) -> u64 {
        let ends =
            st.d.front().map_or(0, Key::key) ^ st.d.back().map_or(0, Key::key).rotate_left(7);
        ends ^ sum.rotate_left(17) ^ (st.d.len() as u64) << 48 ^ key_sum(&st.pool)
    }
}

fn elem<T: Key>(s: &Settings, out: &mut Vec<Row>, n: usize) {
    if !KINDS.iter().any(|(op, _)| s.wants("deque", op, T::NAME, n)) {
        return;
    }
    let items: Vec<T> = random(n, 0xde9e);
    for (name, kind) in KINDS {
        if !s.wants("deque", name, T::NAME, n) {
            continue;
        }
        let op = DequeOp {
            kind,
            items: &items,
        };
        let batch = batch_for(n);
        let ops = match kind {
            Kind::PushBackPopFront | Kind::Ring => 2 * n,
            Kind::Iter => n,
        };
        let case = Case {
            family: "deque",
            op: name,
            elem: T::NAME,
            n,
            ops,
            batch,
        };
        let variants = vec![
            variant::<sizespeed::fast::Deque<T>, _>("fast", &op, batch),
            variant::<sizespeed::small::Deque<T>, _>("small", &op, batch),
        ];
        out.extend(measure(&case, variants, s));
    }
}

/// Every Deque case of this mode.
pub fn run(s: &Settings, out: &mut Vec<Row>) {
    for &n in s.sizes() {
        elem::<u64>(s, out, n);
        elem::<String>(s, out, n);
    }
}
