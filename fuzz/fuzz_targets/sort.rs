//! Differential fuzzing of the `Sorter` family: `small::Sort` and `fast::Sort` against std's
//! slice methods, on three copies of one slice. Stable results must be identical, unstable
//! ones identical up to the order of equal elements; comparators may panic, be inconsistent
//! or mutate the elements they see, and every comparator call must be seen on an element
//! that is still in the slice afterwards (none on a discarded temporary copy).
#![no_main]

use arbitrary::Arbitrary;
use fuzzkit::{sorted_by_key, Arm, Cmp, Elem, ElemKind, Kind};
use sizespeed::{fast, small, Sorter};

#[derive(Debug, Arbitrary)]
enum Op {
    Fill(Vec<u8>),
    Sort,
    SortBy(Cmp),
    SortByKey(u8),
    SortUnstable,
    SortUnstableBy(Cmp),
    SortUnstableByKey(u8),
    SortByCachedKey(u8),
    BinarySearch(u8),
    BinarySearchBy(u8),
    BinarySearchByKey(u8),
    IsSorted,
    IsSortedBy(u8),
    IsSortedByKey(u8),
    SelectNth(u8),
    SelectNthBy(u8, Cmp),
    SelectNthByKey(u8, u8),
    PartitionPoint(u8),
    Dedup,
    DedupBy(u8),
    DedupByKey(u8),
}

#[derive(Debug, Arbitrary)]
struct Input {
    elem: ElemKind,
    ops: Vec<(Option<Arm>, Op)>,
}

/// Results, and how the contents compare: exactly, by key only (unstable), or not at all
/// (a logic error made the order unspecified).
struct Out {
    vals: Vec<u64>,
    how: How,
    /// For dedup: the length the slice keeps.
    keep: Option<usize>,
}

#[derive(PartialEq)]
enum How {
    Exact,
    Keys,
    Multiset,
}

fn res(r: Result<usize, usize>, v: &[u64]) -> u64 {
    // Which of several equal elements a search finds is unspecified: report its key.
    match r {
        Ok(i) => v[i] >> 32,
        Err(i) => 1_000_000 + i as u64,
    }
}

fn keys<T: Elem>(v: &[T]) -> Vec<u64> {
    v.iter().map(|e| e.sig()).collect()
}

