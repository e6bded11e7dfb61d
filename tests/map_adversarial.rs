//! Adversarial hashers and keys: every key colliding, a hasher that panics on its n-th
//! use, and keys whose `Eq` panics on its n-th use. After each caught panic the map must
//! be valid, keep every entry it held, and drop each element exactly once.

mod common;

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::panic::{catch_unwind, AssertUnwindSafe};

use common::{Counter, Tracked};
use sizespeed::Map;

/// A hasher whose every hash is the same: every key collides with every other.
#[derive(Default)]
struct ConstHasher;
impl Hasher for ConstHasher {
    fn finish(&self) -> u64 {
        0x5a5a_5a5a_1234_5678
    }
    fn write(&mut self, _: &[u8]) {}
}
type Collide = BuildHasherDefault<ConstHasher>;

thread_local! {
    /// Calls left before `tick` panics; `usize::MAX` means disarmed.
    static FUSE: Cell<usize> = const { Cell::new(usize::MAX) };
}

/// Counts down the fuse; panics (once, then disarms) when it reaches zero.
fn tick() {
    FUSE.with(|f| {
        let n = f.get();
        if n == usize::MAX {
            return;
        }
        if n == 0 {
            f.set(usize::MAX);
            panic!("fuse blown");
        }
        f.set(n - 1);
    })
}

/// The fuses to try: every one below `limit` natively, a sample of them under Miri.
fn fuses(limit: usize) -> Vec<usize> {
    if cfg!(miri) {
        (0..limit).step_by(11).collect()
    } else {
        (0..limit).collect()
    }
}

fn arm(n: usize) {
    FUSE.with(|f| f.set(n));
}

fn disarm() {
    FUSE.with(|f| f.set(usize::MAX));
}

