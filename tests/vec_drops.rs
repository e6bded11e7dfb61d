//! Drop accounting for every Vec variant: each element is dropped exactly once, at the
//! moment std drops it, whichever operation removes it.
//!
//! `Tracked` elements count their drops through a `Counter` and assert that none is
//! dropped twice; `DropZst` does the same for a zero-sized type with drop glue.

mod common;

use std::cell::Cell;

use common::{Counter, Tracked};

thread_local! {
    /// Drops of `DropZst` on this test's thread.
    static ZST_DROPS: Cell<usize> = const { Cell::new(0) };
}

/// A zero-sized element with drop glue.
#[derive(Clone)]
struct DropZst;

impl Drop for DropZst {
    fn drop(&mut self) {
        ZST_DROPS.with(|d| d.set(d.get() + 1));
    }
}

fn zst_drops() -> usize {
    ZST_DROPS.with(Cell::get)
}

/// An element that counts its drops in a slot of a caller-owned table and owns no heap
/// memory, so a test may leak it on purpose (Miri reports leaked heap memory).
struct Counted<'a> {
    id: usize,
    drops: &'a [Cell<u8>],
}

impl Drop for Counted<'_> {
    fn drop(&mut self) {
        let d = &self.drops[self.id];
        assert_eq!(d.get(), 0, "element {} dropped twice", self.id);
        d.set(1);
    }
}

/// The element counts each test runs with: empty, inline for the inline variant, and
/// spilled / reallocated several times.
const SIZES: [u64; 5] = [0, 1, 5, 10, 33];

