//! The non-generic core of [`small::Map`](crate::small::Map) and
//! [`small::Set`](crate::small::Set): an open-addressing hash table whose entries are
//! described by an [`ElemInfo`].
//!
//! # Layout
//!
//! One allocation per table, in the style of SwissTable: the entry array first, then the
//! control bytes.
//!
//! ```text
//!  base                                ctrl
//!   | entry[buckets-1] ... entry[1] entry[0] | ctrl[0] ... ctrl[buckets-1] | GROUP more |
//! ```
//!
//! Entry `i` lives at `ctrl - (i + 1) * size`, so both halves are reached from the one
//! `ctrl` pointer. `buckets` is a power of two (at least 4). Every control byte is
//! `EMPTY`, `DELETED` (a tombstone) or, for a full bucket, the top 7 bits of the entry's
//! hash (`h2`). The `GROUP` bytes after the last bucket mirror the first ones, so a group
//! of control bytes can be read at any bucket index with one unaligned 8-byte load.
//!
//! # Probing
//!
//! Lookups start at the group at `hash & bucket_mask` and visit groups in triangular
//! order (offsets 0, 8, 24, 48, ... modulo `buckets`), which visits every group once when
//! `buckets` is a power of two. In each group the bytes equal to `h2` are found with SWAR
//! arithmetic on a `u64` (no SIMD intrinsics); only those candidates are compared with the
//! erased `eq` function. A group that contains an `EMPTY` byte ends the search.
//!
//! # Why tombstones
//!
//! Removal writes `EMPTY` when no probe sequence can have passed over the bucket (there is
//! an `EMPTY` byte within one group width on both sides), and a `DELETED` tombstone
//! otherwise. Backward-shift deletion would need linear probing and would move entries on
//! every removal; with group probing, tombstones are rare (most removals find an `EMPTY`
//! neighbour), removal never moves an entry, and so an entry's address is stable until the
//! table grows. Tombstones count against the load factor and are cleared by the next
//! rehash.
//!
//! # Panic safety
//!
//! The core calls user code through three erased functions: `eq` (during lookups, before
//! anything is modified), `hash` (only while growing or shrinking) and the entry's drop.
//! Growing allocates the new table, copies each entry's bytes into it while the old table
//! stays the owner of every entry, and swaps the two only when every hash has been
//! computed. If the user's hasher panics, the new allocation is freed without dropping
//! anything and the old table is unchanged. Drops that panic leave the table valid: the
//! entry being dropped is already unlinked (or the whole table is being reset).
//!
//! The maximum load factor is 7/8, as in SwissTable.

use alloc::alloc::{alloc, dealloc};
use core::alloc::Layout;
use core::ptr::{self, NonNull};

use super::grow::{grow_failed, Grow};
use super::{copy_elem, DropFn, ElemInfo};
use crate::TryReserveError;

/// Number of control bytes examined at once: one `u64`.
const GROUP: usize = 8;
/// Control byte of a bucket that has never held an entry since the last rehash.
const EMPTY: u8 = 0xFF;
/// Control byte of a bucket whose entry was removed (a tombstone).
const DELETED: u8 = 0x80;
/// The high bit of every byte of a group.
const HI: u64 = 0x8080_8080_8080_8080;
/// The low bit of every byte of a group.
const LO: u64 = 0x0101_0101_0101_0101;

/// The control bytes of the table with no buckets: a group of `EMPTY` bytes that is only
/// ever read. A promoted constant, so [`RawTable::new`] is a `const fn`.
const EMPTY_CTRL: &[u8; GROUP] = &[EMPTY; GROUP];

/// Hashes one key with the hasher builder at `state`: `S::hash_one` of the key that the
/// reference at `key` points to, one instance per (query type, hasher-builder type), so
/// that the whole hash (building the hasher, feeding the key, finishing) is compiled as
/// one piece, with the hasher's state in registers.
///
/// # Safety
/// `state` points to the hasher builder the function was made for, and `key` to a live
/// reference to a key of the query type it was made for. May panic (it runs the user's
/// hasher and `Hash`).
pub(crate) type HashOne = unsafe fn(state: *const u8, key: *const u8) -> u64;

/// An erased hash function and the hasher builder it uses.
#[derive(Clone, Copy)]
struct HashFn {
    /// Hashes one key; see [`HashOne`].
    one: HashOne,
    /// The hasher builder, passed back to `one`.
    state: *const u8,
}

/// The per-type functions of a lookup, built once per key and query type as a
/// promoted constant by the typed shim.
#[derive(Debug)]
pub(crate) struct Fns {
    /// Hashes a query key; see [`HashOne`].
    pub(crate) hash: HashOne,
    /// Compares a query key with a stored entry; see [`Query::eq`].
    pub(crate) eq: unsafe fn(key: *const u8, entry: *const u8) -> bool,
}

/// A lookup: the query key and how to hash it and compare it with stored entries.
#[derive(Clone, Copy)]
struct Query {
    /// Hashes the query. For insertions (where the query is the entry's own key type)
    /// it also rehashes stored entries when the table grows.
    hasher: HashFn,
    /// `eq(key, entry)`: whether the query at `key` equals the key of the entry at `entry`.
    ///
    /// # Safety
    /// `key` must be the `key` below; `entry` must point to an initialized entry of the
    /// table's type. May panic (it runs the user's `Eq`).
    eq: unsafe fn(key: *const u8, entry: *const u8) -> bool,
    /// Points to a reference to the query key.
    key: *const u8,
}

