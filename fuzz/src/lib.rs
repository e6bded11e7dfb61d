//! Shared machinery of the differential fuzz targets: adversarial element types, one-shot
//! panic injection, drop accounting, and the panic hook that tells an injected panic (which
//! the targets catch) from a real one (which must crash the run).

use std::any::Any;
use std::cell::Cell;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::panic::{self, AssertUnwindSafe};

/// Which user callback an armed panic fires in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, arbitrary::Arbitrary)]
pub enum Kind {
    Clone,
    Drop,
    Hash,
    Eq,
    Ord,
    /// A predicate, key function, generator or comparator closure that the target passes.
    Pred,
}

/// The payload of every injected panic.
pub struct Injected;

thread_local! {
    static ARMED: Cell<Option<(Kind, u32)>> = const { Cell::new(None) };
    static FIRED: Cell<bool> = const { Cell::new(false) };
    /// Live elements per container tag (0 small, 1 fast, 2 std, 3 scratch).
    static LIVE: Cell<[i64; 4]> = const { Cell::new([0; 4]) };
    static LIVE_ZST: Cell<i64> = const { Cell::new(0) };
    static TAG: Cell<u8> = const { Cell::new(3) };
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
    /// Comparator calls (each sees two elements) against the `seen` counts they leave.
    static SEEN_CALLS: Cell<u64> = const { Cell::new(0) };
}

/// Arms a panic in the `n`-th next call of `kind` (n >= 1); one panic at most.
pub fn arm(kind: Kind, n: u32) {
    ARMED.with(|a| a.set(Some((kind, n.max(1)))));
    FIRED.with(|f| f.set(false));
}

/// Disarms, and says whether the armed panic fired.
pub fn disarm() -> bool {
    ARMED.with(|a| a.set(None));
    FIRED.with(|f| f.replace(false))
}

/// Counts one call of `kind`, and panics if it is the armed one.
pub fn tick(kind: Kind) {
    let fire = ARMED.with(|a| match a.get() {
        Some((k, n)) if k == kind => {
            if n <= 1 {
                a.set(None);
                true
            } else {
                a.set(Some((k, n - 1)));
                false
            }
        }
        _ => false,
    });
    if fire {
        FIRED.with(|f| f.set(true));
        panic::panic_any(Injected);
    }
}

/// Sets the tag new elements get, and the first id the next created elements get.
pub fn begin(tag: u8, first_id: u32) {
    TAG.with(|t| t.set(tag));
    NEXT_ID.with(|i| i.set(first_id));
}

fn next_id() -> u32 {
    NEXT_ID.with(|i| {
        let id = i.get();
        i.set(id.wrapping_add(1));
        id
    })
}

fn live_add(tag: u8, d: i64) {
    LIVE.with(|l| {
        let mut v = l.get();
        v[tag as usize] += d;
        l.set(v);
    });
}

/// Live elements per tag, and live zero-sized elements.
pub fn live() -> ([i64; 4], i64) {
    (LIVE.with(|l| l.get()), LIVE_ZST.with(|l| l.get()))
}

/// Resets the accounting at the start of an input.
pub fn reset() {
    disarm();
    LIVE.with(|l| l.set([0; 4]));
    LIVE_ZST.with(|l| l.set(0));
    SEEN_CALLS.with(|s| s.set(0));
    begin(3, 0);
}

/// Comparator calls counted since the last [`take_seen_calls`].
pub fn take_seen_calls() -> u64 {
    SEEN_CALLS.with(|s| s.replace(0))
}

/// Installs the hook: an injected panic is silent (the target catches it); any other panic
/// prints and aborts, so that libFuzzer records the input as a crash.
pub fn install_hook() {
    let default = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        if benign(info.payload()) {
            return;
        }
        default(info);
        std::process::abort();
    }));
}

/// An injected panic, or std's documented panic on a comparator that is not a total order
/// (std's sorts may raise it; a logic error the targets provoke on purpose).
fn benign(p: &(dyn Any + Send)) -> bool {
    if p.is::<Injected>() {
        return true;
    }
    let msg = p
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| p.downcast_ref::<String>().map(|s| s.as_str()));
    msg.is_some_and(|m| m.contains("total order"))
}

