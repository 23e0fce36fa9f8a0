//! Byte offsets → line/column conversion for one source text.
//!
//! Instruction locations use 1-based lines and 0-based UTF-8 byte columns
//! (like `co_positions()`), while `SyntaxError.offset` is a 1-based
//! *character* column; both are derived here from the parser's byte offsets.

use ruff_text_size::{TextRange, TextSize};

use locus_bytecode::Location;

/// Line starts of a source text, for offset → position queries.
#[derive(Debug)]
pub(crate) struct SourceMap<'src> {
    source: &'src str,
    /// Byte offset where each line starts; `line_starts[0] == 0`.
    line_starts: Vec<u32>,
}

impl<'src> SourceMap<'src> {
    /// Indexes `source`. Line breaks are `\n`, `\r\n` and a lone `\r`, as in
    /// Python's tokenizer.
    pub(crate) fn new(source: &'src str) -> Self {
        let bytes = source.as_bytes();
        let mut line_starts = vec![0u32];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push((i + 1) as u32),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push((i + 1) as u32);
                }
                _ => {}
            }
            i += 1;
        }
        SourceMap {
            source,
            line_starts,
        }
    }

    /// The whole source text.
    pub(crate) fn source(&self) -> &'src str {
        self.source
    }

    /// 0-based line index of a byte offset.
    fn line_index(&self, offset: u32) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Clamps an offset into the source and onto a char boundary.
    fn clamp(&self, offset: u32) -> u32 {
        let mut o = (offset as usize).min(self.source.len());
        while o > 0 && !self.source.is_char_boundary(o) {
            o -= 1;
        }
        o as u32
    }

    /// 1-based line number of a byte offset.
    pub(crate) fn line_of(&self, offset: TextSize) -> u32 {
        self.line_index(self.clamp(offset.to_u32())) as u32 + 1
    }

    /// 0-based byte column of an offset within its line.
    fn byte_col(&self, offset: u32) -> u32 {
        let offset = self.clamp(offset);
        offset - self.line_starts[self.line_index(offset)]
    }

    /// 1-based character column of an offset (`SyntaxError.offset`).
    pub(crate) fn char_col(&self, offset: TextSize) -> u32 {
        let offset = self.clamp(offset.to_u32());
        let start = self.line_starts[self.line_index(offset)];
        self.source[start as usize..offset as usize].chars().count() as u32 + 1
    }

    /// The text of 1-based `line`, including its line break if any.
    pub(crate) fn line_text(&self, line: u32) -> Option<String> {
        let idx = (line as usize).checked_sub(1)?;
        let start = *self.line_starts.get(idx)? as usize;
        let end = self
            .line_starts
            .get(idx + 1)
            .map_or(self.source.len(), |&e| e as usize);
        if start > self.source.len() || (start == end && idx + 1 >= self.line_starts.len()) {
            return None;
        }
        Some(self.source[start..end].to_string())
    }

    /// The instruction location of a source range.
    pub(crate) fn location(&self, range: TextRange) -> Location {
        let start = self.clamp(range.start().to_u32());
        let end = self.clamp(range.end().to_u32()).max(start);
        Location {
            line: self.line_index(start) as u32 + 1,
            end_line: self.line_index(end) as u32 + 1,
            col: self.byte_col(start),
            end_col: self.byte_col(end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions() {
        let map = SourceMap::new("ab\nçd\r\nx\ry");
        assert_eq!(map.line_of(TextSize::new(0)), 1);
        assert_eq!(map.line_of(TextSize::new(3)), 2);
        assert_eq!(map.char_col(TextSize::new(5)), 2); // after 'ç' (2 bytes)
        assert_eq!(map.line_of(TextSize::new(8)), 3);
        assert_eq!(map.line_of(TextSize::new(10)), 4);
        assert_eq!(map.line_text(2).as_deref(), Some("çd\r\n"));
        let loc = map.location(TextRange::new(TextSize::new(3), TextSize::new(6)));
        assert_eq!((loc.line, loc.col, loc.end_line, loc.end_col), (2, 0, 2, 3));
    }
}