/// A real hasher (FNV-1a) whose `write` ticks the fuse.
#[derive(Default)]
struct FuseHasher(u64);
impl Hasher for FuseHasher {
    fn finish(&self) -> u64 {
        // Spread the bits so the tag and the index both vary.
        self.0.wrapping_mul(0x9e37_79b9_7f4a_7c15)
    }
    fn write(&mut self, bytes: &[u8]) {
        tick();
        if self.0 == 0 {
            self.0 = 0xcbf2_9ce4_8422_2325;
        }
        for b in bytes {
            self.0 = (self.0 ^ *b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
}
type Fuse = BuildHasherDefault<FuseHasher>;

/// A tracked key whose equality ticks the fuse.
#[derive(Debug)]
struct EqFuse(Tracked);
impl PartialEq for EqFuse {
    fn eq(&self, o: &Self) -> bool {
        tick();
        self.0.value == o.0.value
    }
}
impl Eq for EqFuse {}
impl Hash for EqFuse {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.0.value.hash(h)
    }
}

/// Checks that `m` holds exactly the entries of `model` (`key -> value`), by iteration
/// and by lookup, with the fuse disarmed.
fn check_tracked<M: Map<Tracked, Tracked>>(m: &M, model: &HashMap<u64, u64>, c: &Counter) {
    assert_eq!(m.len(), model.len());
    assert_eq!(m.iter().count(), m.len());
    let mut seen = HashSet::new();
    for (k, v) in m.iter() {
        assert_eq!(
            model.get(&k.value),
            Some(&v.value),
            "unexpected entry {}",
            k.value
        );
        assert!(seen.insert(k.value), "key {} yielded twice", k.value);
    }
    for (k, v) in model {
        let probe = c.elem(*k);
        assert_eq!(m.get(&probe).map(|t| t.value), Some(*v), "lost key {k}");
    }
}

fn constant_hasher<M: Map<u64, u64>>() {
    let mut m = M::default();
    let mut model = HashMap::new();
    let mut x = 7u64;
    let ops = if cfg!(miri) { 300 } else { 5_000 };
    for _ in 0..ops {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let k = x % 300;
        match x % 5 {
            0 | 1 => assert_eq!(m.insert(k, x), model.insert(k, x)),
            2 => assert_eq!(m.remove(&k), model.remove(&k)),
            3 => assert_eq!(m.get(&k), model.get(&k)),
            _ => {
                let a = *m.get_or_insert_with(k, || x);
                let b = *model.entry(k).or_insert(x);
                assert_eq!(a, b);
            }
        }
        assert_eq!(m.len(), model.len());
    }
    let mut got: Vec<(u64, u64)> = m.iter().map(|(k, v)| (*k, *v)).collect();
    let mut want: Vec<(u64, u64)> = model.into_iter().collect();
    got.sort();
    want.sort();
    assert_eq!(got, want);
    m.retain(|k, _| k % 2 == 0);
    assert!(m.iter().all(|(k, _)| k % 2 == 0));
    m.reserve(1000);
    assert!(m.iter().all(|(k, _)| m.get(k).is_some()));
}

/// Inserts `0..n` with the hasher panicking at its `fuse`-th use, for many fuses.
fn hasher_panics<M: Map<Tracked, Tracked>>() {
    let n = if cfg!(miri) { 20 } else { 100 };
    for fuse in fuses(400) {
        let c = Counter::new();
        let mut m = M::default();
        let mut model = HashMap::new();
        arm(fuse);
        let r = catch_unwind(AssertUnwindSafe(|| {
            for i in 0..n {
                m.insert(c.elem(i), c.elem(i + 1));
                model.insert(i, i + 1);
                if i % 10 == 9 {
                    // Overwrites and removals under the armed fuse too.
                    m.insert(c.elem(i - 5), c.elem(i));
                    model.insert(i - 5, i);
                    let probe = c.elem(i - 3);
                    m.remove(&probe);
                    model.remove(&(i - 3));
                }
            }
            m.reserve(500);
        }));
        disarm();
        let panicked = r.is_err();
        check_tracked(&m, &model, &c);
        // Each element is alive exactly once: in the map (key and value) or nowhere.
        assert_eq!(c.live(), 2 * m.len(), "fuse {fuse}");
        // The map keeps working after the panic.
        m.insert(c.elem(1000), c.elem(1001));
        model.insert(1000, 1001);
        check_tracked(&m, &model, &c);
        drop(m);
        assert_eq!(c.live(), 0, "fuse {fuse}");
        if !panicked {
            // Every use of the hasher (or `Eq`) has been a panic point once.
            return;
        }
    }
    panic!("the fuse range is too short to reach a run without a panic");
}

/// Operations on `EqFuse` keys (all colliding) with `Eq` panicking at its `fuse`-th use.
fn eq_panics<M: Map<EqFuse, Tracked>>() {
    for fuse in fuses(600) {
        let c = Counter::new();
        let mut m = M::default();
        let mut model: HashMap<u64, u64> = HashMap::new();
        arm(fuse);
        let r = catch_unwind(AssertUnwindSafe(|| {
            for i in 0..40u64 {
                let k = (i * 7) % 23;
                match i % 4 {
                    0 | 1 => {
                        m.insert(EqFuse(c.elem(k)), c.elem(i));
                        model.insert(k, i);
                    }
                    2 => {
                        m.remove(&EqFuse(c.elem(k)));
                        model.remove(&k);
                    }
                    _ => {
                        m.get_or_insert_with(EqFuse(c.elem(k)), || c.elem(i));
                        model.entry(k).or_insert(i);
                    }
                }
            }
        }));
        disarm();
        let panicked = r.is_err();
        assert_eq!(m.len(), model.len(), "fuse {fuse}");
        assert_eq!(m.iter().count(), m.len());
        for (k, v) in &model {
            assert_eq!(m.get(&EqFuse(c.elem(*k))).map(|t| t.value), Some(*v));
        }
        assert_eq!(c.live(), 2 * m.len(), "fuse {fuse}");
        drop(m);
        assert_eq!(c.live(), 0, "fuse {fuse}");
        if !panicked {
            // Every use of the hasher (or `Eq`) has been a panic point once.
            return;
        }
    }
    panic!("the fuse range is too short to reach a run without a panic");
}

/// Growth with every key colliding and the hasher panicking: the degenerate case of
/// both at once.
fn colliding_growth<M: Map<Tracked, Tracked>>() {
    let c = Counter::new();
    let mut m = M::default();
    let n = if cfg!(miri) { 40 } else { 400 };
    for i in 0..n {
        m.insert(c.elem(i), c.elem(i));
    }
    for i in (0..n).step_by(3) {
        assert_eq!(m.remove(&c.elem(i)).map(|t| t.value), Some(i));
    }
    let model: HashMap<u64, u64> = (0..n).filter(|i| i % 3 != 0).map(|i| (i, i)).collect();
    check_tracked(&m, &model, &c);
    drop(m);
    assert_eq!(c.live(), 0);
}

macro_rules! suite {
    ($variant:ident) => {
        mod $variant {
            use super::*;
            type M<K, V, S> = sizespeed::$variant::Map<K, V, S>;

            #[test]
            fn constant_hasher() {
                super::constant_hasher::<M<u64, u64, Collide>>();
            }
            #[test]
            fn hasher_panics() {
                super::hasher_panics::<M<Tracked, Tracked, Fuse>>();
            }
            #[test]
            fn eq_panics() {
                super::eq_panics::<M<EqFuse, Tracked, Collide>>();
                super::eq_panics::<M<EqFuse, Tracked, Fuse>>();
            }
            #[test]
            fn colliding_growth() {
                super::colliding_growth::<M<Tracked, Tracked, Collide>>();
            }
            /// The entry API with `Eq` (all keys colliding) or the hasher panicking at
            /// its n-th use: the map is unchanged by the operation that panicked.
            #[test]
            fn entry_panics() {
                fn run<K: Hash + Eq, S: std::hash::BuildHasher + Default>(
                    key: &dyn Fn(&Counter, u64) -> K,
                    num: &dyn Fn(&K) -> u64,
                ) {
                    use sizespeed::$variant::map::Entry;
                    for fuse in fuses(800) {
                        let c = Counter::new();
                        let mut m: M<K, Tracked, S> = M::default();
                        let mut model: HashMap<u64, u64> = HashMap::new();
                        arm(fuse);
                        let r = catch_unwind(AssertUnwindSafe(|| {
                            for i in 0..40u64 {
                                let k = (i * 7) % 23;
                                match i % 4 {
                                    0 => {
                                        let v = m.entry(key(&c, k)).or_insert(c.elem(i)).value;
                                        assert_eq!(v, *model.entry(k).or_insert(i));
                                    }
                                    1 => {
                                        m.entry(key(&c, k))
                                            .and_modify(|v| v.value += 1)
                                            .or_insert_with(|| c.elem(i));
                                        model.entry(k).and_modify(|v| *v += 1).or_insert(i);
                                    }
                                    2 => match m.entry(key(&c, k)) {
                                        Entry::Occupied(o) => {
                                            let (kk, v) = o.remove_entry();
                                            assert_eq!(num(&kk), k);
                                            assert_eq!(Some(v.value), model.remove(&k));
                                        }
                                        Entry::Vacant(v) => {
                                            v.insert_entry(c.elem(i));
                                            model.insert(k, i);
                                        }
                                    },
                                    _ => {
                                        let e = m.entry(key(&c, k));
                                        assert_eq!(num(e.key()), k);
                                    }
                                }
                            }
                        }));
                        disarm();
                        let panicked = r.is_err();
                        assert_eq!(m.len(), model.len(), "fuse {fuse}");
                        assert_eq!(m.iter().count(), m.len());
                        for (k, v) in &model {
                            assert_eq!(m.get(&key(&c, *k)).map(|t| t.value), Some(*v));
                        }
                        assert_eq!(c.live(), 2 * m.len(), "fuse {fuse}");
                        drop(m);
                        assert_eq!(c.live(), 0, "fuse {fuse}");
                        if !panicked {
                            return;
                        }
                    }
                    panic!("the fuse range is too short to reach a run without a panic");
                }
                run::<EqFuse, Collide>(&|c, k| EqFuse(c.elem(k)), &|k| k.0.value);
                run::<Tracked, Fuse>(&|c, k| c.elem(k), &|k| k.value);
            }
        }
    };
}

suite!(fast);
suite!(small);

/// A partly consumed owning iterator drops the rest of each entry in place: with a key
/// smaller than the value, a tuple `(K, V)` and the stored entry lay their fields out
/// differently, so this catches dropping the remainder as the wrong type.
#[test]
fn small_into_iter_drops_rest_with_small_key() {
    let mut m = sizespeed::small::Map::new();
    for i in 0..40u8 {
        m.insert(i, format!("value {i}"));
    }
    let mut it = m.into_iter();
    let (k, v) = it.next().unwrap();
    assert_eq!(v, format!("value {k}"));
    drop(it);
    let mut m = sizespeed::small::Map::new();
    for i in 0..40u16 {
        m.insert(i, vec![i; 3]);
    }
    let taken: Vec<(u16, Vec<u16>)> = m.into_iter().take(5).collect();
    assert!(taken.iter().all(|(k, v)| *v == vec![*k; 3]));
}