/// Runs `f`, catching an injected panic; `Err` if it panicked.
#[allow(clippy::result_unit_err)]
pub fn catch<R>(f: impl FnOnce() -> R) -> Result<R, ()> {
    match panic::catch_unwind(AssertUnwindSafe(f)) {
        Ok(r) => Ok(r),
        Err(payload) => {
            let p: &(dyn Any + Send) = &*payload;
            assert!(benign(p), "a panic that was not injected was caught");
            // Dropping an `Injected` payload runs no user code.
            Err(())
        }
    }
}

const ALIVE: u32 = 0xA11C_E5ED;
const DEAD: u32 = 0xDEAD_DEAD;

/// What the targets need of an element type.
pub trait Elem: Clone + Ord + Hash + fmt::Debug + Default + 'static {
    /// Whether drops are counted per container (not for zero-sized types).
    const TRACKED: bool = true;
    /// A new element with this key, the current tag and the next id.
    fn make(key: u16) -> Self;
    /// The key that Eq/Ord/Hash read (0 for zero-sized types).
    fn key(&self) -> u16;
    /// The id (identity that Eq ignores: shows stability and which duplicate was kept).
    fn id(&self) -> u32;
    /// Changes the key in place (through a `Cell`); a no-op for zero-sized types.
    fn set_key(&self, key: u16);
    /// Panics if this element was dropped (a use after drop of a bitwise copy).
    fn check(&self);
    /// A copy with the same key and id, tagged with the current tag, made without `Clone`.
    fn dup(&self) -> Self;
    /// Counts one comparator call on this element (see [`seen_balance`]).
    fn see(&self);
    /// Comparator calls counted on this element.
    fn seen(&self) -> u64;
    /// Resets [`Elem::seen`].
    fn unsee(&self);
    /// Key and id together, for comparing contents.
    fn sig(&self) -> u64 {
        self.check();
        (u64::from(self.key()) << 32) | u64::from(self.id())
    }
}

/// The plain adversarial element: key in a `Cell`, a canary, a tag for drop accounting.
pub struct E {
    key: Cell<u16>,
    id: u32,
    tag: u8,
    canary: u32,
    seen: Cell<u64>,
}

impl E {
    fn new(key: u16, id: u32) -> Self {
        let tag = TAG.with(|t| t.get());
        live_add(tag, 1);
        E {
            key: Cell::new(key),
            id,
            tag,
            canary: ALIVE,
            seen: Cell::new(0),
        }
    }
}

impl Drop for E {
    fn drop(&mut self) {
        assert_eq!(self.canary, ALIVE, "element dropped twice (id {})", self.id);
        self.canary = DEAD;
        live_add(self.tag, -1);
        tick(Kind::Drop);
    }
}

impl Clone for E {
    fn clone(&self) -> Self {
        self.check();
        tick(Kind::Clone);
        E::new(self.key.get(), self.id)
    }
}

impl Default for E {
    fn default() -> Self {
        E::new(0, next_id())
    }
}

impl PartialEq for E {
    fn eq(&self, other: &Self) -> bool {
        self.check();
        other.check();
        tick(Kind::Eq);
        self.key.get() == other.key.get()
    }
}
impl Eq for E {}
impl PartialOrd for E {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for E {
    fn cmp(&self, other: &Self) -> Ordering {
        self.check();
        other.check();
        tick(Kind::Ord);
        self.key.get().cmp(&other.key.get())
    }
}
impl Hash for E {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.check();
        tick(Kind::Hash);
        self.key.get().hash(state);
    }
}
impl fmt::Debug for E {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}#{}", self.key.get(), self.id)
    }
}

impl Elem for E {
    fn make(key: u16) -> Self {
        E::new(key, next_id())
    }
    fn key(&self) -> u16 {
        self.key.get()
    }
    fn id(&self) -> u32 {
        self.id
    }
    fn set_key(&self, key: u16) {
        self.key.set(key);
    }
    fn check(&self) {
        assert_eq!(
            self.canary, ALIVE,
            "use of a dropped element (id {})",
            self.id
        );
    }
    fn dup(&self) -> Self {
        self.check();
        E::new(self.key.get(), self.id)
    }
    fn see(&self) {
        self.seen.set(self.seen.get() + 1);
        SEEN_CALLS.with(|s| s.set(s.get() + 1));
    }
    fn seen(&self) -> u64 {
        self.seen.get()
    }
    fn unsee(&self) {
        self.seen.set(0);
    }
}

/// A zero-sized element: every value is equal; only a global count tracks drops.
pub struct Zst;