impl Query {
    /// The lookup of the key that the reference at `key` points to.
    ///
    /// # Safety
    /// `key` points to a live reference to a key of the type `fns` was made for.
    #[inline(always)]
    unsafe fn new(fns: &Fns, state: *const u8, key: *const u8) -> Query {
        Query {
            hasher: HashFn::new(fns, state),
            eq: fns.eq,
            key,
        }
    }

    /// The hash of the query.
    ///
    /// # Safety
    /// `hasher` was made for this query's key type and its `state` is live.
    #[inline(always)]
    unsafe fn hash(&self) -> u64 {
        // SAFETY: `key` points to a reference to the query key, which `hasher.one` takes;
        // forwarded.
        unsafe { (self.hasher.one)(self.hasher.state, self.key) }
    }
}

impl HashFn {
    #[inline(always)]
    fn new(fns: &Fns, state: *const u8) -> HashFn {
        HashFn {
            one: fns.hash,
            state,
        }
    }

    /// The hash of the stored entry at `entry`, whose key is at offset 0.
    ///
    /// # Safety
    /// `entry` is an initialized entry whose key type `one` was made for.
    #[inline(always)]
    unsafe fn of_entry(&self, entry: *const u8) -> u64 {
        // Stored keys are sized, so a reference to the key is a thin pointer: the entry's
        // address, since the key is at offset 0.
        let key_ref = entry;
        // SAFETY: `key_ref` is a live reference to the key (the caller guarantees the
        // entry is live), and `one` takes a pointer to such a reference.
        unsafe { (self.one)(self.state, &key_ref as *const *const u8 as *const u8) }
    }
}

/// A part of an entry that moves to or from the caller: `size` bytes at `offset`, and
/// how to drop the key (at offset 0) that does not move with it.
#[derive(Clone, Copy)]
pub(crate) struct Part {
    pub(crate) offset: usize,
    pub(crate) size: usize,
    /// Drops the key at the start of an entry; `None` if it has no drop glue or if the
    /// part is the whole entry.
    ///
    /// # Safety
    /// The pointer points to a live key that is not used again.
    pub(crate) drop_key: Option<unsafe fn(*mut u8)>,
}

/// A clone function for [`RawTable::clone_with`]: writes a clone of the entry at `src`
/// into the uninitialized slot `dst`.
///
/// # Safety
/// `src` points to an initialized entry, `dst` to a writable, aligned slot for one entry.
/// May panic, in which case `dst` is left uninitialized.
pub(crate) type CloneFn = unsafe fn(src: *const u8, dst: *mut u8);

/// The 7-bit tag stored in the control byte of a full bucket.
#[inline(always)]
fn h2(hash: u64) -> u8 {
    (hash >> 57) as u8
}

/// Loads the group of control bytes starting at `p`, byte `k` in bits `8k..8k+8`.
///
/// # Safety
/// `p` must be readable for `GROUP` bytes.
#[inline(always)]
unsafe fn load(p: *const u8) -> u64 {
    // SAFETY: the caller guarantees `GROUP` readable bytes; the read is unaligned.
    u64::from_le(unsafe { ptr::read_unaligned(p as *const u64) })
}

/// Bytes of `group` equal to `tag` (high bit set in each), possibly with false positives
/// on full buckets right after a true match; never on `EMPTY` or `DELETED` bytes.
#[inline(always)]
fn match_tag(group: u64, tag: u8) -> u64 {
    let x = group ^ (LO * tag as u64);
    x.wrapping_sub(LO) & !x & HI
}

/// Bytes of `group` that are `EMPTY` (both top bits set).
#[inline(always)]
fn match_empty(group: u64) -> u64 {
    group & (group << 1) & HI
}

/// Bytes of `group` that are `EMPTY` or `DELETED` (top bit set).
#[inline(always)]
fn match_free(group: u64) -> u64 {
    group & HI
}

/// Bytes of `group` that are full (top bit clear).
#[inline(always)]
fn match_full(group: u64) -> u64 {
    !group & HI
}

/// Index within the group of the lowest matched byte. `mask != 0`.
#[inline(always)]
fn lowest(mask: u64) -> usize {
    (mask.trailing_zeros() / 8) as usize
}

/// The number of entries a table with `bucket_mask + 1` buckets holds before growing.
#[inline]
fn capacity_of(bucket_mask: usize) -> usize {
    if bucket_mask < 8 {
        // Tiny tables: one bucket always stays free (`bucket_mask` is 0, 3 or 7).
        bucket_mask
    } else {
        (bucket_mask + 1) / 8 * 7
    }
}

/// The number of buckets needed to hold `cap > 0` entries, or `None` on overflow.
fn buckets_for(cap: usize) -> Option<usize> {
    if cap < 8 {
        return Some(if cap < 4 { 4 } else { 8 });
    }
    let adjusted = cap.checked_mul(8)? / 7;
    adjusted.checked_next_power_of_two()
}

/// The allocation of a table of `buckets` entries of `info`'s type: its layout and the
/// offset of the control bytes in it.
fn table_layout(info: &ElemInfo, buckets: usize) -> Option<(Layout, usize)> {
    let data = info.size.checked_mul(buckets)?;
    let total = data.checked_add(buckets)?.checked_add(GROUP)?;
    let layout = Layout::from_size_align(total, info.align.max(GROUP)).ok()?;
    Some((layout, data))
}

