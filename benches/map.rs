//! Map and set benchmarks: `fast` (std's HashMap/HashSet) against `small` (one shared
//! table core), both with the same hasher type, so only the table differs.
mod common;

use std::hash::{BuildHasherDefault, DefaultHasher};
use std::hint::black_box;

use common::{config, Elem, Rng, SIZES};
use criterion::{BatchSize, BenchmarkGroup, Criterion, Throughput};
use sizespeed::{Map, Set};

/// The hasher both variants use: std's SipHash-1-3 with fixed keys.
type H = BuildHasherDefault<DefaultHasher>;

type FastMap<K> = sizespeed::fast::Map<K, u64, H>;
type SmallMap<K> = sizespeed::small::Map<K, u64, H>;
type FastSet = sizespeed::fast::Set<u64, H>;
type SmallSet = sizespeed::small::Set<u64, H>;

/// `n` distinct keys in a shuffled order, and `n` other keys that are never inserted.
fn keys<K: Elem>(n: usize) -> (Vec<K>, Vec<K>) {
    let mut idx: Vec<u64> = (0..n as u64).collect();
    let mut rng = Rng::new(0x5eed ^ n as u64);
    for i in (1..idx.len()).rev() {
        idx.swap(i, rng.below(i + 1));
    }
    let hits = idx.iter().map(|&i| K::make(i)).collect();
    let misses = idx.iter().map(|&i| K::make(i + n as u64)).collect();
    (hits, misses)
}

fn build<K: Elem, M: Map<K, u64>>(keys: &[K]) -> M {
    let mut m = M::new();
    for (i, k) in keys.iter().enumerate() {
        m.insert(k.clone(), i as u64);
    }
    m
}

fn bench_map<K, M>(
    g: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>,
    name: &str,
    op: &str,
    n: usize,
) where
    K: Elem + std::hash::Hash + Eq,
    M: Map<K, u64> + Clone,
{
    let (hits, misses) = keys::<K>(n);
    match op {
        "insert" => g.bench_function(name, |b| {
            b.iter_batched(
                || hits.clone(),
                |ks| {
                    let mut m = M::new();
                    for k in ks {
                        m.insert(k, 1);
                    }
                    m
                },
                BatchSize::LargeInput,
            )
        }),
        "get_hit" | "get_miss" => {
            let m: M = build(&hits);
            let probe = if op == "get_hit" { &hits } else { &misses };
            g.bench_function(name, |b| {
                b.iter(|| {
                    let mut sum = 0u64;
                    for k in probe {
                        if let Some(v) = black_box(&m).get(k) {
                            sum = sum.wrapping_add(*v);
                        }
                    }
                    sum
                })
            })
        }
        "remove" => {
            let m: M = build(&hits);
            g.bench_function(name, |b| {
                b.iter_batched(
                    || m.clone(),
                    |mut m| {
                        let mut sum = 0u64;
                        for k in &hits {
                            sum = sum.wrapping_add(m.remove(k).unwrap_or(0));
                        }
                        (m, sum)
                    },
                    BatchSize::LargeInput,
                )
            })
        }
        "iter" => {
            let m: M = build(&hits);
            g.bench_function(name, |b| {
                b.iter(|| {
                    black_box(&m)
                        .iter()
                        .fold(0u64, |s, (_, v)| s.wrapping_add(*v))
                })
            })
        }
        _ => unreachable!(),
    };
}

fn maps<K: Elem + std::hash::Hash + Eq>(c: &mut Criterion) {
    for op in ["insert", "get_hit", "get_miss", "remove", "iter"] {
        for n in SIZES {
            let mut g = c.benchmark_group(format!("map/{op}/{}/{n}", K::NAME));
            g.throughput(Throughput::Elements(n as u64));
            bench_map::<K, FastMap<K>>(&mut g, "fast", op, n);
            bench_map::<K, SmallMap<K>>(&mut g, "small", op, n);
            g.finish();
        }
    }
}

fn bench_set<S: Set<u64>>(
    g: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>,
    name: &str,
    op: &str,
    n: usize,
) {
    let (hits, misses) = keys::<u64>(n);
    match op {
        "insert" => g.bench_function(name, |b| {
            b.iter(|| {
                let mut s = S::new();
                for k in &hits {
                    s.insert(*k);
                }
                s
            })
        }),
        "contains" => {
            let s: S = hits.iter().copied().collect();
            // Half hits, half misses.
            let probe: Vec<u64> = hits
                .iter()
                .zip(&misses)
                .map(|(h, m)| if h & 1 == 0 { *h } else { *m })
                .collect();
            g.bench_function(name, |b| {
                b.iter(|| probe.iter().filter(|k| black_box(&s).contains(*k)).count())
            })
        }
        _ => unreachable!(),
    };
}

fn sets(c: &mut Criterion) {
    for op in ["insert", "contains"] {
        for n in SIZES {
            let mut g = c.benchmark_group(format!("set/{op}/u64/{n}"));
            g.throughput(Throughput::Elements(n as u64));
            bench_set::<FastSet>(&mut g, "fast", op, n);
            bench_set::<SmallSet>(&mut g, "small", op, n);
            g.finish();
        }
    }
}

fn main() {
    let mut c = config().configure_from_args();
    maps::<u64>(&mut c);
    maps::<String>(&mut c);
    sets(&mut c);
    c.final_summary();
}