/// Instantiates the drop tests for one variant, given as a type alias `V<T>`.
macro_rules! drop_tests {
    ($name:ident, $T:ident => $ty:ty) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            type V<$T> = $ty;

            fn filled(c: &Counter, n: u64) -> V<Tracked> {
                let mut v = V::<Tracked>::new();
                for i in 0..n {
                    v.push(c.elem(i));
                }
                assert_eq!(c.made(), n as usize);
                v
            }

            fn values(v: &V<Tracked>) -> Vec<u64> {
                v.iter().map(|t| t.value).collect()
            }

            fn range(a: u64, b: u64) -> Vec<u64> {
                (a..b).collect()
            }

            #[test]
            fn drop_container() {
                for n in SIZES {
                    let c = Counter::new();
                    let v = filled(&c, n);
                    assert_eq!(c.dropped(), 0);
                    drop(v);
                    assert_eq!(c.dropped(), n as usize);
                    assert_eq!(c.live(), 0);
                }
            }

            #[test]
            fn truncate() {
                for n in SIZES {
                    let c = Counter::new();
                    let mut v = filled(&c, n);
                    v.truncate(n as usize + 3);
                    assert_eq!(c.dropped(), 0);
                    let keep = n / 2;
                    v.truncate(keep as usize);
                    assert_eq!(c.dropped(), (n - keep) as usize);
                    assert_eq!(values(&v), range(0, keep));
                    v.truncate(keep as usize);
                    assert_eq!(c.dropped(), (n - keep) as usize);
                    drop(v);
                    assert_eq!(c.live(), 0);
                }
            }

            #[test]
            fn clear() {
                for n in SIZES {
                    let c = Counter::new();
                    let mut v = filled(&c, n);
                    v.clear();
                    assert_eq!(c.dropped(), n as usize);
                    assert!(v.is_empty());
                    v.push(c.elem(100));
                    v.clear();
                    assert_eq!(c.live(), 0);
                    drop(v);
                    assert_eq!(c.live(), 0);
                }
            }

            #[test]
            fn pop() {
                for n in SIZES {
                    let c = Counter::new();
                    let mut v = filled(&c, n);
                    for k in 0..n / 2 {
                        let x = v.pop().unwrap();
                        assert_eq!(x.value, n - 1 - k);
                        assert_eq!(c.dropped(), k as usize, "pop dropped the element");
                        drop(x);
                        assert_eq!(c.dropped(), k as usize + 1);
                    }
                    drop(v);
                    assert_eq!(c.live(), 0);
                }
            }

            #[test]
            fn remove_and_swap_remove() {
                let c = Counter::new();
                let mut v = filled(&c, 12);
                let x = v.remove(3);
                let y = v.swap_remove(0);
                let z = v.remove(v.len() - 1);
                assert_eq!(c.dropped(), 0);
                assert_eq!((x.value, y.value, z.value), (3, 0, 10));
                drop((x, y, z));
                assert_eq!(c.dropped(), 3);
                assert_eq!(values(&v), [11, 1, 2, 4, 5, 6, 7, 8, 9]);
                drop(v);
                assert_eq!(c.live(), 0);
            }

            #[test]
            fn insert_and_extend_drop_nothing() {
                let c = Counter::new();
                let mut v = filled(&c, 3);
                v.insert(1, c.elem(10));
                v.insert(0, c.elem(11));
                v.extend((20..30).map(|i| c.elem(i)));
                assert_eq!(c.dropped(), 0);
                assert_eq!(v.len(), 15);
                drop(v);
                assert_eq!(c.live(), 0);
            }

            #[test]
            fn into_iter_fully_consumed() {
                for n in SIZES {
                    let c = Counter::new();
                    let v = filled(&c, n);
                    let all: Vec<Tracked> = v.into_iter().collect();
                    assert_eq!(c.dropped(), 0);
                    assert_eq!(all.iter().map(|t| t.value).collect::<Vec<_>>(), range(0, n));
                    drop(all);
                    assert_eq!(c.live(), 0);
                }
            }

            #[test]
            fn into_iter_partly_consumed_from_front() {
                for n in SIZES {
                    let c = Counter::new();
                    let v = filled(&c, n);
                    let mut it = v.into_iter();
                    let taken: Vec<Tracked> = it.by_ref().take(3).collect();
                    assert_eq!(c.dropped(), 0);
                    drop(it);
                    assert_eq!(c.dropped(), n.saturating_sub(3) as usize);
                    assert_eq!(
                        taken.iter().map(|t| t.value).collect::<Vec<_>>(),
                        range(0, n.min(3))
                    );
                    drop(taken);
                    assert_eq!(c.live(), 0);
                }
            }

            #[test]
            fn into_iter_partly_consumed_from_back() {
                for n in SIZES {
                    let c = Counter::new();
                    let v = filled(&c, n);
                    let mut it = v.into_iter();
                    let taken: Vec<Tracked> = it.by_ref().rev().take(3).collect();
                    assert_eq!(c.dropped(), 0);
                    drop(it);
                    assert_eq!(c.dropped(), n.saturating_sub(3) as usize);
                    let mut expect = range(n.saturating_sub(3), n);
                    expect.reverse();
                    assert_eq!(taken.iter().map(|t| t.value).collect::<Vec<_>>(), expect);
                    drop(taken);
                    assert_eq!(c.live(), 0);
                }
            }

            #[test]
            fn into_iter_consumed_from_both_ends() {
                let c = Counter::new();
                let v = filled(&c, 10);
                let mut it = v.into_iter();
                let a = it.next().unwrap();
                let b = it.next_back().unwrap();
                let d = it.next().unwrap();
                assert_eq!((a.value, b.value, d.value), (0, 9, 1));
                drop(b);
                assert_eq!(c.dropped(), 1);
                drop(it);
                assert_eq!(c.dropped(), 8);
                drop((a, d));
                assert_eq!(c.live(), 0);
            }

            #[test]
            fn into_iter_unused() {
                let c = Counter::new();
                drop(filled(&c, 10).into_iter());
                assert_eq!(c.live(), 0);
            }

            #[test]
            fn retain() {
                for n in SIZES {
                    let c = Counter::new();
                    let mut v = filled(&c, n);
                    v.retain(|t| t.value % 3 == 0);
                    let kept = range(0, n)
                        .into_iter()
                        .filter(|x| x % 3 == 0)
                        .collect::<Vec<_>>();
                    assert_eq!(values(&v), kept);
                    assert_eq!(c.dropped(), n as usize - kept.len());
                    v.retain(|_| true);
                    assert_eq!(c.dropped(), n as usize - kept.len());
                    v.retain(|_| false);
                    assert_eq!(c.dropped(), n as usize);
                    assert!(v.is_empty());
                    drop(v);
                    assert_eq!(c.live(), 0);
                }
            }

            #[test]
            fn split_off() {
                for n in SIZES {
                    for at in [0, n / 2, n] {
                        let c = Counter::new();
                        let mut v = filled(&c, n);
                        let tail = v.split_off(at as usize);
                        assert_eq!(c.dropped(), 0);
                        assert_eq!(values(&v), range(0, at));
                        assert_eq!(values(&tail), range(at, n));
                        drop(v);
                        assert_eq!(c.dropped(), at as usize);
                        drop(tail);
                        assert_eq!(c.live(), 0);
                    }
                }
            }

            #[test]
            fn append() {
                for n in SIZES {
                    let c = Counter::new();
                    let mut a = filled(&c, n);
                    let mut b = V::<Tracked>::new();
                    b.extend((100..107).map(|i| c.elem(i)));
                    a.append(&mut b);
                    assert_eq!(c.dropped(), 0);
                    assert!(b.is_empty());
                    let mut expect = range(0, n);
                    expect.extend(100..107);
                    assert_eq!(values(&a), expect);
                    drop(b);
                    assert_eq!(c.dropped(), 0);
                    drop(a);
                    assert_eq!(c.live(), 0);
                }
            }

            #[test]
            fn resize() {
                for n in SIZES {
                    let c = Counter::new();
                    let mut v = filled(&c, n);
                    v.resize(n as usize + 4, c.elem(7));
                    // std moves the fill value in and clones it 3 times; a variant may
                    // clone it 4 times and drop it, but nothing else may be dropped and
                    // every element made must be in the vector.
                    let extra_clones = c.made() - (n as usize + 4);
                    assert!(extra_clones <= 1, "{extra_clones} extra clones");
                    assert_eq!(c.dropped(), extra_clones);
                    assert_eq!(c.live(), n as usize + 4);
                    let mut expect = range(0, n);
                    expect.extend([7; 4]);
                    assert_eq!(values(&v), expect);
                    let dropped = c.dropped();
                    v.resize(n as usize / 2, c.elem(8));
                    // The shrink drops the tail and the unused fill value.
                    assert_eq!(c.dropped() - dropped, (n - n / 2) as usize + 4 + 1);
                    assert_eq!(c.live(), (n / 2) as usize);
                    assert_eq!(values(&v), range(0, n / 2));
                    v.resize(n as usize / 2, c.elem(9));
                    assert_eq!(c.live(), (n / 2) as usize);
                    drop(v);
                    assert_eq!(c.live(), 0);
                }
            }

            #[test]
            fn clone_then_drop() {
                for n in SIZES {
                    let c = Counter::new();
                    let v = filled(&c, n);
                    let w = v.clone();
                    assert_eq!(c.made(), 2 * n as usize);
                    assert_eq!(c.dropped(), 0);
                    assert_eq!(values(&w), range(0, n));
                    drop(w);
                    assert_eq!(c.dropped(), n as usize);
                    assert_eq!(values(&v), range(0, n));
                    drop(v);
                    assert_eq!(c.live(), 0);
                }
            }

            #[test]
            fn extend_from_slice_then_drop() {
                let c = Counter::new();
                let mut v = filled(&c, 4);
                let src: Vec<Tracked> = (10..15).map(|i| c.elem(i)).collect();
                v.extend_from_slice(&src);
                assert_eq!(c.live(), 14);
                drop(src);
                drop(v);
                assert_eq!(c.live(), 0);
            }

            #[test]
            fn zero_sized_with_drop_glue() {
                let before = zst_drops();
                let mut v = V::<DropZst>::new();
                for _ in 0..100 {
                    v.push(DropZst);
                }
                assert_eq!(zst_drops(), before);
                v.truncate(60);
                assert_eq!(zst_drops(), before + 40);
                drop(v.pop());
                drop(v.remove(0));
                assert_eq!(zst_drops(), before + 42);
                let mut it = v.into_iter();
                drop(it.next());
                drop(it.next_back());
                assert_eq!(zst_drops(), before + 44);
                drop(it);
                assert_eq!(zst_drops(), before + 100);
                let mut v = V::<DropZst>::new();
                v.extend(std::iter::repeat_with(|| DropZst).take(10));
                v.clear();
                assert_eq!(zst_drops(), before + 110);
                v.extend(std::iter::repeat_with(|| DropZst).take(10));
                drop(v);
                assert_eq!(zst_drops(), before + 120);
            }
        }
    };
}