/// An open-addressing hash table of untyped entries.
///
/// `RawTable` does not know its entry type and has no `Drop`: its owner passes the same
/// [`ElemInfo`] to every call and calls [`drop_and_free`](Self::drop_and_free) when it is
/// dropped. It never hashes or compares entries itself except through the [`HashFn`] and
/// [`Query`] it is given.
#[derive(Debug)]
pub(crate) struct RawTable {
    /// The control bytes. When `bucket_mask == 0` this is [`EMPTY_CTRL`] (no allocation,
    /// never written). Otherwise it points `info.size * buckets` bytes into an allocation
    /// made with `table_layout(info, buckets)`, holding `buckets + GROUP` control bytes
    /// as described in the module docs, and it is aligned to `max(info.align, GROUP)`.
    ctrl: NonNull<u8>,
    /// `buckets - 1`, where `buckets` is a power of two `>= 4`; 0 for the empty table.
    bucket_mask: usize,
    /// How many more entries can be put in `EMPTY` buckets before the table must grow:
    /// `capacity_of(bucket_mask) - items - (number of DELETED bytes)`.
    growth_left: usize,
    /// Number of full buckets.
    items: usize,
}

impl RawTable {
    /// The empty table. Does not allocate. Always inlined: it is a constant, and a call
    /// would cost each typed constructor an unwinding edge.
    #[inline(always)]
    pub(crate) const fn new() -> Self {
        RawTable {
            // SAFETY: a reference is never null. The pointer is only ever read through.
            ctrl: unsafe { NonNull::new_unchecked(EMPTY_CTRL.as_ptr() as *mut u8) },
            bucket_mask: 0,
            growth_left: 0,
            items: 0,
        }
    }

    /// The empty table, as a constant: a typed constructor copies it instead of calling
    /// [`new`](Self::new).
    pub(crate) const EMPTY: RawTable = RawTable::new();

    /// Number of entries.
    #[inline(always)]
    pub(crate) fn len(&self) -> usize {
        self.items
    }

    /// Number of entries the table holds without growing (tombstones aside).
    #[inline(always)]
    pub(crate) fn capacity(&self) -> usize {
        self.items + self.growth_left
    }

    /// Address of the entry in bucket `index`.
    ///
    /// # Safety
    /// The table is allocated and `index < buckets`.
    #[inline(always)]
    pub(crate) unsafe fn bucket(&self, size: usize, index: usize) -> *mut u8 {
        // SAFETY: entry `index` lies within the entry half of the allocation.
        unsafe { self.ctrl.as_ptr().sub((index + 1) * size) }
    }

    /// Writes `value` to the control byte of bucket `index` and to its mirror.
    ///
    /// # Safety
    /// The table is allocated and `index < buckets`.
    #[inline(always)]
    unsafe fn set_ctrl(&mut self, index: usize, value: u8) {
        // For `buckets >= GROUP` the mirror of byte `i < GROUP` is `buckets + i` (and
        // bytes `i >= GROUP` mirror onto themselves). For smaller tables it is
        // `GROUP + i`; the bytes between stay `EMPTY` forever.
        let mirror = (index.wrapping_sub(GROUP) & self.bucket_mask) + GROUP;
        // SAFETY: both indices are below `buckets + GROUP`.
        unsafe {
            *self.ctrl.as_ptr().add(index) = value;
            *self.ctrl.as_ptr().add(mirror) = value;
        }
    }

    /// Allocates a table with `buckets` buckets, all `EMPTY`.
    fn allocate(info: &ElemInfo, buckets: usize) -> Result<Self, Grow> {
        debug_assert!(buckets.is_power_of_two() && buckets >= 4);
        let (layout, ctrl_offset) = table_layout(info, buckets).ok_or(Grow::Overflow)?;
        // SAFETY: the layout is not zero-sized: it has at least `buckets + GROUP` bytes.
        let base = unsafe { alloc(layout) };
        if base.is_null() {
            return Err(Grow::Alloc(layout));
        }
        // SAFETY: the control bytes lie within the allocation: `ctrl_offset` plus
        // `buckets + GROUP` bytes is the layout's size.
        let ctrl = unsafe {
            let ctrl = base.add(ctrl_offset);
            ptr::write_bytes(ctrl, EMPTY, buckets + GROUP);
            NonNull::new_unchecked(ctrl)
        };
        Ok(RawTable {
            ctrl,
            bucket_mask: buckets - 1,
            growth_left: capacity_of(buckets - 1),
            items: 0,
        })
    }

    /// A table with room for `capacity` entries, reporting failure.
    fn try_with_capacity_inner(info: &ElemInfo, capacity: usize) -> Result<Self, Grow> {
        if capacity == 0 {
            return Ok(RawTable::new());
        }
        let buckets = buckets_for(capacity).ok_or(Grow::Overflow)?;
        RawTable::allocate(info, buckets)
    }

    /// A table with room for at least `capacity` entries.
    ///
    /// # Panics
    /// Panics if the size overflows `isize::MAX` bytes; aborts if allocation fails.
    pub(crate) fn with_capacity(info: &ElemInfo, capacity: usize) -> Self {
        match RawTable::try_with_capacity_inner(info, capacity) {
            Ok(t) => t,
            Err(e) => grow_failed(e),
        }
    }

    /// Frees the allocation without dropping any entry; the table becomes empty.
    fn free(&mut self, info: &ElemInfo) {
        if self.bucket_mask != 0 {
            let buckets = self.bucket_mask + 1;
            if let Some((layout, ctrl_offset)) = table_layout(info, buckets) {
                // SAFETY: the allocation starts `ctrl_offset` bytes before `ctrl` and was
                // made with this layout (field invariant).
                unsafe { dealloc(self.ctrl.as_ptr().sub(ctrl_offset), layout) }
            }
        }
        *self = RawTable::new();
    }

