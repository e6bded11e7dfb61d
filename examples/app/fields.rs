//! Field values: how each field type is generated and folded into a checksum.

/// A small deterministic PRNG (xorshift64*): the same input on every run and build.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(mix(seed, 0x853c_49e6_748f_ea9b) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        ((self.next_u64() as u128 * n as u128) >> 64) as u64
    }
}

/// Folds `x` into the running hash `h`; order-sensitive.
pub fn mix(h: u64, x: u64) -> u64 {
    let z = (h.rotate_left(23) ^ x).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z ^ (z >> 29)
}

/// A record field: generated from the PRNG, and digested to a stable `u64`.
///
/// The digest of an integer is its value, so integer fields double as amounts.
pub trait Field {
    fn generate(rng: &mut Rng) -> Self;
    fn digest(&self) -> u64;
}

macro_rules! int_fields {
    ($($ty:ty => $range:expr),* $(,)?) => {$(
        impl Field for $ty {
            fn generate(rng: &mut Rng) -> Self {
                rng.below($range) as $ty
            }
            fn digest(&self) -> u64 {
                *self as u64
            }
        }
    )*};
}

int_fields! {
    u8 => 200,
    u16 => 1_000,
    u32 => 50_000,
    u64 => 1_000_000,
    i32 => 5_000,
    i64 => 1 << 40,
}

impl Field for bool {
    fn generate(rng: &mut Rng) -> Self {
        rng.below(4) == 0
    }
    fn digest(&self) -> u64 {
        *self as u64
    }
}

/// Places, products and people the generated records talk about.
const WORDS: [&str; 16] = [
    "north", "south", "harbor", "airport", "central", "river", "hill", "market", "steel", "paper",
    "fresh", "frozen", "bulk", "express", "night", "local",
];

impl Field for String {
    fn generate(rng: &mut Rng) -> Self {
        let word = WORDS[rng.below(WORDS.len() as u64) as usize];
        format!("{word}-{}", rng.below(40))
    }
    fn digest(&self) -> u64 {
        self.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
        })
    }
}
