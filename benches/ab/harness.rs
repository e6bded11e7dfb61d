//! The interleaved timing core: one operation, every variant, round after round.
//!
//! An operation is written once, generically, as an [`Op`] over the variant type `V` (a
//! container type, or a sort implementation). [`variant`] turns it into a type-erased
//! [`Timed`] for one variant, and [`measure`] alternates the variants of one case:
//!
//! 1. every variant runs the operation once on a fresh state, and the [`Op::digest`]s of
//!    the results must agree (so the variants did the same work);
//! 2. `fast` is timed once to choose how many batches make one sample (about
//!    [`Settings::target`] seconds of `fast`); every variant then times the same number;
//! 3. `rounds + 1` rounds each time every variant, in an order rotated by one place per
//!    round; the first round is a warm-up and is not counted. Within a round, samples
//!    shorter than [`REP_BUDGET`] are repeated (up to [`MAX_REPS`] times, the variants
//!    alternating) and the round keeps each variant's fastest.
//!
//! A slow phase of a shared machine (seconds long) then hits every variant of a round, and
//! the per-round ratio `variant / fast` stays put where the ratio of separate runs would
//! move; the short repeated samples drop the ones that the scheduler interrupted (on a
//! loaded 2-core machine, a 2 ms sample is interrupted more often than not). The report
//! keeps, per variant, the best and the median round, the ratio of the best rounds, and
//! the median of the per-round ratios.

use std::hint::black_box;
use std::marker::PhantomData;
use std::time::Instant;

use crate::common::{Rng, SortElem};

/// An element type of the harness: random values, an order and a cheap number per element.
pub trait Key: SortElem + Ord {
    /// A number taken from the element, cheap to compute, used by sums and digests.
    fn key(&self) -> u64;
}

impl Key for u64 {
    fn key(&self) -> u64 {
        *self
    }
}

impl Key for String {
    /// The last 8 bytes: the random hex digits of `Elem::make`'s strings.
    fn key(&self) -> u64 {
        let b = self.as_bytes();
        let mut w = [0u8; 8];
        let tail = &b[b.len().saturating_sub(8)..];
        w[..tail.len()].copy_from_slice(tail);
        u64::from_le_bytes(w)
    }
}

impl Key for crate::common::Record40 {
    fn key(&self) -> u64 {
        self.key
    }
}

/// `n` random elements from a seed that the optimizer cannot see.
pub fn random<T: SortElem>(n: usize, seed: u64) -> Vec<T> {
    let mut rng = Rng::new(black_box(seed) ^ n as u64);
    (0..n).map(|_| T::random(&mut rng)).collect()
}

/// The sum of the keys: an order-independent digest.
pub fn key_sum<'a, T: Key + 'a>(items: impl IntoIterator<Item = &'a T>) -> u64 {
    items.into_iter().fold(0u64, |a, x| a.wrapping_add(x.key()))
}

/// A digest that depends on the order of the elements.
pub fn order_digest<'a, T: Key + 'a>(items: impl IntoIterator<Item = &'a T>) -> u64 {
    items.into_iter().enumerate().fold(0u64, |a, (i, x)| {
        a.rotate_left(5) ^ x.key().wrapping_mul(2 * i as u64 + 1)
    })
}

/// One benchmarked operation on variant `V`.
pub trait Op<V> {
    /// What one timed call works on. Made by `prepare` and put back into its starting
    /// state by `recycle`, both outside the timing.
    type State;
    /// What one timed call returns. Handed to `recycle` (so dropped outside the timing).
    type Out;
    /// A fresh state.
    fn prepare(&self) -> Self::State;
    /// The timed operation.
    fn run(&self, state: &mut Self::State) -> Self::Out;
    /// Puts `state` back into its starting state and disposes of `out`.
    fn recycle(&self, state: &mut Self::State, out: Self::Out);
    /// After one `run` on a fresh state: a number every variant must agree on.
    fn digest(&self, state: &Self::State, out: &Self::Out) -> u64;
}

/// One variant of one case, type-erased.
pub trait Timed {
    /// Seconds spent in `batches` batches of timed calls (one call per state of a batch).
    fn sample(&mut self, batches: usize) -> f64;
    /// Runs once on a fresh state and returns the digest.
    fn check(&mut self) -> u64;
}

struct Runner<'a, V, O: Op<V>> {
    op: &'a O,
    batch: usize,
    states: Vec<O::State>,
    outs: Vec<O::Out>,
    _variant: PhantomData<fn() -> V>,
}