    /// Probes for an entry equal to the query from the group at `pos`, reached after
    /// `stride` bytes of the triangular sequence of `hash`; returns its bucket index.
    ///
    /// # Safety
    /// `q.eq` compares with entries of `size` bytes of this table's type; `pos` and
    /// `stride` are a point of the probe sequence of `hash`, and the groups before it
    /// hold no match and no `EMPTY` byte.
    #[inline(always)]
    unsafe fn probe_from(
        &self,
        size: usize,
        hash: u64,
        q: &Query,
        mut pos: usize,
        mut stride: usize,
    ) -> Option<usize> {
        let tag = h2(hash);
        let mask = self.bucket_mask;
        loop {
            // SAFETY: `pos <= bucket_mask`, and `buckets + GROUP` (or `GROUP` for the
            // empty table) control bytes are readable.
            let group = unsafe { load(self.ctrl.as_ptr().add(pos)) };
            let mut m = match_tag(group, tag);
            while m != 0 {
                let index = (pos + lowest(m)) & mask;
                // SAFETY: a tag match is a full bucket (a real one, or the mirror of
                // one, which `& mask` maps back), so the entry is initialized.
                if unsafe { (q.eq)(q.key, self.bucket(size, index)) } {
                    return Some(index);
                }
                m &= m - 1;
            }
            if match_empty(group) != 0 {
                return None;
            }
            // The load factor keeps at least one `EMPTY` byte, so this terminates.
            stride += GROUP;
            pos = (pos + stride) & mask;
        }
    }

    /// The first `EMPTY` or `DELETED` bucket on the probe sequence of `hash`.
    ///
    /// # Safety
    /// The table is allocated (it then always has a free bucket).
    #[inline(always)]
    unsafe fn find_free(&self, hash: u64) -> usize {
        let mask = self.bucket_mask;
        let mut pos = hash as usize & mask;
        let mut stride = 0;
        loop {
            // SAFETY: as in `probe_from`.
            let m = match_free(unsafe { load(self.ctrl.as_ptr().add(pos)) });
            if m != 0 {
                return self.fix_free(pos + lowest(m));
            }
            stride += GROUP;
            pos = (pos + stride) & mask;
        }
    }

    /// Maps a free byte found by a group load back to a free bucket.
    ///
    /// In tables smaller than a group, the match may be one of the always-`EMPTY` bytes
    /// past the last bucket, whose bucket (after masking) can be full; the first group then
    /// holds every bucket and has a free one.
    #[inline(always)]
    fn fix_free(&self, raw_index: usize) -> usize {
        let index = raw_index & self.bucket_mask;
        // SAFETY: `index < buckets + GROUP`; the control bytes are readable.
        if unsafe { *self.ctrl.as_ptr().add(index) } & 0x80 == 0 {
            // SAFETY: the first group is readable, and holds a free bucket below `buckets`.
            lowest(match_free(unsafe { load(self.ctrl.as_ptr()) }))
        } else {
            index
        }
    }

    /// The address `offset` bytes into the entry equal to the key that the reference at
    /// `key` points to, or null if there is none.
    ///
    /// # Safety
    /// `info` describes the entries; `fns` were made for this key type and the entries'
    /// type, `state` is the hasher builder every entry was inserted with, and `key`
    /// points to a reference to a live key. `offset <= info.size`.
    ///
    /// Inlined: a lookup is the operation maps and sets exist for, and behind a call it
    /// took about 1.3x std's time against 1.05x inlined (interleaved harness, `get_hit` on
    /// 1,000 `u64` keys). Unoptimized builds, and so the per-type LLVM line counts, still
    /// have one copy; optimized builds grow by the probe loop at each typed call site
    /// (see `size-reports/map.md` for the `.text` growth per type). With the
    /// `shared-library` feature it stays out of line, in the library.
    #[cfg_attr(not(feature = "shared-library"), inline)]
    #[cfg_attr(feature = "shared-library", inline(never))]
    pub(crate) unsafe fn find(
        &self,
        info: &ElemInfo,
        fns: &Fns,
        state: *const u8,
        key: *const u8,
        offset: usize,
    ) -> *mut u8 {
        // SAFETY: forwarded from the caller.
        let q = &unsafe { Query::new(fns, state, key) };
        // SAFETY: forwarded from the caller.
        let hash = unsafe { q.hash() };
        let start = hash as usize & self.bucket_mask;
        // SAFETY: forwarded from the caller; the probe starts at the first group.
        match unsafe { self.probe_from(info.size, hash, q, start, 0) } {
            // SAFETY: `probe_from` returns in-bounds indices of an allocated table, and
            // the offset stays within the entry (caller).
            Some(index) => unsafe { self.bucket(info.size, index).add(offset) },
            None => ptr::null_mut(),
        }
    }

