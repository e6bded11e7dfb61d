//! The standard trait impls of [`Deque`] beyond the core set: comparisons with slices and
//! arrays, zero-copy conversions to and from `Vec`, empty iterators, and `std::io`.

use alloc::vec::Vec;
use core::mem::{self, ManuallyDrop};
use core::ptr::NonNull;

use super::{Deque, Iter, IterMut};
use crate::raw::deque::{RawDeque, Runs};

impl<T: PartialEq<U>, U> PartialEq<&[U]> for Deque<T> {
    fn eq(&self, other: &&[U]) -> bool {
        self.len() == other.len() && self.iter().zip(other.iter()).all(|(a, b)| a == b)
    }
}

impl<T: PartialEq<U>, U> PartialEq<&mut [U]> for Deque<T> {
    fn eq(&self, other: &&mut [U]) -> bool {
        *self == &**other
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<&[U; N]> for Deque<T> {
    fn eq(&self, other: &&[U; N]) -> bool {
        *self == &other[..]
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<&mut [U; N]> for Deque<T> {
    fn eq(&self, other: &&mut [U; N]) -> bool {
        *self == &other[..]
    }
}

// The same conversions and comparison with `small::Vec`, so that a program importing both
// `Vec` and `VecDeque` from `sizespeed::auto` ports unchanged. Each is a
// composition of the zero-copy conversions through std's `Vec`.

impl<T: PartialEq<U>, U> PartialEq<crate::small::Vec<U>> for Deque<T> {
    fn eq(&self, other: &crate::small::Vec<U>) -> bool {
        *self == other.as_slice()
    }
}

impl<T> From<crate::small::Vec<T>> for Deque<T> {
    /// Adopts the small vector's buffer without copying (through std's `Vec`, whose
    /// layout both share).
    ///
    /// ```
    /// use sizespeed::small::{Deque, Vec};
    ///
    /// let d = Deque::from(Vec::from([1, 2]));
    /// assert_eq!(d, [1, 2]);
    /// ```
    fn from(v: crate::small::Vec<T>) -> Self {
        Self::from(Vec::from(v))
    }
}

impl<T> From<Deque<T>> for crate::small::Vec<T> {
    /// Hands the deque's buffer to the small vector without reallocating (the elements
    /// are first moved to the start of the buffer, as for std's `Vec`).
    ///
    /// ```
    /// use sizespeed::small::{Deque, Vec};
    ///
    /// let mut d = Deque::from([2, 3]);
    /// d.push_front(1);
    /// assert_eq!(Vec::from(d), [1, 2, 3]);
    /// ```
    fn from(d: Deque<T>) -> Self {
        Self::from(Vec::from(d))
    }
}

impl<T> From<Deque<T>> for Vec<T> {
    /// Hands the deque's buffer to the `Vec` without reallocating: the elements are first
    /// moved to the start of the buffer (at most `len` element moves), then the buffer
    /// changes owner. The layouts agree: both are `Layout::array::<T>(capacity)` from the
    /// global allocator.
    ///
    /// ```
    /// let mut d = sizespeed::small::Deque::with_capacity(8);
    /// d.extend([2, 3]);
    /// d.push_front(1);
    /// let v: Vec<_> = d.into();
    /// assert_eq!(v, [1, 2, 3]);
    /// assert!(v.capacity() >= 8);
    /// ```
    fn from(d: Deque<T>) -> Self {
        let mut d = ManuallyDrop::new(d);
        let (p, len, cap) = d.raw.release_to_vec(Deque::<T>::INFO);
        // Without a buffer (`cap == 0`, or zero-sized elements, whose `cap` is
        // `usize::MAX` as a `Vec`'s is) the `Vec` gets the dangling pointer it expects.
        let p = if cap == 0 || mem::size_of::<T>() == 0 {
            NonNull::<T>::dangling().as_ptr()
        } else {
            p as *mut T
        };
        // SAFETY: a non-dangling `p` was allocated by the global allocator for `cap` `T`s
        // (the layout `Vec` uses); the first `len` slots hold the elements in order, and
        // the deque that owned them is forgotten.
        unsafe { Vec::from_raw_parts(p, len, cap) }
    }
}

impl<T> Deque<T> {
    /// Takes over `v`'s buffer without reallocating or moving the elements.
    pub(super) fn from_vec(v: Vec<T>) -> Self {
        let mut v = ManuallyDrop::new(v);
        let (len, cap) = (v.len(), v.capacity());
        let raw = if cap == 0 || mem::size_of::<T>() == 0 {
            let mut raw = Self::EMPTY;
            // SAFETY: zero-sized elements need no storage (`cap == usize::MAX`), and
            // `cap == 0` means `len == 0`; the forgotten `Vec`'s elements move to the deque.
            unsafe { raw.set_len(len) };
            raw
        } else {
            // SAFETY: a `Vec`'s non-empty buffer is non-null, aligned, allocated by the
            // global allocator with `Layout::array::<T>(cap)` (`INFO.array(cap)`), and its
            // first `len` slots are initialized; the `Vec` is forgotten.
            unsafe {
                RawDeque::from_vec_parts(NonNull::new_unchecked(v.as_mut_ptr()).cast(), len, cap)
            }
        };
        Deque {
            raw,
            marker: core::marker::PhantomData,
        }
    }
}

/// No runs: what the empty iterators walk.
fn no_runs<T>() -> Runs {
    let p = NonNull::<T>::dangling().as_ptr() as *mut u8;
    Runs {
        a: p,
        a_len: 0,
        b: p,
        b_len: 0,
    }
}

impl<T> Default for Iter<'_, T> {
    /// An empty iterator.
    ///
    /// ```
    /// let mut it = sizespeed::small::deque::Iter::<u8>::default();
    /// assert_eq!(it.next(), None);
    /// ```
    fn default() -> Self {
        Iter {
            runs: no_runs::<T>(),
            marker: core::marker::PhantomData,
        }
    }
}

impl<T> Default for IterMut<'_, T> {
    /// An empty iterator.
    ///
    /// ```
    /// let mut it = sizespeed::small::deque::IterMut::<u8>::default();
    /// assert!(it.next().is_none());
    /// ```
    fn default() -> Self {
        IterMut {
            runs: no_runs::<T>(),
            marker: core::marker::PhantomData,
        }
    }
}

#[cfg(feature = "std")]
mod io {
    use super::Deque;
    use std::io::{self, BufRead, Read, Write};

    /// Reads bytes from the front of the deque, removing them.
    ///
    /// ```
    /// use std::io::Read;
    /// let mut d: sizespeed::small::Deque<u8> = [1, 2, 3].into();
    /// let mut buf = [0; 2];
    /// assert_eq!(d.read(&mut buf).unwrap(), 2);
    /// assert_eq!(buf, [1, 2]);
    /// assert_eq!(d, [3]);
    /// ```
    impl Read for Deque<u8> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let (mut front, _) = self.as_slices();
            let n = Read::read(&mut front, buf)?;
            self.drain(..n);
            Ok(n)
        }
    }

    /// Reads bytes from the front of the deque, one contiguous run at a time.
    ///
    /// ```
    /// use std::io::BufRead;
    /// let mut d: sizespeed::small::Deque<u8> = (*b"ab\ncd").into();
    /// let mut line = String::new();
    /// d.read_line(&mut line).unwrap();
    /// assert_eq!(line, "ab\n");
    /// assert_eq!(d, *b"cd");
    /// ```
    impl BufRead for Deque<u8> {
        fn fill_buf(&mut self) -> io::Result<&[u8]> {
            Ok(self.as_slices().0)
        }
        fn consume(&mut self, amt: usize) {
            self.drain(..amt);
        }
    }

    /// Appends bytes at the back of the deque.
    ///
    /// ```
    /// use std::io::Write;
    /// let mut d = sizespeed::small::Deque::new();
    /// write!(d, "hi").unwrap();
    /// assert_eq!(d, *b"hi");
    /// ```
    impl Write for Deque<u8> {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.extend(buf);
            Ok(buf.len())
        }
        fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
            self.extend(buf);
            Ok(())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }
}