impl<V, O: Op<V>> Timed for Runner<'_, V, O> {
    fn sample(&mut self, batches: usize) -> f64 {
        if self.states.is_empty() {
            self.states = (0..self.batch).map(|_| self.op.prepare()).collect();
            self.outs = Vec::with_capacity(self.batch);
        }
        let mut total = 0.0;
        for _ in 0..batches {
            let start = Instant::now();
            for state in &mut self.states {
                self.outs.push(self.op.run(black_box(state)));
            }
            total += start.elapsed().as_secs_f64();
            black_box(&mut self.outs);
            for (state, out) in self.states.iter_mut().zip(self.outs.drain(..)) {
                self.op.recycle(state, out);
            }
        }
        total
    }

    fn check(&mut self) -> u64 {
        let mut state = self.op.prepare();
        let out = self.op.run(&mut state);
        let d = self.op.digest(&state, &out);
        self.op.recycle(&mut state, out);
        d
    }
}

/// A variant of a case: its name and its runner.
pub struct Variant<'a> {
    /// `fast`, `small`, `inline`, `thin`, `boxed`, or an outside baseline (`qsort`).
    pub name: &'static str,
    timed: Box<dyn Timed + 'a>,
}

/// Variant `name`, of type `V`, running `op` on `batch` states per batch.
pub fn variant<'a, V: 'a, O: Op<V>>(name: &'static str, op: &'a O, batch: usize) -> Variant<'a> {
    Variant {
        name,
        timed: Box::new(Runner::<V, O> {
            op,
            batch,
            states: Vec::new(),
            outs: Vec::new(),
            _variant: PhantomData,
        }),
    }
}

/// Seconds of fast's samples per variant and round, at most: short samples are repeated
/// up to [`MAX_REPS`] times within it.
const REP_BUDGET: f64 = 4e-3;

/// The most samples of one variant per round.
const MAX_REPS: usize = 5;

/// States per batch for operations on `n` elements: about 4096 elements a batch, so that
/// small cases read the clock rarely and large ones stay one call long.
pub fn batch_for(n: usize) -> usize {
    (4096 / n.max(1)).max(1)
}

/// How a run was asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `cargo bench`: every case at full size.
    Full,
    /// A short timed run (`--quick` or `AB_QUICK=1`) for smoke tests.
    Quick,
    /// `cargo test --benches`: tiny inputs, the digests checked, nothing timed.
    Test,
}

/// The run's settings.
pub struct Settings {
    /// Full, quick or test.
    pub mode: Mode,
    /// Counted rounds per case.
    pub rounds: usize,
    /// Seconds of `fast` per sample.
    pub target: f64,
    /// Only cases whose `family/op/elem/n` contains this.
    pub filter: Option<String>,
}

impl Settings {
    /// Whether the case `family/op/elem/n` is selected.
    pub fn wants(&self, family: &str, op: &str, elem: &str, n: usize) -> bool {
        self.filter
            .as_deref()
            .is_none_or(|f| format!("{family}/{op}/{elem}/{n}").contains(f))
    }
    /// The container sizes of this mode.
    pub fn sizes(&self) -> &'static [usize] {
        match self.mode {
            Mode::Full => &[16, 1_000, 100_000],
            Mode::Quick => &[1_000],
            Mode::Test => &[16, 300],
        }
    }
    /// `full` in full mode, `quick` in quick mode, `test` in test mode.
    pub fn pick(&self, full: usize, quick: usize, test: usize) -> usize {
        match self.mode {
            Mode::Full => full,
            Mode::Quick => quick,
            Mode::Test => test,
        }
    }
}

/// The measured figures of one variant in one case.
#[derive(Clone, Debug)]
pub struct Row {
    /// Family (`vec`, `deque`, `map`, `set`, `sort`).
    pub family: &'static str,
    /// Operation.
    pub op: &'static str,
    /// Element type.
    pub elem: &'static str,
    /// Element count.
    pub n: usize,
    /// Variant.
    pub variant: &'static str,
    /// Counted rounds.
    pub rounds: usize,
    /// Best sample, ns per operation.
    pub best_ns: f64,
    /// Median sample, ns per operation.
    pub median_ns: f64,
    /// Best sample over fast's best sample.
    pub best_ratio: f64,
    /// Median over the rounds of (this variant's sample / fast's sample of that round).
    pub median_ratio: f64,
    /// As `best_ratio`, against `small` (none if the case has no `small`).
    pub best_vs_small: Option<f64>,
    /// As `median_ratio`, against `small`.
    pub median_vs_small: Option<f64>,
}