    /// Inserts the entry at `entry` (its key at offset 0) unless an equal key is present.
    ///
    /// The caller gives up ownership of `entry` in every case. If the key is present,
    /// the value part of the stored entry and of `entry` are swapped and `entry`'s key is
    /// dropped with `value.drop_key`: the caller's buffer then holds only the old value,
    /// which the caller takes. Otherwise `entry` moves into the table. Returns the stored
    /// entry and whether the key was present.
    ///
    /// If `q`'s hash or eq function panics, the table is unchanged and `entry` is
    /// dropped.
    ///
    /// # Safety
    /// As for [`find`](Self::find), with `fns` made for the entries' own key type; `entry` is an
    /// initialized entry outside the table, writable, that the caller does not drop;
    /// `value` describes the entry type.
    pub(crate) unsafe fn insert(
        &mut self,
        info: &ElemInfo,
        drop: DropFn,
        fns: &Fns,
        state: *const u8,
        entry: *mut u8,
        value: &Part,
    ) -> (*mut u8, bool) {
        // The entry's key is at offset 0: a pointer to it has the layout of `&K`.
        let key_ref = entry;
        // SAFETY: `key_ref` is a live thin reference to the caller's key.
        let q = &unsafe { Query::new(fns, state, &key_ref as *const *mut u8 as *const u8) };
        /// Drops the caller's entry if a user function panics before it has moved.
        struct Owned {
            entry: *mut u8,
            drop: Option<unsafe fn(*mut u8)>,
        }
        impl Drop for Owned {
            fn drop(&mut self) {
                if let Some(drop) = self.drop {
                    // SAFETY: only reached while unwinding out of a hash, eq or rehash
                    // call, when the entry is still the caller's, live and unmoved.
                    unsafe { drop(self.entry) }
                }
            }
        }
        let owned = Owned { entry, drop };
        let size = info.size;
        // SAFETY: forwarded from the caller.
        let hash = unsafe { q.hash() };
        let tag = h2(hash);
        let mask = self.bucket_mask;
        let mut pos = hash as usize & mask;
        let mut stride = 0;
        let mut free = usize::MAX;
        loop {
            // SAFETY: as in `probe_from`.
            let group = unsafe { load(self.ctrl.as_ptr().add(pos)) };
            let mut m = match_tag(group, tag);
            while m != 0 {
                let index = (pos + lowest(m)) & mask;
                // SAFETY: as in `probe_from`.
                let stored = unsafe { self.bucket(size, index) };
                // SAFETY: the entry is initialized; forwarded from the caller.
                if unsafe { (q.eq)(q.key, stored) } {
                    core::mem::forget(owned);
                    // SAFETY: both entries are live and distinct; swapping the value
                    // bytes exchanges ownership of the two values. The caller's key
                    // (at offset 0) is then dropped; if that panics, the old value in
                    // the caller's buffer leaks and the table is intact.
                    unsafe {
                        ptr::swap_nonoverlapping(
                            stored.add(value.offset),
                            entry.add(value.offset),
                            value.size,
                        );
                        if let Some(drop) = value.drop_key {
                            drop(entry);
                        }
                    }
                    return (stored, true);
                }
                m &= m - 1;
            }
            if free == usize::MAX {
                let f = match_free(group);
                if f != 0 {
                    free = pos + lowest(f);
                }
            }
            if match_empty(group) != 0 {
                break;
            }
            stride += GROUP;
            pos = (pos + stride) & mask;
        }
        let mut index = self.fix_free(free);
        // SAFETY: `index < buckets + GROUP`.
        let old = unsafe { *self.ctrl.as_ptr().add(index) };
        if self.growth_left == 0 && old == EMPTY {
            if let Err(e) = self.reserve_rehash(info, 1, &q.hasher) {
                grow_failed(e)
            }
            // SAFETY: the table is now allocated.
            index = unsafe { self.find_free(hash) };
        }
        core::mem::forget(owned);
        // SAFETY: `index` is a free bucket of an allocated table; the slot is filled at
        // once with the caller's entry, which moves in. Nothing here can panic.
        unsafe {
            let (slot, _) = self.occupy(size, index, hash);
            copy_elem(entry, slot, size);
            (slot, false)
        }
    }

    /// Marks the free bucket `index` full with `hash`'s tag; returns its slot.
    ///
    /// # Safety
    /// The table is allocated, bucket `index` is free, and if it is `EMPTY` then
    /// `growth_left > 0`.
    #[inline(always)]
    unsafe fn occupy(&mut self, size: usize, index: usize, hash: u64) -> (*mut u8, bool) {
        // SAFETY: `index < buckets` (caller).
        let old = unsafe { *self.ctrl.as_ptr().add(index) };
        self.growth_left -= (old == EMPTY) as usize;
        // SAFETY: `index < buckets` (caller).
        unsafe { self.set_ctrl(index, h2(hash)) };
        self.items += 1;
        // SAFETY: `index < buckets`.
        (unsafe { self.bucket(size, index) }, false)
    }

    /// Removes the entry equal to the query and moves `part` of it to `out`, dropping
    /// the key with `part.drop_key` (pass the whole entry and no drop to take both).
    /// Returns whether it was found.
    ///
    /// The bucket is unlinked before the key is dropped, so a panicking key drop leaves
    /// the table valid (the moved part then leaks).
    ///
    /// # Safety
    /// As for [`find`](Self::find); `out` is writable for `part.size` bytes and outside
    /// the table; `part` describes the entry type. If `true` is returned, the caller
    /// owns what was written to `out`.
    ///
    /// `#[inline]` for the reason given on [`find`](Self::find) (and, like it, out of line
    /// with the `shared-library` feature); moving the part out and unlinking the bucket
    /// stay out of line, in [`take`](Self::take).
    #[cfg_attr(not(feature = "shared-library"), inline)]
    #[cfg_attr(feature = "shared-library", inline(never))]
    pub(crate) unsafe fn remove(
        &mut self,
        info: &ElemInfo,
        fns: &Fns,
        state: *const u8,
        key: *const u8,
        out: *mut u8,
        part: &Part,
    ) -> bool {
        // SAFETY: forwarded from the caller.
        let q = &unsafe { Query::new(fns, state, key) };
        // SAFETY: forwarded from the caller.
        let hash = unsafe { q.hash() };
        let start = hash as usize & self.bucket_mask;
        // SAFETY: forwarded from the caller; the probe starts at the first group.
        match unsafe { self.probe_from(info.size, hash, q, start, 0) } {
            Some(index) => {
                // SAFETY: `index` is a full bucket; forwarded from the caller.
                unsafe { self.take(info.size, index, out, part) };
                true
            }
            None => false,
        }
    }

