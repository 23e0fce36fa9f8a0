//! `str.format` and `str.format_map`: parsing replacement fields (`{0.attr[key]!r:spec}`,
//! nested specs, escaped braces) and rendering them with CPython's errors.

use super::*;

/// One replacement field of a `str.format` template, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawField<'a> {
    /// The field name (`0`, `name.attr[key]`, or empty).
    pub name: &'a str,
    /// The conversion after `!`, if any.
    pub conversion: Option<char>,
    /// The format spec after `:` (possibly with nested fields).
    pub spec: &'a str,
    /// Whether the spec contains nested `{...}` fields to expand.
    pub spec_has_fields: bool,
}

/// A piece of a `str.format` template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Literal text (`{{` and `}}` already reduced).
    Text(&'a str),
    /// A replacement field.
    Field(RawField<'a>),
}

/// Splits a `str.format` template into pieces, lazily (errors in later
/// parts surface only after the earlier fields have been formatted, as in
/// CPython). Errors are `ValueError` messages.
pub struct Template<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Template<'a> {
    /// A scanner over `s`.
    pub fn new(s: &'a str) -> Template<'a> {
        Template { s, pos: 0 }
    }

    /// The next piece, `Ok(None)` at the end.
    pub fn next_piece(&mut self) -> Result<Option<Piece<'a>>, String> {
        let s = self.s;
        let b = s.as_bytes();
        let p = self.pos;
        if p >= b.len() {
            return Ok(None);
        }
        match (b[p], b.get(p + 1)) {
            (b'{', Some(b'{')) => {
                self.pos = p + 2;
                Ok(Some(Piece::Text(&s[p..p + 1])))
            }
            (b'}', Some(b'}')) => {
                self.pos = p + 2;
                Ok(Some(Piece::Text(&s[p..p + 1])))
            }
            (b'}', _) => Err("Single '}' encountered in format string".into()),
            (b'{', None) => Err("Single '{' encountered in format string".into()),
            (b'{', Some(_)) => {
                let (field, end) = scan_field(s, p + 1)?;
                self.pos = end;
                Ok(Some(Piece::Field(field)))
            }
            _ => {
                let end = b[p..]
                    .iter()
                    .position(|c| *c == b'{' || *c == b'}')
                    .map_or(b.len(), |k| p + k);
                self.pos = end;
                Ok(Some(Piece::Text(&s[p..end])))
            }
        }
    }
}

/// Scans a replacement field starting just after its `{`; returns the field
/// and the position after its closing `}`.
pub(super) fn scan_field(s: &str, start: usize) -> Result<(RawField<'_>, usize), String> {
    let b = s.as_bytes();
    let mut i = start;
    let expected = || "expected '}' before end of string".to_string();
    // The field name: brackets protect their contents.
    loop {
        match b.get(i) {
            None => return Err(expected()),
            Some(b'[') => {
                let close = b[i..]
                    .iter()
                    .position(|c| *c == b']')
                    .ok_or_else(expected)?;
                i += close + 1;
            }
            Some(b'{') => return Err("unexpected '{' in field name".into()),
            Some(b'}' | b'!' | b':') => break,
            Some(_) => i += 1,
        }
    }
    let name = &s[start..i];
    let mut conversion = None;
    if b[i] == b'!' {
        let Some(c) = s[i + 1..].chars().next() else {
            return Err("end of string while looking for conversion specifier".into());
        };
        conversion = Some(c);
        i += 1 + c.len_utf8();
        match b.get(i) {
            None => return Err("unmatched '{' in format spec".into()),
            Some(b'}' | b':') => {}
            Some(_) => return Err("expected ':' after conversion specifier".into()),
        }
    }
    if b[i] == b'}' {
        let field = RawField {
            name,
            conversion,
            spec: "",
            spec_has_fields: false,
        };
        return Ok((field, i + 1));
    }
    // The spec: nested braces must balance.
    let spec_start = i + 1;
    let mut depth = 1;
    let mut nested = false;
    let mut j = spec_start;
    while j < b.len() {
        match b[j] {
            b'{' => {
                depth += 1;
                nested = true;
            }
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    let field = RawField {
                        name,
                        conversion,
                        spec: &s[spec_start..j],
                        spec_has_fields: nested,
                    };
                    return Ok((field, j + 1));
                }
            }
            _ => {}
        }
        j += 1;
    }
    Err("unmatched '{' in format spec".into())
}

/// The first part of a field name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldArg<'a> {
    /// `{}`: the next positional argument.
    Auto,
    /// `{3}`
    Index(usize),
    /// `{name}`
    Name(&'a str),
}

/// An attribute or item access after the first part of a field name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access<'a> {
    /// `.attr`
    Attr(&'a str),
    /// `[3]`
    Index(usize),
    /// `[key]`
    Key(&'a str),
}

/// A decimal index, `None` if `s` is not all digits; `Err` when too large.
pub(super) fn parse_index(s: &str) -> Result<Option<usize>, String> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let mut n: usize = 0;
    for d in s.bytes() {
        n = n
            .checked_mul(10)
            .and_then(|x| x.checked_add(usize::from(d - b'0')))
            .filter(|x| *x <= i64::MAX as usize)
            .ok_or_else(|| "Too many decimal digits in format string".to_string())?;
    }
    Ok(Some(n))
}