/// One operation through a `Sorter` (`$S` a type) or std's slice methods (`$S` = `Std`).
macro_rules! apply {
    ($v:ident, $op:expr, $call:ident) => {{
        let v: &mut Vec<T> = $v;
        let mut vals = Vec::new();
        let mut how = How::Exact;
        let mut keep = None;
        let len = v.len();
        let sigs = keys(v);
        match $op {
            Op::Fill(ks) => {
                *v = ks
                    .iter()
                    .take(40)
                    .map(|k| T::make(u16::from(*k % 64)))
                    .collect()
            }
            Op::Sort => $call!(sort, v),
            Op::SortBy(c) => {
                $call!(sort_by, v, c.closure::<T>());
                if !c.consistent() {
                    how = How::Multiset;
                }
            }
            Op::SortByKey(d) => {
                let d = u16::from(*d % 4 + 1);
                $call!(sort_by_key, v, |e: &T| {
                    fuzzkit::tick(Kind::Pred);
                    e.key() / d
                })
            }
            Op::SortUnstable => {
                $call!(sort_unstable, v);
                how = How::Keys;
            }
            Op::SortUnstableBy(c) => {
                $call!(sort_unstable_by, v, c.closure::<T>());
                how = if c.consistent() && !matches!(c, Cmp::Mod4) {
                    How::Keys
                } else {
                    How::Multiset
                };
            }
            Op::SortUnstableByKey(d) => {
                let d = u16::from(*d % 4 + 1);
                $call!(sort_unstable_by_key, v, |e: &T| {
                    fuzzkit::tick(Kind::Pred);
                    e.key() / d
                });
                vals.extend(v.iter().map(|e| u64::from(e.key() / d)));
                how = How::Multiset;
            }
            Op::SortByCachedKey(d) => {
                let d = u16::from(*d % 4 + 1);
                $call!(sort_by_cached_key, v, |e: &T| {
                    fuzzkit::tick(Kind::Pred);
                    e.key() / d
                })
            }
            Op::BinarySearch(k) => {
                if sorted_by_key(v) {
                    let p = T::make(u16::from(*k % 64));
                    let r = $call!(binary_search, v, &p);
                    vals.push(res(r, &sigs));
                }
            }
            Op::BinarySearchBy(k) => {
                if sorted_by_key(v) {
                    let k = u16::from(*k % 64);
                    let r = $call!(binary_search_by, v, |e: &T| {
                        fuzzkit::tick(Kind::Pred);
                        e.key().cmp(&k)
                    });
                    vals.push(res(r, &sigs));
                }
            }
            Op::BinarySearchByKey(k) => {
                if sorted_by_key(v) {
                    let k = u16::from(*k % 64);
                    let r = $call!(binary_search_by_key, v, &k, |e: &T| {
                        fuzzkit::tick(Kind::Pred);
                        e.key()
                    });
                    vals.push(res(r, &sigs));
                }
            }
            Op::IsSorted => vals.push($call!(is_sorted, v) as u64),
            Op::IsSortedBy(d) => {
                let d = u16::from(*d % 4 + 1);
                vals.push($call!(is_sorted_by, v, |a: &T, b: &T| {
                    fuzzkit::tick(Kind::Pred);
                    a.key() / d <= b.key() / d
                }) as u64)
            }
            Op::IsSortedByKey(d) => {
                let d = u16::from(*d % 4 + 1);
                vals.push($call!(is_sorted_by_key, v, |e: &T| {
                    fuzzkit::tick(Kind::Pred);
                    e.key() / d
                }) as u64)
            }
            Op::SelectNth(i) => {
                if len > 0 {
                    let (_, m, _) = $call!(select_nth_unstable, v, *i as usize % len);
                    vals.push(u64::from(m.key()));
                    how = How::Multiset;
                }
            }
            Op::SelectNthBy(i, c) => {
                if len > 0 {
                    let (_, m, _) = $call!(
                        select_nth_unstable_by,
                        v,
                        *i as usize % len,
                        c.closure::<T>()
                    );
                    if c.consistent() && !matches!(c, Cmp::Mod4) {
                        vals.push(u64::from(m.key()));
                    }
                    how = How::Multiset;
                }
            }
            Op::SelectNthByKey(i, d) => {
                if len > 0 {
                    let d = u16::from(*d % 4 + 1);
                    let (_, m, _) =
                        $call!(select_nth_unstable_by_key, v, *i as usize % len, |e: &T| {
                            fuzzkit::tick(Kind::Pred);
                            e.key() / d
                        });
                    vals.push(u64::from(m.key() / d));
                    how = How::Multiset;
                }
            }
            Op::PartitionPoint(k) => {
                if sorted_by_key(v) {
                    let k = u16::from(*k % 64);
                    vals.push($call!(partition_point, v, |e: &T| {
                        fuzzkit::tick(Kind::Pred);
                        e.key() < k
                    }) as u64);
                }
            }
            Op::Dedup => keep = Some($call!(dedup, v)),
            Op::DedupBy(d) => {
                let d = u16::from(*d % 4 + 1);
                keep = Some($call!(dedup_by, v, |a: &mut T, b: &mut T| {
                    fuzzkit::tick(Kind::Pred);
                    assert!(!std::ptr::eq(a, b) || std::mem::size_of::<T>() == 0);
                    a.key() / d == b.key() / d
                }))
            }
            Op::DedupByKey(d) => {
                let d = u16::from(*d % 4 + 1);
                keep = Some($call!(dedup_by_key, v, |e: &mut T| {
                    fuzzkit::tick(Kind::Pred);
                    e.key() / d
                }))
            }
        }
        Out { vals, how, keep }
    }};
}

macro_rules! via_small {
    ($name:ident, $v:ident $(, $arg:expr)*) => { <small::Sort as Sorter>::$name($v $(, $arg)*) };
}
macro_rules! via_fast {
    ($name:ident, $v:ident $(, $arg:expr)*) => { <fast::Sort as Sorter>::$name($v $(, $arg)*) };
}
/// std: slice methods; dedup on a `Vec` (which truncates) reports the kept length.
macro_rules! via_std {
    (dedup, $v:ident) => {{ $v.dedup(); $v.len() }};
    (dedup_by, $v:ident, $f:expr) => {{ $v.dedup_by($f); $v.len() }};
    (dedup_by_key, $v:ident, $f:expr) => {{ $v.dedup_by_key($f); $v.len() }};
    ($name:ident, $v:ident $(, $arg:expr)*) => { $v.$name($($arg),*) };
}