    /// Moves `part` of the entry in bucket `index` to `out`, unlinks the bucket and drops
    /// the key with `part.drop_key`: the out-of-line half of [`remove`](Self::remove).
    ///
    /// # Safety
    /// Bucket `index` is full, its entries have `size` bytes and `part` describes them;
    /// `out` is writable for `part.size` bytes and outside the table.
    #[inline(never)]
    unsafe fn take(&mut self, size: usize, index: usize, out: *mut u8, part: &Part) {
        // SAFETY: the bucket is full; the part moves to `out` and the bucket is unlinked,
        // so each part has one owner; then the key is dropped once.
        unsafe {
            let entry = self.bucket(size, index);
            copy_elem(entry.add(part.offset), out, part.size);
            self.erase(index);
            if let Some(drop) = part.drop_key {
                drop(entry);
            }
        }
    }

    /// Marks the full bucket `index` free without touching its entry, which the caller now
    /// owns.
    ///
    /// # Safety
    /// The table is allocated and bucket `index` is full.
    pub(crate) unsafe fn erase(&mut self, index: usize) {
        let mask = self.bucket_mask;
        let before = index.wrapping_sub(GROUP) & mask;
        // SAFETY: both positions are `<= bucket_mask`, readable for a group.
        let (eb, ea) = unsafe {
            (
                match_empty(load(self.ctrl.as_ptr().add(before))),
                match_empty(load(self.ctrl.as_ptr().add(index))),
            )
        };
        // If the `EMPTY`-free run through this bucket is shorter than a group, no group
        // load ever saw it without an `EMPTY`, so no probe sequence continued past it.
        let run = (eb.leading_zeros() / 8 + ea.trailing_zeros() / 8) as usize;
        let value = if run >= GROUP {
            DELETED
        } else {
            self.growth_left += 1;
            EMPTY
        };
        // SAFETY: `index < buckets` (caller).
        unsafe { self.set_ctrl(index, value) };
        self.items -= 1;
    }

    /// Makes room for `additional` more entries without growing again.
    ///
    /// # Panics
    /// Panics on capacity overflow, or if the hasher panics (the table is then unchanged).
    ///
    /// # Safety
    /// `info` describes the entries; `fns.hash` with `state` hashes their keys.
    pub(crate) unsafe fn reserve(
        &mut self,
        info: &ElemInfo,
        additional: usize,
        fns: &Fns,
        state: *const u8,
    ) {
        if additional > self.growth_left {
            let hasher = &HashFn::new(fns, state);
            if let Err(e) = self.reserve_rehash(info, additional, hasher) {
                grow_failed(e)
            }
        }
    }

    /// Like [`reserve`](Self::reserve), reporting capacity and allocation failures.
    ///
    /// # Safety
    /// As for [`reserve`](Self::reserve).
    pub(crate) unsafe fn try_reserve(
        &mut self,
        info: &ElemInfo,
        additional: usize,
        fns: &Fns,
        state: *const u8,
    ) -> Result<(), TryReserveError> {
        if additional > self.growth_left {
            let hasher = &HashFn::new(fns, state);
            self.reserve_rehash(info, additional, hasher)?;
        }
        Ok(())
    }

    /// Grows (or, when tombstones fill the table, rebuilds at the same size) so that
    /// `additional` more entries fit.
    #[cold]
    #[inline(never)]
    fn reserve_rehash(
        &mut self,
        info: &ElemInfo,
        additional: usize,
        hasher: &HashFn,
    ) -> Result<(), Grow> {
        let new_items = self.items.checked_add(additional).ok_or(Grow::Overflow)?;
        let full = capacity_of(self.bucket_mask);
        let target = if new_items <= full / 2 {
            // Mostly tombstones: rebuild at the same size to clear them.
            full
        } else {
            new_items.max(full + 1)
        };
        self.resize(info, target, hasher)
    }