drop_tests!(small, T => sizespeed::small::Vec<T>);
drop_tests!(medium, T => sizespeed::medium::Vec<T>);
drop_tests!(fast, T => sizespeed::fast::Vec<T>);
drop_tests!(inline, T => sizespeed::inline::Vec<T>);
drop_tests!(inline_n2, T => sizespeed::inline::InlineVec<T, 2>);
drop_tests!(thin, T => sizespeed::thin::Vec<T>);
drop_tests!(boxed, T => sizespeed::boxed::Vec<T>);

/// Drop accounting for `drain`, `splice` and `extract_if`, for the variants
/// that have them: consumed, dropped part-way, and leaked with `mem::forget`.
macro_rules! parity_drop_tests {
    ($name:ident, $T:ident => $ty:ty) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            type V<$T> = $ty;

            fn filled(c: &Counter, n: u64) -> V<Tracked> {
                (0..n).map(|i| c.elem(i)).collect()
            }

            fn values(v: &V<Tracked>) -> Vec<u64> {
                v.iter().map(|t| t.value).collect()
            }

            /// A few ranges of a vector of `n`: empty, the ends, the middle and the whole.
            fn some_ranges(n: u64) -> Vec<(u64, u64)> {
                let mut r = vec![(0, 0), (0, n), (n, n), (0, n / 2), (n / 2, n)];
                if n >= 3 {
                    r.push((1, n - 1));
                }
                r
            }

            #[test]
            fn drain_drops_what_it_did_not_yield() {
                for n in SIZES {
                    for (s, e) in some_ranges(n) {
                        let c = Counter::new();
                        let mut v = filled(&c, n);
                        let mut d = v.drain(s as usize..e as usize);
                        let first = d.next();
                        assert_eq!(c.dropped(), 0, "drain dropped a yielded element");
                        drop(d);
                        let taken = first.is_some() as usize;
                        assert_eq!(c.dropped(), (e - s) as usize - taken);
                        drop(first);
                        let mut want: Vec<u64> = (0..s).collect();
                        want.extend(e..n);
                        assert_eq!(values(&v), want);
                        drop(v);
                        assert_eq!(c.live(), 0);
                    }
                }
            }

            #[test]
            fn splice_drops_the_replaced_elements_once() {
                for n in SIZES {
                    for (s, e) in some_ranges(n) {
                        for k in [0u64, 1, 7] {
                            let c = Counter::new();
                            let mut v = filled(&c, n);
                            let new: Vec<Tracked> = (100..100 + k).map(|i| c.elem(i)).collect();
                            let removed: Vec<Tracked> =
                                v.splice(s as usize..e as usize, new).collect();
                            assert_eq!(c.dropped(), 0);
                            assert_eq!(removed.len() as u64, e - s);
                            drop(removed);
                            assert_eq!(c.dropped(), (e - s) as usize);
                            let mut want: Vec<u64> = (0..s).collect();
                            want.extend(100..100 + k);
                            want.extend(e..n);
                            assert_eq!(values(&v), want);
                            drop(v);
                            assert_eq!(c.live(), 0);
                        }
                    }
                }
            }

            #[test]
            fn extract_if_drops_nothing_it_keeps() {
                for n in SIZES {
                    let c = Counter::new();
                    let mut v = filled(&c, n);
                    let odd: Vec<Tracked> = v.extract_if(.., |t| t.value % 2 == 1).collect();
                    assert_eq!(c.dropped(), 0);
                    assert_eq!(odd.len() as u64, n / 2);
                    drop(odd);
                    assert_eq!(c.dropped(), (n / 2) as usize);
                    assert_eq!(values(&v), (0..n).step_by(2).collect::<Vec<_>>());
                    // Stopped early: the rest stays.
                    let from = v.len().min(1);
                    let mut it = v.extract_if(from.., |_| true);
                    let one = it.next();
                    drop(it);
                    assert_eq!(c.dropped(), (n / 2) as usize);
                    drop(one);
                    drop(v);
                    assert_eq!(c.live(), 0);
                }
            }

            /// `n` elements counted in `drops`, which must have room for `n + 10`.
            fn counted(drops: &[Cell<u8>], n: usize) -> V<Counted<'_>> {
                (0..n).map(|id| Counted { id, drops }).collect()
            }

            fn ids(v: &V<Counted<'_>>) -> Vec<usize> {
                v.iter().map(|c| c.id).collect()
            }

            #[test]
            fn forgotten_drain_leaves_the_prefix() {
                for n in SIZES {
                    let n = n as usize;
                    for (s, e) in some_ranges(n as u64) {
                        let (s, e) = (s as usize, e as usize);
                        let drops: Vec<Cell<u8>> = (0..n + 10).map(|_| Cell::new(0)).collect();
                        let mut v = counted(&drops, n);
                        let mut d = v.drain(s..e);
                        drop(d.next());
                        std::mem::forget(d);
                        // The range and the tail leak; the vector is valid and usable.
                        assert_eq!(ids(&v), (0..s).collect::<Vec<_>>());
                        v.push(Counted {
                            id: n,
                            drops: &drops,
                        });
                        drop(v);
                        let dropped: Vec<usize> =
                            (0..=n).filter(|&i| drops[i].get() == 1).collect();
                        let mut want: Vec<usize> = (0..s).collect();
                        if e > s {
                            want.push(s);
                        }
                        want.push(n);
                        assert_eq!(dropped, want);
                    }
                }
            }

            #[test]
            fn forgotten_splice_leaves_a_valid_vector() {
                let drops: Vec<Cell<u8>> = (0..20).map(|_| Cell::new(0)).collect();
                let mut v = counted(&drops, 10);
                let new = [10, 11, 12].map(|id| Counted { id, drops: &drops });
                let mut sp = v.splice(2..5, new);
                drop(sp.next());
                std::mem::forget(sp);
                assert_eq!(ids(&v), [0, 1]);
                v.push(Counted {
                    id: 13,
                    drops: &drops,
                });
                drop(v);
                for (i, d) in drops.iter().enumerate() {
                    let want = matches!(i, 0 | 1 | 2 | 13) as u8;
                    assert_eq!(d.get(), want, "element {i}");
                }
            }

            #[test]
            fn forgotten_extract_if_leaves_an_empty_vector() {
                let drops: Vec<Cell<u8>> = (0..20).map(|_| Cell::new(0)).collect();
                let mut v = counted(&drops, 9);
                let mut it = v.extract_if(.., |c| c.id == 4);
                drop(it.next());
                std::mem::forget(it);
                // As in std: the vector counts nothing while the iterator lives, so a
                // leak leaks the elements and leaves it empty.
                assert!(v.is_empty());
                v.push(Counted {
                    id: 15,
                    drops: &drops,
                });
                assert_eq!(ids(&v), [15]);
                drop(v);
                for (i, d) in drops.iter().enumerate() {
                    assert_eq!(d.get(), matches!(i, 4 | 15) as u8, "element {i}");
                }
            }

            #[test]
            fn zero_sized_drain_splice_extract_if() {
                let before = zst_drops();
                let mut v: V<DropZst> = std::iter::repeat_with(|| DropZst).take(20).collect();
                drop(v.drain(2..5));
                assert_eq!(zst_drops(), before + 3);
                assert_eq!(v.len(), 17);
                drop(v.splice(0..2, [DropZst, DropZst, DropZst]));
                assert_eq!(zst_drops(), before + 5);
                assert_eq!(v.len(), 18);
                let mut k = 0;
                let taken = v
                    .extract_if(.., |_| {
                        k += 1;
                        k % 3 == 0
                    })
                    .count();
                assert_eq!(taken, 6);
                assert_eq!(zst_drops(), before + 11);
                assert_eq!(v.len(), 12);
                drop(v);
                assert_eq!(zst_drops(), before + 23);
            }
        }
    };
}

parity_drop_tests!(small_parity, T => sizespeed::small::Vec<T>);
parity_drop_tests!(medium_parity, T => sizespeed::medium::Vec<T>);
parity_drop_tests!(fast_parity, T => sizespeed::fast::Vec<T>);
parity_drop_tests!(inline_parity, T => sizespeed::inline::Vec<T>);
parity_drop_tests!(inline_n2_parity, T => sizespeed::inline::InlineVec<T, 2>);
parity_drop_tests!(thin_parity, T => sizespeed::thin::Vec<T>);
