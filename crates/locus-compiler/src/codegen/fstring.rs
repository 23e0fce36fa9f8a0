//! f-strings: literal parts become constants, replacement fields
//! `<expr> [<spec>] FormatValue(conversion, has_spec)`, and the pieces are
//! joined with `BuildString(n)`.

use std::sync::Arc;

use locus_bytecode::{Constant, Conversion, Instr};
use ruff_python_ast::{
    self as ast, ConversionFlag, FStringPart, InterpolatedElement, InterpolatedStringElement,
};

use super::{Compiler, Result};

/// One piece of an f-string: literal text or a replacement field.
enum Piece<'a> {
    Text(String),
    Field(&'a InterpolatedElement),
}

/// Appends the pieces of `elements`, merging adjacent literal text.
fn collect_pieces<'a>(elements: &'a [InterpolatedStringElement], out: &mut Vec<Piece<'a>>) {
    for element in elements {
        match element {
            InterpolatedStringElement::Literal(lit) => push_text(out, &lit.value),
            InterpolatedStringElement::Interpolation(field) => {
                if let Some(debug) = &field.debug_text {
                    // `{x=}` shows the expression source before the value.
                    push_text(out, debug.leading());
                    push_text(out, debug.expression());
                    push_text(out, debug.trailing());
                }
                out.push(Piece::Field(field));
            }
        }
    }
}

fn push_text(out: &mut Vec<Piece<'_>>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Piece::Text(prev)) = out.last_mut() {
        prev.push_str(text);
    } else {
        out.push(Piece::Text(text.to_string()));
    }
}

impl<'a> Compiler<'a, '_> {
    pub(crate) fn compile_fstring(&mut self, f: &'a ast::ExprFString) -> Result {
        let mut pieces = Vec::new();
        for part in f.value.iter() {
            match part {
                FStringPart::Literal(lit) => push_text(&mut pieces, &lit.value),
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
        for piece in pieces {
            match piece {
                Piece::Text(t) => self.load_const(Constant::Str(Arc::from(t))),
                Piece::Field(field) => self.compile_field(field)?,
            }
        }
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