    /// Moves every entry into a new table with room for `capacity` entries.
    ///
    /// The old table owns every entry until the last hash is computed: the entries are
    /// only copied bitwise meanwhile. If `hasher` panics, the new allocation is freed
    /// without dropping anything and `self` is unchanged.
    fn resize(&mut self, info: &ElemInfo, capacity: usize, hasher: &HashFn) -> Result<(), Grow> {
        /// Frees its table's allocation, never its entries, when dropped.
        struct FreeOnly<'a> {
            table: RawTable,
            info: &'a ElemInfo,
        }
        impl Drop for FreeOnly<'_> {
            fn drop(&mut self) {
                self.table.free(self.info);
            }
        }
        let size = info.size;
        let mut new = FreeOnly {
            table: RawTable::try_with_capacity_inner(info, capacity)?,
            info,
        };
        let mut iter = self.iter();
        while let Some(index) = iter.next() {
            // SAFETY: `index` is a full bucket of `self`.
            let entry = unsafe { self.bucket(size, index) };
            // SAFETY: `hasher` hashes this table's entries (caller). If it panics, `new`
            // frees the copies' storage only; `self` still owns every entry.
            let hash = unsafe { hasher.of_entry(entry) };
            // SAFETY: the new table is allocated (it has room for `capacity >= 1`), and
            // has a free bucket for each entry of `self`.
            unsafe {
                let to = new.table.find_free(hash);
                new.table.set_ctrl(to, h2(hash));
                copy_elem(entry, new.table.bucket(size, to), size);
            }
        }
        new.table.items = self.items;
        new.table.growth_left -= self.items;
        // The new table now owns the entries; the old allocation is freed, entry-less.
        core::mem::swap(self, &mut new.table);
        Ok(())
    }

    /// Shrinks the allocation to fit `max(len, min_capacity)` entries, if that needs
    /// fewer buckets.
    ///
    /// # Safety
    /// As for [`reserve`](Self::reserve).
    pub(crate) unsafe fn shrink_to(
        &mut self,
        info: &ElemInfo,
        min_capacity: usize,
        fns: &Fns,
        state: *const u8,
    ) {
        let hasher = &HashFn::new(fns, state);
        let target = self.items.max(min_capacity);
        if target == 0 {
            self.free(info);
            return;
        }
        match buckets_for(target) {
            Some(b) if b <= self.bucket_mask => {
                // Shrinking needs no more memory than is held, so failure is rare.
                if let Err(e) = self.resize(info, target, hasher) {
                    grow_failed(e)
                }
            }
            _ => {}
        }
    }

    /// An iterator over the indices of the full buckets.
    #[inline]
    pub(crate) fn iter(&self) -> RawIter {
        RawIter {
            ctrl: self.ctrl.as_ptr(),
            // SAFETY: the first group is always readable.
            bits: match_full(unsafe { load(self.ctrl.as_ptr()) }),
            base: 0,
            left: self.items,
        }
    }

    /// Drops every entry the iterator has not yet yielded. A panicking drop does not stop
    /// the others from being dropped (a second panic aborts).
    ///
    /// # Safety
    /// `iter` comes from this table, which has not changed since, and `info` describes
    /// its entries; the entries it yields are not used again.
    pub(crate) unsafe fn drop_rest(info: &ElemInfo, drop: DropFn, iter: RawIter) {
        /// Drops the remaining entries when it goes out of scope.
        struct Rest {
            iter: RawIter,
            size: usize,
            drop: unsafe fn(*mut u8),
        }
        impl Drop for Rest {
            fn drop(&mut self) {
                while let Some(i) = self.iter.next() {
                    // SAFETY: each yielded bucket is full and yielded once.
                    unsafe { (self.drop)(self.iter.bucket(self.size, i)) }
                }
            }
        }
        if let Some(drop) = drop {
            let mut rest = Rest {
                iter,
                size: info.size,
                drop,
            };
            while let Some(i) = rest.iter.next() {
                // SAFETY: as in `Rest::drop`; if this panics, `rest` drops the others.
                unsafe { (rest.drop)(rest.iter.bucket(rest.size, i)) }
            }
        }
    }

    /// Drops every entry and marks every bucket `EMPTY`, keeping the allocation.
    ///
    /// # Safety
    /// `info` describes the entries.
    pub(crate) unsafe fn clear(&mut self, info: &ElemInfo, drop: DropFn) {
        /// Resets the control bytes, even if a drop panics.
        struct Reset<'a>(&'a mut RawTable);
        impl Drop for Reset<'_> {
            fn drop(&mut self) {
                let t = &mut *self.0;
                if t.bucket_mask != 0 {
                    // SAFETY: the table is allocated with `buckets + GROUP` control bytes.
                    unsafe { ptr::write_bytes(t.ctrl.as_ptr(), EMPTY, t.bucket_mask + 1 + GROUP) };
                }
                t.items = 0;
                t.growth_left = capacity_of(t.bucket_mask);
            }
        }
        if self.items == 0 && self.growth_left == capacity_of(self.bucket_mask) {
            return;
        }
        let iter = self.iter();
        let _reset = Reset(self);
        // SAFETY: every entry is dropped once; the reset then forgets them all.
        unsafe { RawTable::drop_rest(info, drop, iter) }
    }

    /// Drops every entry and frees the allocation, even if a drop panics. The table is
    /// left empty.
    ///
    /// # Safety
    /// `info` describes the entries.
    pub(crate) unsafe fn drop_all(&mut self, info: &ElemInfo, drop: DropFn) {
        let iter = self.iter();
        // SAFETY: a fresh iterator over this table yields every entry.
        unsafe { self.drop_and_free(info, drop, iter) }
    }

    /// Drops every entry `iter` has not yet yielded and frees the allocation, even if a
    /// drop panics. The table is left empty.
    ///
    /// # Safety
    /// `info` describes the entries; `iter` comes from this table, unchanged since; the
    /// entries it has yielded were moved out and are not dropped here.
    pub(crate) unsafe fn drop_and_free(&mut self, info: &ElemInfo, drop: DropFn, iter: RawIter) {
        /// Frees the allocation when it goes out of scope.
        struct Free<'a>(&'a mut RawTable, &'a ElemInfo);
        impl Drop for Free<'_> {
            fn drop(&mut self) {
                self.0.free(self.1);
            }
        }
        let _free = Free(self, info);
        // SAFETY: every remaining entry is dropped once, then the storage is freed.
        unsafe { RawTable::drop_rest(info, drop, iter) }
    }

    /// A copy of the table whose entries are made by `clone`, bucket for bucket.
    ///
    /// If `clone` panics, the clones made so far are dropped and the new storage freed;
    /// `self` is untouched.
    ///
    /// # Safety
    /// `info` describes the entries and `clone` clones them.
    pub(crate) unsafe fn clone_with(
        &self,
        info: &ElemInfo,
        drop: DropFn,
        clone: CloneFn,
    ) -> RawTable {
        /// Owns the clones made so far: drops the first `done` full buckets and frees
        /// the storage if dropped before `done == items`.
        struct Partial<'a> {
            table: RawTable,
            done: usize,
            info: &'a ElemInfo,
            drop: DropFn,
        }
        impl Drop for Partial<'_> {
            fn drop(&mut self) {
                let mut iter = self.table.iter();
                iter.left = self.done;
                // SAFETY: the first `done` full buckets hold the clones made so far.
                unsafe { RawTable::drop_rest(self.info, self.drop, iter) };
                self.table.free(self.info);
            }
        }
        if self.bucket_mask == 0 {
            return RawTable::new();
        }
        let buckets = self.bucket_mask + 1;
        let table = match RawTable::allocate(info, buckets) {
            Ok(t) => t,
            Err(e) => grow_failed(e),
        };
        // SAFETY: both tables have `buckets + GROUP` control bytes.
        unsafe {
            ptr::copy_nonoverlapping(self.ctrl.as_ptr(), table.ctrl.as_ptr(), buckets + GROUP)
        };
        let mut new = Partial {
            table,
            done: 0,
            info,
            drop,
        };
        let mut iter = self.iter();
        while let Some(index) = iter.next() {
            // SAFETY: bucket `index` is full in `self`, and is the same free slot in the
            // new table; the clone goes there. `done` counts it only once written.
            unsafe {
                clone(
                    self.bucket(info.size, index),
                    new.table.bucket(info.size, index),
                )
            };
            new.done += 1;
        }
        new.table.items = self.items;
        new.table.growth_left = self.growth_left;
        let out = core::mem::replace(&mut new.table, RawTable::new());
        core::mem::forget(new);
        out
    }
}

