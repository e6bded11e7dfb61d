//! The default hasher of the hash-based families ([`Map`](crate::Map), [`Set`](crate::Set)).

/// The hasher builder that `fast::Map`, `small::Map`, `fast::Set` and `small::Set` use
/// when none is named: std's [`RandomState`](std::hash::RandomState) with the `std`
/// feature.
///
/// Without `std` there is no default hasher: this is then an uninhabited type, so
/// `Map::new()` and `Map::with_capacity()` do not exist, and a `no_std` program names its
/// hasher with `Map::with_hasher(..)` (a `const fn`) or `with_capacity_and_hasher(..)`,
/// as with hashbrown without its `default-hasher` feature.
///
/// Why none: a hasher that resists hash flooding needs random keys, and `no_std` has no
/// portable source of randomness; a fixed-key or unkeyed hasher would silently make
/// every map in the firmware attackable, and picking one (foldhash, ahash, FxHash...)
/// would add a dependency and a policy the user may not want. The user knows whether
/// their keys can be attacker-chosen and which hasher their target can seed.
///
/// ```
/// # #[cfg(feature = "std")] {
/// let m: sizespeed::small::Map<u8, u8, sizespeed::DefaultHashBuilder> =
///     sizespeed::small::Map::new();
/// assert!(m.is_empty());
/// # }
/// ```
#[cfg(feature = "std")]
pub type DefaultHashBuilder = std::hash::RandomState;

/// The hasher builder that the hash-based families use when none is named. Without the
/// `std` feature there is none: this type is uninhabited, and maps and sets are made
/// with `with_hasher` or `with_capacity_and_hasher` and a hasher the user supplies.
///
/// Why none: a hasher that resists hash flooding needs random keys, and `no_std` has no
/// portable source of randomness; a fixed-key hasher would silently make every map
/// attackable, and choosing one would add a dependency and a policy the user may not
/// want.
///
/// ```
/// use core::hash::BuildHasherDefault;
/// # #[derive(Default)] struct Fnv(u64);
/// # impl core::hash::Hasher for Fnv {
/// #     fn finish(&self) -> u64 { self.0 }
/// #     fn write(&mut self, b: &[u8]) { for x in b { self.0 = (self.0 ^ *x as u64).wrapping_mul(0x100000001b3); } }
/// # }
/// let mut m = sizespeed::small::Map::with_hasher(BuildHasherDefault::<Fnv>::default());
/// m.insert(1u8, 2u8);
/// assert_eq!(m[&1], 2);
/// ```
#[cfg(not(feature = "std"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DefaultHashBuilder {}