impl Zst {
    fn new() -> Self {
        LIVE_ZST.with(|l| l.set(l.get() + 1));
        Zst
    }
}
impl Drop for Zst {
    fn drop(&mut self) {
        LIVE_ZST.with(|l| l.set(l.get() - 1));
        tick(Kind::Drop);
    }
}
impl Clone for Zst {
    fn clone(&self) -> Self {
        tick(Kind::Clone);
        Zst::new()
    }
}
impl Default for Zst {
    fn default() -> Self {
        Zst::new()
    }
}
impl PartialEq for Zst {
    fn eq(&self, _: &Self) -> bool {
        tick(Kind::Eq);
        true
    }
}
impl Eq for Zst {}
impl PartialOrd for Zst {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Zst {
    fn cmp(&self, _: &Self) -> Ordering {
        tick(Kind::Ord);
        Ordering::Equal
    }
}
impl Hash for Zst {
    fn hash<H: Hasher>(&self, _: &mut H) {
        tick(Kind::Hash);
    }
}
impl fmt::Debug for Zst {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Zst")
    }
}
impl Elem for Zst {
    const TRACKED: bool = false;
    fn make(_: u16) -> Self {
        Zst::new()
    }
    fn key(&self) -> u16 {
        0
    }
    fn id(&self) -> u32 {
        0
    }
    fn set_key(&self, _: u16) {}
    fn check(&self) {}
    fn dup(&self) -> Self {
        Zst::new()
    }
    fn see(&self) {}
    fn seen(&self) -> u64 {
        0
    }
    fn unsee(&self) {}
}

/// An element aligned to 4096 bytes.
#[repr(align(4096))]
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Big(E);

impl fmt::Debug for Big {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        assert_eq!(self as *const Big as usize % 4096, 0, "misaligned element");
        self.0.fmt(f)
    }
}

impl Elem for Big {
    fn make(key: u16) -> Self {
        Big(E::make(key))
    }
    fn key(&self) -> u16 {
        self.0.key()
    }
    fn id(&self) -> u32 {
        self.0.id()
    }
    fn set_key(&self, key: u16) {
        self.0.set_key(key);
    }
    fn check(&self) {
        assert_eq!(self as *const Big as usize % 4096, 0, "misaligned element");
        self.0.check();
    }
    fn dup(&self) -> Self {
        Big(self.0.dup())
    }
    fn see(&self) {
        self.0.see();
    }
    fn seen(&self) -> u64 {
        self.0.seen()
    }
    fn unsee(&self) {
        self.0.unsee();
    }
}

/// Which element type an input drives.
#[derive(Clone, Copy, Debug, arbitrary::Arbitrary)]
pub enum ElemKind {
    Plain,
    Zst,
    Big,
}

/// A one-shot panic for the next operation.
#[derive(Clone, Copy, Debug, arbitrary::Arbitrary)]
pub struct Arm {
    pub kind: Kind,
    pub at: u8,
}

/// Checks the comparator accounting: every comparator call was counted on two elements that
/// are still in `items` (none on a discarded temporary copy). Resets it.
pub fn seen_balance<'a, T: Elem>(what: &str, items: impl IntoIterator<Item = &'a T>) {
    let calls = take_seen_calls();
    let mut total = 0;
    for e in items {
        total += e.seen();
        e.unsee();
    }
    assert_eq!(
        total, calls,
        "{what}: comparator calls seen on live elements differ from calls made"
    );
}

/// Bytes that forgotten guards may still leak in this process (see [`may_leak`]).
static LEAK_BUDGET: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(256 << 20);

/// Whether a forgotten guard may leak `bytes` more of real memory. A fuzzing process runs
/// millions of inputs: forgetting a hash table's `Drain` leaks the whole table (as in std),
/// which would grow the process past libFuzzer's RSS limit. Past a budget of 256 MiB per
/// process the targets drop such guards instead of forgetting them. A failing input replayed
/// in a fresh process therefore forgets as it did when it failed.
pub fn may_leak(bytes: usize) -> bool {
    use std::sync::atomic::Ordering::Relaxed;
    LEAK_BUDGET
        .fetch_update(Relaxed, Relaxed, |left| left.checked_sub(bytes))
        .is_ok()
}

