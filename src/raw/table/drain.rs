//! Removal while iterating: the non-generic halves of `drain` and `extract_if`.
//!
//! # Leaks and panics
//!
//! A [`RawDrain`] takes the whole table out of its map, leaving the map empty, and puts
//! the (emptied) allocation back when it is dropped. Leaking it (`mem::forget`) leaves
//! the map empty and valid; its entries and allocation leak, and nothing is dropped twice.
//! If dropping a remaining entry panics, the others are still dropped and the table is
//! still reset and put back.
//!
//! [`RawTable::extract_next`] unlinks a bucket only once the predicate has returned
//! `true`, and hands the entry to the caller, which moves it out at once. A panicking
//! predicate leaves the entry it was looking at in the table; a leaked or dropped
//! iterator leaves every entry it has not yet removed in the table.

use core::ptr::{self, NonNull};

use super::{capacity_of, ElemInfo, RawIter, RawTable, EMPTY, GROUP};
use crate::raw::DropFn;

/// The table of a map being drained, and where to put it back.
#[derive(Debug)]
pub(crate) struct RawDrain {
    /// The drained table. Only the entries `iter` has not yielded are live.
    table: RawTable,
    /// The full buckets not yet yielded.
    iter: RawIter,
    /// The map's table, left empty (`RawTable::EMPTY`, no allocation) while draining; it
    /// gets the emptied allocation back when the drain is dropped.
    home: NonNull<RawTable>,
}

impl RawDrain {
    /// Takes every entry out of `home`, which is left empty until the drain is dropped.
    ///
    /// # Safety
    /// `home` stays mutably borrowed by the drain for as long as it lives.
    #[inline]
    pub(crate) unsafe fn new(home: &mut RawTable) -> RawDrain {
        let table = core::mem::replace(home, RawTable::EMPTY);
        let iter = table.iter();
        RawDrain {
            table,
            iter,
            home: NonNull::from(home),
        }
    }

    /// The next entry, now owned by the caller, or null at the end.
    ///
    /// # Safety
    /// `size` is the entry size.
    #[inline]
    pub(crate) unsafe fn next(&mut self, size: usize) -> *mut u8 {
        // SAFETY: the drain owns the table, unchanged since `iter` was made.
        unsafe { self.iter.next_entry(size) }
    }

    /// The number of entries not yet yielded.
    #[inline(always)]
    pub(crate) fn len(&self) -> usize {
        self.iter.len()
    }

    /// An iterator over the entries not yet yielded.
    #[inline(always)]
    pub(crate) fn rest(&self) -> RawIter {
        self.iter.clone()
    }

    /// Drops the entries not yet yielded, marks every bucket `EMPTY` and gives the
    /// allocation back to the map. Call once, from the drain's `Drop`.
    ///
    /// # Safety
    /// `info` describes the entries; called at most once.
    pub(crate) unsafe fn finish(&mut self, info: &ElemInfo, drop: DropFn) {
        /// Resets the table and puts it home, even if a drop panics.
        struct Home<'a>(&'a mut RawDrain);
        impl Drop for Home<'_> {
            fn drop(&mut self) {
                let d = &mut *self.0;
                let mut t = core::mem::replace(&mut d.table, RawTable::EMPTY);
                if t.bucket_mask != 0 {
                    // SAFETY: the table is allocated with `buckets + GROUP` control bytes.
                    unsafe { ptr::write_bytes(t.ctrl.as_ptr(), EMPTY, t.bucket_mask + 1 + GROUP) };
                }
                t.items = 0;
                t.growth_left = capacity_of(t.bucket_mask);
                // SAFETY: `home` is still mutably borrowed by the drain (`new`), and
                // holds the empty table, which owns nothing and needs no drop.
                unsafe { ptr::write(d.home.as_ptr(), t) };
            }
        }
        let iter = core::mem::replace(&mut self.iter, RawTable::EMPTY.iter());
        let _home = Home(self);
        // SAFETY: the entries `iter` has not yielded are live and dropped once here.
        unsafe { RawTable::drop_rest(info, drop, iter) }
    }
}

impl RawTable {
    /// Advances `iter` to the next entry for which `pred` returns `true`, unlinks its
    /// bucket and returns the entry's address; null at the end. The caller then owns the
    /// entry and must move it out before the table changes again.
    ///
    /// `pred` is called with each remaining entry in place, once. If it panics, nothing
    /// is unlinked.
    ///
    /// # Safety
    /// `iter` comes from this table, changed since only by this function; entries have
    /// `size` bytes.
    pub(crate) unsafe fn extract_next(
        &mut self,
        iter: &mut RawIter,
        size: usize,
        pred: &mut dyn FnMut(*mut u8) -> bool,
    ) -> *mut u8 {
        while let Some(index) = iter.next() {
            // SAFETY: `index` is a full bucket of this table.
            let entry = unsafe { self.bucket(size, index) };
            if pred(entry) {
                // SAFETY: the bucket is full; unlinking it hands the entry to the caller.
                // The iterator has already passed it, so it stays correct.
                unsafe { self.erase(index) };
                return entry;
            }
        }
        ptr::null_mut()
    }
}