/// Parses a field name such as `0.attr[key][1]`.
pub fn parse_field_name(name: &str) -> Result<(FieldArg<'_>, Vec<Access<'_>>), String> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let arg = if first.is_empty() {
        FieldArg::Auto
    } else {
        match parse_index(first)? {
            Some(i) => FieldArg::Index(i),
            None => FieldArg::Name(first),
        }
    };
    let mut rest = Vec::new();
    let b = name.as_bytes();
    let mut i = first_end;
    while i < b.len() {
        if b[i] == b'.' {
            let end = name[i + 1..]
                .find(['.', '['])
                .map_or(name.len(), |k| i + 1 + k);
            let attr = &name[i + 1..end];
            if attr.is_empty() {
                return Err("Empty attribute in format string".into());
            }
            rest.push(Access::Attr(attr));
            i = end;
        } else {
            // b[i] == b'['
            let Some(close) = name[i + 1..].find(']').map(|k| i + 1 + k) else {
                return Err("Missing ']' in format string".into());
            };
            let key = &name[i + 1..close];
            if key.is_empty() {
                return Err("Empty attribute in format string".into());
            }
            rest.push(match parse_index(key)? {
                Some(n) => Access::Index(n),
                None => Access::Key(key),
            });
            i = close + 1;
            if i < b.len() && b[i] != b'.' && b[i] != b'[' {
                return Err("Only '.' or '[' may follow ']' in format field specifier".into());
            }
        }
    }
    Ok((arg, rest))
}

/// Where `str.format` fields take their values from.
pub(super) enum FieldSource<'a> {
    /// `str.format(*args, **kwargs)`.
    Args {
        args: &'a [Value],
        kw: &'a [(Value, Value)],
    },
    /// `str.format_map(mapping)`.
    Mapping(&'a Value),
}

/// Automatic (`{}`) versus manual (`{0}`) field numbering.
#[derive(Default)]
pub(super) struct Numbering {
    auto: Option<usize>,
    manual: bool,
}

impl Numbering {
    fn resolve(&mut self, vm: &Vm, arg: FieldArg) -> PyResult<Option<usize>> {
        match arg {
            FieldArg::Auto => {
                if self.manual {
                    return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
                }
                let n = self.auto.unwrap_or(0);
                self.auto = Some(n + 1);
                Ok(Some(n))
            }
            FieldArg::Index(i) => {
                if self.auto.is_some() {
                    return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
                }
                self.manual = true;
                Ok(Some(i))
            }
            FieldArg::Name(_) => Ok(None),
        }
    }
}

/// The object a field name refers to.
pub(super) fn field_object(
    vm: &mut Vm,
    src: &FieldSource,
    numbering: &mut Numbering,
    name: &str,
) -> PyResult<Value> {
    let (arg, rest) = parse_field_name(name).map_err(|m| vm.value_error(m))?;
    let index = match src {
        FieldSource::Mapping(_) if !matches!(arg, FieldArg::Name(_)) => {
            return Err(vm.value_error("Format string contains positional fields"));
        }
        _ => numbering.resolve(vm, arg)?,
    };
    let mut obj = match (src, index, arg) {
        (FieldSource::Args { args, .. }, Some(i), _) => match args.get(i) {
            Some(v) => v.clone(),
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {i} out of range for positional args tuple"
                )))
            }
        },
        (FieldSource::Args { kw, .. }, None, FieldArg::Name(n)) => {
            match kw.iter().find(|(k, _)| k.as_str() == Some(n)) {
                Some((_, v)) => v.clone(),
                None => return Err(vm.key_error(Value::str(n))),
            }
        }
        (FieldSource::Mapping(m), _, FieldArg::Name(n)) => vm.getitem(m, &Value::str(n))?,
        _ => return Err(vm.value_error("Format string contains positional fields")),
    };
    for a in rest {
        obj = match a {
            Access::Attr(attr) => vm.get_attr_str(&obj, attr)?,
            Access::Index(i) => vm.getitem(&obj, &Value::from(i))?,
            Access::Key(k) => vm.getitem(&obj, &Value::str(k))?,
        };
    }
    Ok(obj)
}

/// Formats one replacement field.
pub(super) fn render_field(
    vm: &mut Vm,
    src: &FieldSource,
    numbering: &mut Numbering,
    f: &RawField,
    depth: u32,
) -> PyResult<Value> {
    let obj = field_object(vm, src, numbering, f.name)?;
    let obj = match f.conversion {
        None => obj,
        Some('r') => vm.repr_value(&obj)?,
        Some('s') => vm.to_str_value(&obj)?,
        Some('a') => Value::str(ascii_escape(&vm.repr(&obj)?)),
        Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
    };
    let spec = if f.spec_has_fields {
        expand(vm, f.spec, src, numbering, depth - 1)?
    } else {
        f.spec.to_string()
    };
    vm.format(&obj, &spec)
}

/// Expands a template (or a nested format spec) at the given recursion depth.
pub(super) fn expand(
    vm: &mut Vm,
    text: &str,
    src: &FieldSource,
    numbering: &mut Numbering,
    depth: u32,
) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(text.len());
    let mut t = Template::new(text);
    while let Some(piece) = t.next_piece().map_err(|m| vm.value_error(m))? {
        match piece {
            Piece::Text(s) => out.push_str(s),
            Piece::Field(f) => {
                let v = render_field(vm, src, numbering, &f, depth)?;
                out.push_str(v.as_str().unwrap_or(""));
            }
        }
    }
    Ok(out)
}

/// `template.format(...)` / `template.format_map(...)`.
pub(super) fn format_template(vm: &mut Vm, text: &str, src: &FieldSource) -> PyResult<String> {
    let mut numbering = Numbering::default();
    expand(vm, text, src, &mut numbering, 2)
}