/// Per-container leak bookkeeping across one input (elements neither held nor dropped).
#[derive(Default)]
pub struct Leaks {
    leaked: [i64; 3],
    /// Set once any leak is allowed for the zero-sized type (untagged) or by a forget.
    pub any_ok: bool,
}

impl Leaks {
    /// After one operation: `held[i]` elements are in container `i` (small, fast, std).
    /// Leaking is allowed where std leaks too (std leaks, for example, the value a `HashMap::insert`
    /// returns when dropping the spare key panics) or after a `mem::forget` (`forget`).
    /// Fails if small or fast leaked in an operation where std did not.
    pub fn after<T: Elem>(&mut self, held: [usize; 3], forget: bool, what: &dyn fmt::Debug) {
        if !T::TRACKED {
            return;
        }
        let (live, _) = live();
        let mut now = [0i64; 3];
        for i in 0..3 {
            now[i] = live[i] - held[i] as i64;
            assert!(
                now[i] >= 0,
                "container {i} holds more elements than are alive after {what:?}"
            );
        }
        let std_leaked = now[2] > self.leaked[2];
        for (i, name) in [(0, "small"), (1, "fast")] {
            if now[i] > self.leaked[i] && !std_leaked && !forget {
                panic!(
                    "{name} leaked {} element(s) where std leaked none, after {what:?}",
                    now[i] - self.leaked[i]
                );
            }
        }
        self.leaked = now;
    }

    /// At the end of an input, after the three containers are dropped: every element that
    /// was not leaked (as recorded) was dropped exactly once.
    pub fn finish(&self) {
        let (live, zst) = live();
        for (i, (l, k)) in live.iter().zip(self.leaked).enumerate() {
            assert_eq!(*l, k, "container {i}: elements alive at the end");
        }
        assert_eq!(live[3], 0, "scratch elements alive at the end");
        assert!(
            zst >= 0,
            "zero-sized: more drops than elements made ({zst})"
        );
        if !self.any_ok {
            assert_eq!(zst, 0, "zero-sized: {zst} elements leaked");
        }
    }
}

/// A range drawn from the input, resolved against a length (always in bounds).
#[derive(Clone, Copy, Debug, arbitrary::Arbitrary)]
pub struct R {
    pub a: u8,
    pub b: u8,
    pub shape: u8,
}

impl R {
    /// (start, end) with start <= end <= len.
    pub fn get(&self, len: usize) -> (usize, usize) {
        let a = self.a as usize % (len + 1);
        let b = self.b as usize % (len + 1);
        (a.min(b), a.max(b))
    }
}

/// Applies `$f` to the range `$r` resolved against `$len`, in one of the `RangeBounds` forms.
#[macro_export]
macro_rules! with_range {
    ($r:expr, $len:expr, |$rg:ident| $body:expr) => {{
        let (s, e) = $r.get($len);
        match $r.shape % 5 {
            0 => {
                let $rg = s..e;
                $body
            }
            1 => {
                let $rg = s..;
                $body
            }
            2 => {
                let $rg = ..e;
                $body
            }
            3 if e > 0 => {
                let $rg = s..=(e - 1).max(s);
                // `s..=e-1` is empty-proof only when s < e; otherwise fall back to `s..s`.
                if s < e {
                    $body
                } else {
                    let $rg = s..s;
                    $body
                }
            }
            _ => {
                let $rg = ..;
                let _ = (s, e);
                $body
            }
        }
    }};
}

// ---- the operation loop shared by the targets ---------------------------------------

/// The first element id of the next operation: each operation gets 1000 ids of its own.
pub fn next_base(id: &mut u32) -> u32 {
    let base = *id;
    *id = id.wrapping_add(1000);
    base
}

/// Starts container `tag`'s run of one operation: its new elements get `tag` and ids from
/// `base`, and `arm`, if any, makes the same call of its kind panic as in the other runs.
pub fn start_phase(tag: u8, base: u32, arm: &Option<Arm>) {
    begin(tag, base);
    if let Some(arm) = arm {
        self::arm(arm.kind, u32::from(arm.at % 16) + 1);
    }
}

/// What one operation gave on small, fast and std (`Err` where it panicked).
pub struct Three<X> {
    pub small: Result<X, ()>,
    pub fast: Result<X, ()>,
    pub std: Result<X, ()>,
    /// The comparator calls counted during small's run.
    pub small_calls: u64,
}

