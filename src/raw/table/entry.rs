//! The entry API's half of the table core: a lookup that reports where a key is or the
//! hash to insert it under, and an insertion at a remembered hash, so that
//! `map.entry(key).or_insert(value)` hashes `key` once.

use super::{Fns, Query, RawTable};
use core::mem;

use crate::raw::{DropFn, ElemInfo};

impl RawTable {
    /// Probes for the key that the reference at `key` points to. Returns the bucket
    /// holding an equal key (`usize::MAX` if none: two words, returned in registers) and
    /// the key's hash. If it is absent, reserves room for
    /// one more entry (as [`reserve`](RawTable::reserve)`(info, 1, ..)`), so that a
    /// [`claim`](Self::claim) of the returned hash needs no hashing; the reservation is
    /// here, once, rather than at every typed `entry` call.
    ///
    /// The caller's key is handed over, and given back only when absent: it is dropped
    /// here (with `drop_key`) when an equal key is stored, and if the hash or eq function,
    /// or the growth, panics. Its drop glue is then called from here, not compiled into
    /// every typed `entry`, with its unwinding paths.
    ///
    /// The key is hashed once, at its own location, and compared only with stored keys.
    /// If the hash or eq function panics, the table is unchanged; if the hasher panics
    /// while the table grows, the table keeps every entry.
    ///
    /// # Panics
    /// As [`reserve`](RawTable::reserve), when the key is absent.
    ///
    /// # Safety
    /// As for [`find`](RawTable::find) and [`reserve`](RawTable::reserve): `info`
    /// describes the entries and `fns` hashes the entries' own key type. The reference at
    /// `key` points to a live key that the caller does not drop (it owns it again only
    /// when `None` is returned), and `drop_key` is its drop glue.
    pub(crate) unsafe fn find_slot(
        &mut self,
        info: &ElemInfo,
        fns: &Fns,
        state: *const u8,
        key: *const u8,
        drop_key: DropFn,
    ) -> (usize, u64) {
        /// Drops the caller's key unless defused.
        struct KeyGuard {
            key: *mut u8,
            drop: DropFn,
        }
        impl Drop for KeyGuard {
            fn drop(&mut self) {
                if let Some(drop) = self.drop {
                    // SAFETY: the key is live and handed over (see `find_slot`); it is
                    // dropped only here, once.
                    unsafe { drop(self.key) }
                }
            }
        }
        let guard = KeyGuard {
            // SAFETY: `key` points to a reference to the key (caller).
            key: unsafe { *(key as *const *mut u8) },
            drop: drop_key,
        };
        // SAFETY: forwarded from the caller.
        let q = &unsafe { Query::new(fns, state, key) };
        // SAFETY: forwarded from the caller.
        let hash = unsafe { q.hash() };
        let start = hash as usize & self.bucket_mask;
        // SAFETY: forwarded from the caller; the probe starts at the first group.
        let found = unsafe { self.probe_from(info.size, hash, q, start, 0) };
        match found {
            Some(index) => (index, hash),
            None => {
                // SAFETY: forwarded from the caller: `fns` and `state` hash the entries.
                unsafe { self.reserve(info, 1, fns, state) };
                // The key goes back to the caller.
                mem::forget(guard);
                (usize::MAX, hash)
            }
        }
    }

    /// Claims a free bucket for a new entry whose key hashes to `hash` and is not in the
    /// table, and returns its index. Never grows: the caller reserved room first. The
    /// caller must write the entry into the bucket at once (before anything that can
    /// panic): it is already counted as full.
    ///
    /// # Safety
    /// The table has growth left (`reserve(1)` since the last insertion), and `hash` is
    /// the hash of a key not in the table.
    pub(crate) unsafe fn claim(&mut self, size: usize, hash: u64) -> usize {
        debug_assert!(self.growth_left > 0);
        // SAFETY: a table with growth left is allocated; the free bucket found may be
        // taken, as there is growth left even if it is `EMPTY`.
        unsafe {
            let index = self.find_free(hash);
            self.occupy(size, index, hash);
            index
        }
    }
}

/// Panics with std's message if two of the non-null pointers in `found` are equal: two
/// of the keys given to `get_disjoint_mut` name the same entry.
///
/// # Panics
/// Panics with "duplicate keys found" on an overlap.
#[track_caller]
pub(crate) fn check_disjoint(found: &[*mut u8]) {
    for (i, p) in found.iter().enumerate() {
        if !p.is_null() && found[..i].contains(p) {
            panic!("duplicate keys found");
        }
    }
}
