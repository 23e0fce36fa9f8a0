//! The payload of `str` objects: UTF-8 text with a cached hash and length.

use std::sync::atomic::{AtomicI64, Ordering};

use crate::hash::hash_str;

/// A Python str. Indexing by code point is O(1) for ASCII text (the common
/// case) and O(n) otherwise.
pub struct PyStr {
    text: Box<str>,
    /// Number of code points.
    char_len: usize,
    /// Cached hash; `-1` until first computed (a real hash is never -1).
    hash: AtomicI64,
}

impl PyStr {
    /// Wraps `text`.
    pub fn new(text: String) -> PyStr {
        let char_len = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr {
            text: text.into_boxed_str(),
            char_len,
            hash: AtomicI64::new(-1),
        }
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// Whether every code point is ASCII (byte index = char index).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }

    /// The Python hash, computed once.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != -1 {
            return h;
        }
        let h = hash_str(&self.text);
        self.hash.store(h, Ordering::Relaxed);
        h
    }

    /// The code point at index `i` (0-based, in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.text.as_bytes()[i] as char
        } else {
            self.text.chars().nth(i).unwrap_or('\0')
        }
    }

    /// Byte offset of code point index `i` (`i` may equal the length).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.text
                .char_indices()
                .nth(i)
                .map_or(self.text.len(), |(b, _)| b)
        }
    }
}
