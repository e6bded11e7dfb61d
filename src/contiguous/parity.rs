//! The std conversions and comparisons every Vec variant gets from one macro.

/// Implements, for a Vec variant `$ty` with generic parameters `[$gen]` (whose element
/// parameter is `T`), the std trait impls a `Vec` replacement needs beyond
/// [`contiguous_vec_impls`] and that only need the slice view and the conversions to and
/// from std's `Vec` (each variant's `From` impls, zero-copy where its layout allows):
/// the remaining `PartialEq` impls in both directions, `AsRef`/`AsMut<Self>`, the array,
/// slice, `Box`, `Cow`, `Rc`, `Arc`, `BinaryHeap` and `VecDeque` conversions, and
/// `TryFrom` into arrays. `$ty_u8` with parameters `[$gen_u8]` is the same type with
/// `u8` elements, for the byte conversions and `std::io::Write`.
macro_rules! contiguous_vec_parity_impls {
    ([$($gen:tt)*] $ty:ty, [$($gen_u8:tt)*] $ty_u8:ty) => {
        impl<$($gen)*, U> PartialEq<&mut [U]> for $ty
        where
            T: PartialEq<U>,
        {
            #[inline]
            fn eq(&self, other: &&mut [U]) -> bool {
                self.as_slice() == &**other
            }
        }

        impl<$($gen)*, U, const LEN: usize> PartialEq<&[U; LEN]> for $ty
        where
            T: PartialEq<U>,
        {
            #[inline]
            fn eq(&self, other: &&[U; LEN]) -> bool {
                self.as_slice() == other.as_slice()
            }
        }

        impl<$($gen)*, U> PartialEq<$ty> for [U]
        where
            U: PartialEq<T>,
        {
            #[inline]
            fn eq(&self, other: &$ty) -> bool {
                self == other.as_slice()
            }
        }

        impl<$($gen)*, U> PartialEq<$ty> for &[U]
        where
            U: PartialEq<T>,
        {
            #[inline]
            fn eq(&self, other: &$ty) -> bool {
                *self == other.as_slice()
            }
        }

        impl<$($gen)*, U> PartialEq<$ty> for &mut [U]
        where
            U: PartialEq<T>,
        {
            #[inline]
            fn eq(&self, other: &$ty) -> bool {
                &**self == other.as_slice()
            }
        }

        impl<$($gen)*, U> PartialEq<$ty> for alloc::borrow::Cow<'_, [U]>
        where
            U: PartialEq<T> + Clone,
        {
            #[inline]
            fn eq(&self, other: &$ty) -> bool {
                &**self == other.as_slice()
            }
        }

        impl<$($gen)*> PartialEq<$ty> for alloc::collections::VecDeque<T>
        where
            T: PartialEq,
        {
            fn eq(&self, other: &$ty) -> bool {
                self.len() == other.len() && self.iter().eq(other.iter())
            }
        }

        impl<$($gen)*> AsRef<$ty> for $ty {
            #[inline]
            fn as_ref(&self) -> &Self {
                self
            }
        }

        impl<$($gen)*> AsMut<$ty> for $ty {
            #[inline]
            fn as_mut(&mut self) -> &mut Self {
                self
            }
        }

        impl<$($gen)*, const LEN: usize> From<&[T; LEN]> for $ty
        where
            T: Clone,
        {
            /// Clones the array's elements into a new vector.
            #[inline]
            fn from(a: &[T; LEN]) -> Self {
                Self::from(a.as_slice())
            }
        }

        impl<$($gen)*, const LEN: usize> From<&mut [T; LEN]> for $ty
        where
            T: Clone,
        {
            /// Clones the array's elements into a new vector.
            #[inline]
            fn from(a: &mut [T; LEN]) -> Self {
                Self::from(a.as_slice())
            }
        }

        impl<$($gen)*> From<&mut [T]> for $ty
        where
            T: Clone,
        {
            /// Clones the slice's elements into a new vector.
            #[inline]
            fn from(s: &mut [T]) -> Self {
                Self::from(&*s)
            }
        }

        impl<$($gen)*> From<alloc::boxed::Box<[T]>> for $ty {
            /// Takes the boxed slice's elements, through std's `Vec` (which reuses the box).
            #[inline]
            fn from(b: alloc::boxed::Box<[T]>) -> Self {
                Self::from(alloc::vec::Vec::from(b))
            }
        }

        impl<'a, $($gen)*> From<alloc::borrow::Cow<'a, [T]>> for $ty
        where
            [T]: alloc::borrow::ToOwned<Owned = alloc::vec::Vec<T>>,
        {
            /// Takes the owned vector, or clones the borrowed slice.
            #[inline]
            fn from(c: alloc::borrow::Cow<'a, [T]>) -> Self {
                Self::from(c.into_owned())
            }
        }

        impl<$($gen)*> From<alloc::collections::BinaryHeap<T>> for $ty {
            /// Takes the heap's elements in its internal order, through std's `Vec`.
            #[inline]
            fn from(h: alloc::collections::BinaryHeap<T>) -> Self {
                Self::from(h.into_vec())
            }
        }

        impl<$($gen)*> From<alloc::collections::VecDeque<T>> for $ty {
            /// Takes the deque's elements front to back, through std's `Vec`.
            #[inline]
            fn from(d: alloc::collections::VecDeque<T>) -> Self {
                Self::from(alloc::vec::Vec::from(d))
            }
        }

        impl<$($gen)*> From<$ty> for alloc::boxed::Box<[T]> {
            /// Drops the excess capacity, like the vector's `into_boxed_slice`.
            #[inline]
            #[track_caller]
            fn from(v: $ty) -> Self {
                alloc::vec::Vec::from(v).into_boxed_slice()
            }
        }

        impl<$($gen)*> From<$ty> for alloc::rc::Rc<[T]> {
            #[inline]
            fn from(v: $ty) -> Self {
                alloc::rc::Rc::from(alloc::vec::Vec::from(v))
            }
        }

        #[cfg(target_has_atomic = "ptr")]
        impl<$($gen)*> From<$ty> for alloc::sync::Arc<[T]> {
            #[inline]
            fn from(v: $ty) -> Self {
                alloc::sync::Arc::from(alloc::vec::Vec::from(v))
            }
        }

        impl<'a, $($gen)*> From<$ty> for alloc::borrow::Cow<'a, [T]>
        where
            T: Clone,
        {
            /// An owned `Cow` holding the elements as std's `Vec`.
            #[inline]
            fn from(v: $ty) -> Self {
                alloc::borrow::Cow::Owned(alloc::vec::Vec::from(v))
            }
        }

        impl<'a, $($gen)*> From<&'a $ty> for alloc::borrow::Cow<'a, [T]>
        where
            T: Clone,
        {
            /// A borrowed `Cow` of the elements.
            #[inline]
            fn from(v: &'a $ty) -> Self {
                alloc::borrow::Cow::Borrowed(v.as_slice())
            }
        }

        impl<$($gen)*> From<$ty> for alloc::collections::BinaryHeap<T>
        where
            T: Ord,
        {
            #[inline]
            fn from(v: $ty) -> Self {
                alloc::collections::BinaryHeap::from(alloc::vec::Vec::from(v))
            }
        }

        impl<$($gen)*> From<$ty> for alloc::collections::VecDeque<T> {
            #[inline]
            fn from(v: $ty) -> Self {
                alloc::collections::VecDeque::from(alloc::vec::Vec::from(v))
            }
        }

        impl<$($gen)*, const LEN: usize> TryFrom<$ty> for [T; LEN] {
            type Error = $ty;
            /// Moves the elements into an array if there are exactly `LEN` of them;
            /// otherwise gives the vector back.
            #[inline]
            fn try_from(v: $ty) -> Result<Self, $ty> {
                if v.len() != LEN {
                    return Err(v);
                }
                match <[T; LEN]>::try_from(alloc::vec::Vec::from(v)) {
                    Ok(a) => Ok(a),
                    Err(v) => Err(<$ty>::from(v)),
                }
            }
        }

        impl<$($gen)*, const LEN: usize> TryFrom<$ty> for alloc::boxed::Box<[T; LEN]> {
            type Error = $ty;
            /// Moves the elements into a boxed array if there are exactly `LEN` of them;
            /// otherwise gives the vector back.
            #[inline]
            fn try_from(v: $ty) -> Result<Self, $ty> {
                if v.len() != LEN {
                    return Err(v);
                }
                match <alloc::boxed::Box<[T; LEN]>>::try_from(alloc::vec::Vec::from(v)) {
                    Ok(a) => Ok(a),
                    Err(v) => Err(<$ty>::from(v)),
                }
            }
        }

        impl<$($gen_u8)*> From<alloc::string::String> for $ty_u8 {
            /// The string's bytes, through std's `Vec`.
            #[inline]
            fn from(s: alloc::string::String) -> Self {
                Self::from(s.into_bytes())
            }
        }

        impl<$($gen_u8)*> From<&str> for $ty_u8 {
            /// A copy of the string's bytes.
            #[inline]
            fn from(s: &str) -> Self {
                Self::from(s.as_bytes())
            }
        }

        #[cfg(feature = "std")]
        impl<$($gen_u8)*> From<std::ffi::CString> for $ty_u8 {
            /// The string's bytes without the trailing nul, through std's `Vec`.
            #[inline]
            fn from(s: std::ffi::CString) -> Self {
                Self::from(s.into_bytes())
            }
        }

        #[cfg(feature = "std")]
        impl<$($gen_u8)*> std::io::Write for $ty_u8 {
            /// Appends the bytes; never fails.
            #[inline]
            fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
                self.extend_from_slice(buf);
                Ok(buf.len())
            }
            #[inline]
            fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
                self.extend_from_slice(buf);
                Ok(())
            }
            #[inline]
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
    };
}

pub(crate) use contiguous_vec_parity_impls;