/// The CSV header of [`Row::csv`].
pub const CSV_HEADER: &str = "family,op,elem,n,variant,rounds,best_ns_per_op,\
median_ns_per_op,best_ratio,median_ratio,best_vs_small,median_vs_small";

impl Row {
    /// The row as a CSV line (no newline).
    pub fn csv(&self) -> String {
        let opt = |x: Option<f64>| x.map(|x| format!("{x:.4}")).unwrap_or_default();
        format!(
            "{},{},{},{},{},{},{:.3},{:.3},{:.4},{:.4},{},{}",
            self.family,
            self.op,
            self.elem,
            self.n,
            self.variant,
            self.rounds,
            self.best_ns,
            self.median_ns,
            self.best_ratio,
            self.median_ratio,
            opt(self.best_vs_small),
            opt(self.median_vs_small)
        )
    }
}

/// The median of `v` (sorted in place); the upper middle element for even lengths.
fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn best(v: &[f64]) -> f64 {
    v.iter().copied().fold(f64::INFINITY, f64::min)
}

/// The identity of a case.
pub struct Case {
    /// Family.
    pub family: &'static str,
    /// Operation.
    pub op: &'static str,
    /// Element type.
    pub elem: &'static str,
    /// Element count.
    pub n: usize,
    /// Element operations one timed call performs (for ns/op).
    pub ops: usize,
    /// States per batch.
    pub batch: usize,
}

/// Measures one case (or, in test mode, only checks it). `variants[0]` must be `fast`.
///
/// # Panics
/// Panics if a variant's digest differs from fast's: the variants did not do the same work.
pub fn measure(case: &Case, mut variants: Vec<Variant<'_>>, s: &Settings) -> Vec<Row> {
    let id = format!("{}/{}/{}/{}", case.family, case.op, case.elem, case.n);
    assert_eq!(variants[0].name, "fast", "{id}: fast must come first");
    let digests: Vec<u64> = variants.iter_mut().map(|v| v.timed.check()).collect();
    for (v, d) in variants.iter().zip(&digests) {
        assert_eq!(
            *d, digests[0],
            "{id}: {} disagrees with fast (digest {d:#x} against {:#x})",
            v.name, digests[0]
        );
    }
    if s.mode == Mode::Test {
        return Vec::new();
    }
    let k = variants.len();
    // One sample of fast sizes the samples: at least one batch.
    let once = variants[0].timed.sample(1).max(1e-9);
    let batches = ((s.target / once).ceil() as usize).clamp(1, 1 << 20);
    // Short samples are repeated within a round and the round keeps each variant's
    // fastest: a sample that the scheduler interrupted is then dropped, and one that was
    // not is kept, for every variant of the round alike.
    let sample = once * batches as f64;
    let reps = ((REP_BUDGET / sample) as usize).clamp(1, MAX_REPS);
    let mut times = vec![Vec::with_capacity(s.rounds); k];
    for round in 0..=s.rounds {
        let mut this = vec![f64::INFINITY; k];
        for rep in 0..reps {
            for i in 0..k {
                let j = (i + round + rep) % k;
                this[j] = this[j].min(variants[j].timed.sample(batches));
            }
        }
        if round > 0 {
            for (t, x) in times.iter_mut().zip(this) {
                t.push(x);
            }
        }
    }
    let per_op = 1e9 / (batches * case.batch * case.ops.max(1)) as f64;
    let small = variants.iter().position(|v| v.name == "small");
    let paired = |a: usize, b: usize| {
        let mut r: Vec<f64> = times[a].iter().zip(&times[b]).map(|(x, y)| x / y).collect();
        median(&mut r)
    };
    let rows: Vec<Row> = (0..k)
        .map(|i| {
            let mut t = times[i].clone();
            Row {
                family: case.family,
                op: case.op,
                elem: case.elem,
                n: case.n,
                variant: variants[i].name,
                rounds: s.rounds,
                best_ns: best(&t) * per_op,
                median_ns: median(&mut t) * per_op,
                best_ratio: best(&times[i]) / best(&times[0]),
                median_ratio: paired(i, 0),
                best_vs_small: small.map(|j| best(&times[i]) / best(&times[j])),
                median_vs_small: small.map(|j| paired(i, j)),
            }
        })
        .collect();
    let summary: Vec<String> = rows[1..]
        .iter()
        .map(|r| format!("{} {:.2}", r.variant, r.median_ratio))
        .collect();
    eprintln!(
        "{id}: fast {:.2} ns/op; {}",
        rows[0].median_ns,
        summary.join(", ")
    );
    rows
}
