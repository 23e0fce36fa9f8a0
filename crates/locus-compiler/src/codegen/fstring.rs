//! f-strings: literal parts become constants, replacement fields
//! `<expr> [<spec>] FormatValue(conversion, has_spec)`, and the pieces are
//! joined with `BuildString(n)`. As in CPython, a literal part is located
//! where it starts, a field's formatting at its `{`, and the join at the
//! f-string: a multi-line f-string reports those lines when traced.

use std::sync::Arc;

use locus_bytecode::{Constant, Conversion, Instr};
use ruff_python_ast::{
    self as ast, ConversionFlag, FStringPart, InterpolatedElement, InterpolatedStringElement,
};

use ruff_text_size::TextRange;

use super::{Compiler, Result};

/// One piece of an f-string: literal text (where it starts) or a
/// replacement field.
enum Piece<'a> {
    Text(String, TextRange),
    Field(&'a InterpolatedElement),
}

/// Appends the pieces of `elements`, merging adjacent literal text.
fn collect_pieces<'a>(elements: &'a [InterpolatedStringElement], out: &mut Vec<Piece<'a>>) {
    for element in elements {
        match element {
            InterpolatedStringElement::Literal(lit) => push_text(out, &lit.value, lit.range),
            InterpolatedStringElement::Interpolation(field) => {
                if let Some(debug) = &field.debug_text {
                    // `{x=}` shows the expression source before the value.
                    push_text(out, debug.leading(), field.range);
                    push_text(out, debug.expression(), field.range);
                    push_text(out, debug.trailing(), field.range);
                }
                out.push(Piece::Field(field));
            }
        }
    }
}

fn push_text(out: &mut Vec<Piece<'_>>, text: &str, range: TextRange) {
    if text.is_empty() {
        return;
    }
    if let Some(Piece::Text(prev, _)) = out.last_mut() {
        prev.push_str(text);
    } else {
        out.push(Piece::Text(text.to_string(), range));
    }
}

impl<'a> Compiler<'a, '_> {
    pub(crate) fn compile_fstring(&mut self, f: &'a ast::ExprFString) -> Result {
        let mut pieces = Vec::new();
        for part in f.value.iter() {
            match part {
                FStringPart::Literal(lit) => push_text(&mut pieces, &lit.value, lit.range),
                FStringPart::FString(fs) => collect_pieces(&fs.elements, &mut pieces),
            }
        }
        self.compile_pieces(pieces)
    }

    /// Pushes the pieces and joins them into one str.
    fn compile_pieces(&mut self, pieces: Vec<Piece<'a>>) -> Result {
        let n = pieces.len();
        if n == 0 {
            self.load_const(Constant::Str(Arc::from("")));
            return Ok(());
        }
        let whole = self.loc();
        for piece in pieces {
            match piece {
                Piece::Text(t, range) => {
                    self.set_loc(range);
                    self.load_const(Constant::Str(Arc::from(t)));
                }
                Piece::Field(field) => {
                    self.set_loc(field.range);
                    self.compile_field(field)?;
                }
            }
        }
        self.restore_loc(whole);
        if n > 1 {
            self.emit(Instr::BuildString(n as u32));
        }
        Ok(())
    }

    fn compile_field(&mut self, field: &'a InterpolatedElement) -> Result {
        self.compile_expr(&field.expression)?;
        let mut conversion = match field.conversion {
            ConversionFlag::None => Conversion::None,
            ConversionFlag::Str => Conversion::Str,
            ConversionFlag::Repr => Conversion::Repr,
            ConversionFlag::Ascii => Conversion::Ascii,
        };
        // `{x=}` defaults to repr() unless a format spec is given.
        if field.debug_text.is_some()
            && conversion == Conversion::None
            && field.format_spec.is_none()
        {
            conversion = Conversion::Repr;
        }
        let has_spec = match &field.format_spec {
            Some(spec) => {
                let mut pieces = Vec::new();
                collect_pieces(&spec.elements, &mut pieces);
                self.compile_pieces(pieces)?;
                true
            }
            None => false,
        };
        self.emit(Instr::FormatValue(conversion, has_spec));
        Ok(())
    }
}