/// An iterator over the indices of a table's full buckets, in index order.
///
/// It reads the control bytes lazily and relies on `left` to stop, so it stays correct
/// while the caller erases buckets it has already yielded.
#[derive(Clone, Debug)]
pub(crate) struct RawIter {
    /// The table's control bytes.
    ctrl: *const u8,
    /// Full buckets of the current group not yet yielded, one high bit per byte.
    bits: u64,
    /// Index of the first bucket of the current group.
    base: usize,
    /// Number of full buckets not yet yielded.
    left: usize,
}

impl RawIter {
    /// The next full bucket's index.
    #[inline]
    pub(crate) fn next(&mut self) -> Option<usize> {
        if self.left == 0 {
            return None;
        }
        if self.bits == 0 {
            self.next_group();
        }
        let index = self.base + lowest(self.bits);
        self.bits &= self.bits - 1;
        self.left -= 1;
        Some(index)
    }

    /// The next full bucket's entry, or null at the end.
    ///
    /// Inlined (it is not generic, so this costs one copy per crate, not one per type):
    /// in optimized builds the group scan then runs inside the caller's loop instead of
    /// behind a call per entry, which took iteration from about 1.3x std's time to 3x.
    /// With the `shared-library` feature it stays out of line, in the library.
    ///
    /// # Safety
    /// The table is still allocated and unchanged except for erasures of yielded buckets;
    /// `size` is its entry size.
    #[cfg_attr(not(feature = "shared-library"), inline)]
    #[cfg_attr(feature = "shared-library", inline(never))]
    pub(crate) unsafe fn next_entry(&mut self, size: usize) -> *mut u8 {
        if self.left == 0 {
            return ptr::null_mut();
        }
        if self.bits == 0 {
            self.next_group();
        }
        let index = self.base + lowest(self.bits);
        self.bits &= self.bits - 1;
        self.left -= 1;
        // SAFETY: `index` is a full bucket just yielded; the caller guarantees the table
        // is alive.
        unsafe { self.bucket(size, index) }
    }

    /// Advances to the next group with a full bucket. Called only when `left > 0`.
    #[inline]
    fn next_group(&mut self) {
        loop {
            self.base += GROUP;
            // SAFETY: more full buckets remain, so `base < buckets`: the group is readable.
            self.bits = match_full(unsafe { load(self.ctrl.add(self.base)) });
            if self.bits != 0 {
                return;
            }
        }
    }

    /// Number of full buckets not yet yielded.
    #[inline(always)]
    pub(crate) fn len(&self) -> usize {
        self.left
    }

    /// Address of the entry in bucket `index`.
    ///
    /// # Safety
    /// `index` was yielded by this iterator and the table is still allocated.
    #[inline(always)]
    pub(crate) unsafe fn bucket(&self, size: usize, index: usize) -> *mut u8 {
        // SAFETY: as for `RawTable::bucket`.
        unsafe { (self.ctrl as *mut u8).sub((index + 1) * size) }
    }
}

mod drain;
mod entry;

pub(crate) use drain::RawDrain;
pub(crate) use entry::check_disjoint;