fn ap_small<T: Elem>(v: &mut Vec<T>, op: &Op) -> Out {
    apply!(v, op, via_small)
}
fn ap_fast<T: Elem>(v: &mut Vec<T>, op: &Op) -> Out {
    apply!(v, op, via_fast)
}
fn ap_std<T: Elem>(v: &mut Vec<T>, op: &Op) -> Out {
    apply!(v, op, via_std)
}

fn run<T: Elem>(ops: &[(Option<Arm>, Op)]) {
    let mut vs: [Vec<T>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    let mut leaks = fuzzkit::Leaks::default();
    let mut id = 1u32;
    for (arm, op) in ops {
        let base = fuzzkit::next_base(&mut id);
        let mut outs = Vec::new();
        for (tag, v) in vs.iter_mut().enumerate() {
            fuzzkit::start_phase(tag as u8, base, arm);
            let r = fuzzkit::catch(|| match tag {
                0 => ap_small(v, op),
                1 => ap_fast(v, op),
                _ => ap_std(v, op),
            });
            fuzzkit::disarm();
            // Every comparator call was seen on two elements still in the slice.
            if r.is_ok() || tag == 0 {
                fuzzkit::seen_balance(["small", "fast", "std"][tag], v.iter());
            } else {
                fuzzkit::take_seen_calls();
                v.iter().for_each(|e| e.unsee());
            }
            outs.push(r);
        }
        fuzzkit::begin(3, base);
        for v in &vs {
            v.iter().for_each(|e| e.check());
        }
        // small and fast dedup leave the duplicates after the kept prefix; std's Vec drops them.
        if let Ok(Out { keep: Some(n), .. }) = &outs[0] {
            vs[0].truncate(*n);
        }
        if let Ok(Out { keep: Some(n), .. }) = &outs[1] {
            vs[1].truncate(*n);
        }
        leaks.after::<T>([vs[0].len(), vs[1].len(), vs[2].len()], false, op);
        if !T::TRACKED && outs.iter().any(|o| o.is_err()) {
            leaks.any_ok = true;
        }
        let resync = match (&outs[0], &outs[1], &outs[2]) {
            (Ok(x), Ok(y), Ok(z)) => {
                assert_eq!(x.vals, z.vals, "small vs std result of {op:?}");
                assert_eq!(y.vals, z.vals, "fast vs std result of {op:?}");
                assert_eq!(x.keep, z.keep, "small vs std kept length of {op:?}");
                match z.how {
                    How::Exact => {
                        assert_eq!(keys(&vs[0]), keys(&vs[2]), "small vs std after {op:?}");
                        assert_eq!(keys(&vs[1]), keys(&vs[2]), "fast vs std after {op:?}");
                        false
                    }
                    How::Keys => {
                        let k = |v: &Vec<T>| v.iter().map(|e| e.key()).collect::<Vec<_>>();
                        assert_eq!(k(&vs[0]), k(&vs[2]), "small vs std keys after {op:?}");
                        assert_eq!(k(&vs[1]), k(&vs[2]), "fast vs std keys after {op:?}");
                        true
                    }
                    How::Multiset => {
                        let ids = |v: &Vec<T>| {
                            let mut i: Vec<u32> = v.iter().map(|e| e.id()).collect();
                            i.sort_unstable();
                            i
                        };
                        assert_eq!(
                            ids(&vs[0]),
                            ids(&vs[2]),
                            "small vs std elements after {op:?}"
                        );
                        true
                    }
                }
            }
            _ => {
                // After a panic each slice still holds every element exactly once.
                let ids = |v: &Vec<T>| {
                    let mut i: Vec<u32> = v.iter().map(|e| e.id()).collect();
                    i.sort_unstable();
                    i
                };
                if !matches!(op, Op::Dedup | Op::DedupBy(_) | Op::DedupByKey(_)) {
                    assert_eq!(
                        ids(&vs[0]),
                        ids(&vs[2]),
                        "small vs std elements after a panic in {op:?}"
                    );
                }
                true
            }
        };
        if resync {
            fuzzkit::begin(1, 0);
            vs[1] = vs[0].iter().map(|e| e.dup()).collect();
            fuzzkit::begin(2, 0);
            vs[2] = vs[0].iter().map(|e| e.dup()).collect();
        }
    }
    drop(vs);
    leaks.finish();
}

fuzzkit::fuzz_elems!(run);