/// Runs one operation on small, fast and std in turn, each in its own phase (see
/// [`start_phase`]), catching injected panics; then enters the checking phase (tag 3).
pub fn run_three<X>(
    base: u32,
    arm: &Option<Arm>,
    small: impl FnOnce() -> X,
    fast: impl FnOnce() -> X,
    std: impl FnOnce() -> X,
) -> Three<X> {
    start_phase(0, base, arm);
    let small = catch(small);
    disarm();
    let small_calls = take_seen_calls();
    start_phase(1, base, arm);
    let fast = catch(fast);
    disarm();
    start_phase(2, base, arm);
    let std = catch(std);
    disarm();
    take_seen_calls();
    begin(3, base);
    Three {
        small,
        fast,
        std,
        small_calls,
    }
}

/// The `fuzz_target!` of a target whose input (a type `Input` with fields `elem:
/// ElemKind` and `ops`) drives `$run::<T>(&input.ops)` for the element type it names.
#[macro_export]
macro_rules! fuzz_elems {
    ($run:ident) => {
        libfuzzer_sys::fuzz_target!(
            init: $crate::install_hook(),
            |input: Input| {
                $crate::reset();
                match input.elem {
                    $crate::ElemKind::Plain => $run::<$crate::E>(&input.ops),
                    $crate::ElemKind::Zst => $run::<$crate::Zst>(&input.ops),
                    $crate::ElemKind::Big => $run::<$crate::Big>(&input.ops),
                }
            }
        );
    };
}

// ---- comparators for the sorting operations ------------------------------------------

/// How a comparator given to a sorting operation behaves.
#[derive(Clone, Copy, Debug, arbitrary::Arbitrary)]
pub enum Cmp {
    /// By key.
    Key,
    /// By key, reversed.
    Rev,
    /// By key modulo 4 (many ties: shows stability).
    Mod4,
    /// By key, then changes both elements' keys (a logic error; must stay safe).
    Mutating,
    /// Inconsistent: a fixed pattern regardless of the elements.
    Chaos,
}

impl Cmp {
    /// Whether this comparator is a total order (the sorts' results are then specified).
    pub fn consistent(self) -> bool {
        matches!(self, Cmp::Key | Cmp::Rev | Cmp::Mod4)
    }

    /// The comparator: it counts each call on both elements it sees (see
    /// [`seen_balance`]), may panic when armed ([`Kind::Pred`]), and fails the run if
    /// it is handed one element as both arguments.
    pub fn closure<T: Elem>(self) -> impl FnMut(&T, &T) -> Ordering {
        let mut n = 0u32;
        move |a: &T, b: &T| {
            tick(Kind::Pred);
            assert!(
                !std::ptr::eq(a, b) || std::mem::size_of::<T>() == 0,
                "an element compared with itself"
            );
            a.see();
            b.see();
            match self {
                Cmp::Key => a.key().cmp(&b.key()),
                Cmp::Rev => b.key().cmp(&a.key()),
                Cmp::Mod4 => (a.key() % 4).cmp(&(b.key() % 4)),
                Cmp::Mutating => {
                    let o = a.key().cmp(&b.key());
                    a.set_key(a.key().wrapping_add(1) % 64);
                    b.set_key(b.key().wrapping_mul(3) % 64);
                    o
                }
                Cmp::Chaos => {
                    n = n.wrapping_add(1);
                    [Ordering::Less, Ordering::Greater, Ordering::Equal][(n % 3) as usize]
                }
            }
        }
    }
}

/// Whether the elements' keys ascend.
pub fn sorted_by_key<T: Elem>(s: &[T]) -> bool {
    s.windows(2).all(|w| w[0].key() <= w[1].key())
}

// ---- what an operation returns --------------------------------------------------------

/// What an operation returned, as numbers ([`NONE`] for an absent value), and whether
/// the container's contents may then differ from std's (an unspecified order, a logic
/// error): the targets then resynchronize instead of comparing contents.
pub struct Out {
    pub vals: Vec<u64>,
    pub loose: bool,
}

/// The number standing for "no value" in [`Out::vals`].
pub const NONE: u64 = u64::MAX;

/// `v`, sorted: for results whose order a hash container leaves unspecified.
pub fn sorted(mut v: Vec<u64>) -> Vec<u64> {
    v.sort_unstable();
    v
}

/// A hash container's key from an input byte: few enough keys that operations collide.
pub fn hash_key(k: u8) -> u16 {
    u16::from(k % 32)
}
