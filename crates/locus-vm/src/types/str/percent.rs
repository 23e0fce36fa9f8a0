//! printf-style formatting (`str % args`, `bytes % args`): argument fetching
//! and conversions for the parser and renderers of `locus-format`.

use super::*;

/// Whether `%` formats a str or a bytes object (whose text is handled as Latin-1).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum PctMode {
    /// `str % args`
    Str,
    /// `bytes % args`
    Bytes,
}

/// The positional arguments of a `%` operation and which one comes next
/// (CPython's `argidx`/`arglen` scheme: a non-tuple operand, or the value of
/// a `%(key)` lookup, is a single argument).
pub(super) struct PctArgs {
    items: Vec<Value>,
    single: Value,
    idx: i64,
    len: i64,
    mapping: Option<Value>,
}

impl PctArgs {
    fn new(vm: &Vm, args: &Value) -> PctArgs {
        let mapping = if is_mapping_for_percent(vm, args) {
            Some(args.clone())
        } else {
            None
        };
        match args.payload() {
            Some(Payload::Tuple(t)) => PctArgs {
                items: t.to_vec(),
                single: Value::None,
                idx: 0,
                len: t.len() as i64,
                mapping,
            },
            _ => PctArgs {
                items: Vec::new(),
                single: args.clone(),
                idx: -2,
                len: -1,
                mapping,
            },
        }
    }

    fn next(&mut self, vm: &Vm) -> PyResult<Value> {
        if self.idx >= self.len {
            return Err(vm.type_error("not enough arguments for format string"));
        }
        let i = self.idx;
        self.idx += 1;
        if self.len < 0 {
            Ok(self.single.clone())
        } else {
            Ok(self.items.get(i as usize).cloned().unwrap_or(Value::None))
        }
    }

    fn use_key(&mut self, v: Value) {
        self.single = v;
        self.idx = -2;
        self.len = -1;
    }
}

/// Whether the right operand of `%` is used as a mapping for `%(key)s`
/// (anything subscriptable except tuples and strs).
pub(super) fn is_mapping_for_percent(vm: &Vm, v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    if o.class.is_some() {
        return !matches!(o.payload, Payload::Tuple(_) | Payload::Str(_))
            && vm.lookup_special(v, &names().__getitem__).is_some();
    }
    matches!(
        o.payload,
        Payload::Dict(_)
            | Payload::List(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range { .. }
    )
}

/// An error while formatting: a raised exception or a `locus_format` error.
pub(super) enum PctError {
    Py(crate::vm::PyErr),
    Fmt(locus_format::FormatError),
}

impl From<locus_format::FormatError> for PctError {
    fn from(e: locus_format::FormatError) -> PctError {
        PctError::Fmt(e)
    }
}

impl From<crate::vm::PyErr> for PctError {
    fn from(e: crate::vm::PyErr) -> PctError {
        PctError::Py(e)
    }
}

/// The VM side of `locus_format::percent_format`.
pub(super) struct PctDriver<'a> {
    vm: &'a mut Vm,
    args: PctArgs,
    current: Value,
    mode: PctMode,
}

impl locus_format::PercentArgs for PctDriver<'_> {
    type Error = PctError;

    fn require_mapping(&mut self) -> Result<(), PctError> {
        if self.args.mapping.is_none() {
            return Err(self.vm.type_error("format requires a mapping").into());
        }
        Ok(())
    }

    fn lookup_key(&mut self, key: &str) -> Result<(), PctError> {
        let Some(mapping) = self.args.mapping.clone() else {
            return Err(self.vm.type_error("format requires a mapping").into());
        };
        let key = match self.mode {
            PctMode::Str => Value::str(key),
            PctMode::Bytes => {
                crate::types::bytes::new_bytes(key.chars().map(|c| c as u32 as u8).collect())
            }
        };
        let v = self.vm.getitem(&mapping, &key)?;
        self.args.use_key(v);
        Ok(())
    }

    fn star(&mut self, which: locus_format::Star) -> Result<i64, PctError> {
        let v = self.args.next(self.vm)?;
        let too_big = || match which {
            locus_format::Star::Width => "Python int too large to convert to C ssize_t",
            locus_format::Star::Precision => "Python int too large to convert to C int",
        };
        let n = match &v {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
                return Err(self.vm.error("OverflowError", too_big()).into())
            }
            _ => return Err(self.vm.type_error("* wants int").into()),
        };
        if which == locus_format::Star::Precision && i32::try_from(n).is_err() {
            return Err(self.vm.error("OverflowError", too_big()).into());
        }
        Ok(n)
    }

    fn fetch(&mut self) -> Result<(), PctError> {
        self.current = self.args.next(self.vm)?;
        Ok(())
    }

    fn render(
        &mut self,
        spec: &locus_format::PercentSpec,
        out: &mut String,
    ) -> Result<(), PctError> {
        let v = self.current.clone();
        let piece = render_conv(self.vm, &v, spec, self.mode)?;
        out.push_str(&piece);
        Ok(())
    }
}

/// `%s`/`%b` of bytes formatting: the bytes of a bytes-like object or of `__bytes__`, as Latin-1 text.
pub(super) fn percent_bytes_text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let data = match v.payload() {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.borrow().clone()),
        _ => None,
    };
    let data = match data {
        Some(d) => d,
        None => {
            let r = if matches!(v, Value::Obj(o) if o.class.is_some()) {
                vm.call_special(v, &crate::intern::intern("__bytes__"), &[])?
            } else {
                None
            };
            match r.as_ref().and_then(|r| r.payload()) {
                Some(Payload::Bytes(b)) => b.to_vec(),
                _ => {
                    return Err(vm.type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        vm.type_name(v)
                    )))
                }
            }
        }
    };
    Ok(data.iter().map(|b| *b as char).collect())
}

/// An int (small or big) for `%d`-like conversions.
pub(super) enum IntVal {
    Small(i64),
    Big(BigInt),
}

/// The integer for `%d`/`%i`/`%u` (real numbers, truncated) or `%o`/`%x`/`%X` (via `__index__`).
pub(super) fn percent_int(vm: &mut Vm, v: &Value, conv: char) -> PyResult<IntVal> {
    let integral = matches!(conv, 'o' | 'x' | 'X');
    let wrong = |vm: &Vm| {
        let what = if integral {
            "an integer"
        } else {
            "a real number"
        };
        vm.type_error(format!(
            "%{conv} format: {what} is required, not {}",
            vm.type_name(v)
        ))
    };
    let user = matches!(v, Value::Obj(o) if o.class.is_some());
    let v = match v {
        Value::Float(f) if !integral => return float_to_int(vm, *f),
        Value::Float(_) | Value::None | Value::Null => return Err(wrong(vm)),
        _ if has_index(vm, v) => vm.index_value(v)?,
        _ if !integral && user && vm.lookup_special(v, &names().__int__).is_some() => {
            match vm.call_special(v, &names().__int__, &[])? {
                Some(r) => r,
                None => return Err(wrong(vm)),
            }
        }
        _ => return Err(wrong(vm)),
    };
    match &v {
        Value::Int(i) => Ok(IntVal::Small(*i)),
        Value::Bool(b) => Ok(IntVal::Small(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Ok(IntVal::Big(b.clone())),
            _ => Err(wrong(vm)),
        },
        _ => Err(wrong(vm)),
    }
}

/// `int(f)` for `%d` of a float.
pub(super) fn float_to_int(vm: &Vm, f: f64) -> PyResult<IntVal> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.error("OverflowError", "cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(IntVal::Small(t as i64));
    }
    Ok(IntVal::Big(
        num_traits::FromPrimitive::from_f64(t).unwrap_or_default(),
    ))
}

/// The float for `%e %f %g` and friends.
pub(super) fn percent_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) if o.class.is_none() => b
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| vm.error("OverflowError", "int too large to convert to float")),
            _ => {
                if vm.lookup_special(v, &names().__float__).is_some() {
                    if let Some(Value::Float(f)) = vm.call_special(v, &names().__float__, &[])? {
                        return Ok(f);
                    }
                }
                if has_index(vm, v) {
                    let i = vm.index_value(v)?;
                    return percent_float(vm, &i);
                }
                Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
            }
        },
        _ => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
    }
}

/// `%c` of a str: an int code point or a one-character str.
pub(super) fn percent_char_str(
    vm: &mut Vm,
    v: &Value,
    spec: &locus_format::PercentSpec,
) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        if single_char(s).is_none() {
            return Err(vm.type_error("%c requires int or char"));
        }
        return locus_format::percent_format_str(s, spec).map_err(|e| format_error(vm, e));
    }
    if !has_index(vm, v) {
        return Err(vm.type_error("%c requires int or char"));
    }
    match vm.index_value(v)? {
        Value::Int(i) => locus_format::percent_format_i64(i, spec).map_err(|e| format_error(vm, e)),
        _ => Err(vm.error("OverflowError", "%c arg not in range(0x110000)")),
    }
}

/// `%c` of bytes formatting: an int in range(256) or a single byte.
pub(super) fn percent_char_bytes(
    vm: &mut Vm,
    v: &Value,
    spec: &locus_format::PercentSpec,
) -> PyResult<String> {
    let single = match v.payload() {
        Some(Payload::Bytes(b)) if b.len() == 1 => Some(b[0]),
        Some(Payload::ByteArray(b)) if b.borrow().len() == 1 => b.borrow().first().copied(),
        _ => None,
    };
    let byte = match single {
        Some(b) => b,
        None if !has_index(vm, v) => {
            return Err(vm.type_error("%c requires an integer in range(256) or a single byte"))
        }
        None => match vm.index_value(v)? {
            Value::Int(i) if (0..256).contains(&i) => i as u8,
            _ => return Err(vm.error("OverflowError", "%c arg not in range(256)")),
        },
    };
    let text = (byte as char).to_string();
    locus_format::percent_format_str(&text, spec).map_err(|e| format_error(vm, e))
}

/// Renders one conversion whose argument is `v`.
pub(super) fn render_conv(
    vm: &mut Vm,
    v: &Value,
    spec: &locus_format::PercentSpec,
    mode: PctMode,
) -> PyResult<String> {
    let conv = spec.conv;
    let text = match (conv, mode) {
        ('s', PctMode::Str) => Some(vm.to_str(v)?),
        ('s', PctMode::Bytes) => Some(percent_bytes_text(vm, v)?),
        ('r', PctMode::Str) => Some(vm.repr(v)?),
        ('a', _) | ('r', PctMode::Bytes) => Some(ascii_escape(&vm.repr(v)?)),
        _ => None,
    };
    let r = match (conv, text) {
        (_, Some(t)) => locus_format::percent_format_str(&t, spec),
        ('c', None) => {
            return match mode {
                PctMode::Str => percent_char_str(vm, v, spec),
                PctMode::Bytes => percent_char_bytes(vm, v, spec),
            }
        }
        ('e' | 'E' | 'f' | 'F' | 'g' | 'G', None) => {
            let x = percent_float(vm, v)?;
            locus_format::percent_format_float(x, spec)
        }
        _ => match percent_int(vm, v, conv)? {
            IntVal::Small(i) => locus_format::percent_format_i64(i, spec),
            IntVal::Big(b) => locus_format::percent_format_int(&b, spec),
        },
    };
    r.map_err(|e| format_error(vm, e))
}

/// Rewrites the bytes-only conversion `%b` as its alias `%s` (same length,
/// so error positions are unchanged).
pub(super) fn alias_percent_b(fmt: &str) -> String {
    let mut chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            i += 1;
            continue;
        }
        i += 1;
        if chars.get(i) == Some(&'%') {
            i += 1;
            continue;
        }
        if chars.get(i) == Some(&'(') {
            let mut depth = 0;
            while i < chars.len() {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
                if depth == 0 {
                    break;
                }
            }
        }
        while matches!(
            chars.get(i),
            Some('-' | '+' | ' ' | '#' | '0'..='9' | '*' | '.' | 'h' | 'l' | 'L')
        ) {
            i += 1;
        }
        if let Some(c) = chars.get_mut(i) {
            if *c == 'b' {
                *c = 's';
            }
        }
        i += 1;
    }
    chars.into_iter().collect()
}

/// `str % args`: printf-style formatting with a tuple, a single value or a
/// mapping (`%(name)s`).
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let Some(text) = fmt.as_str() else {
        return Err(vm.type_error("descriptor '__mod__' requires a 'str' object"));
    };
    percent_core(vm, text, args, PctMode::Str).map(Value::str)
}

/// The `%` operation on `text` (for bytes: the Latin-1 decoding of the
/// format; the result is then Latin-1 text).
pub(crate) fn percent_core(
    vm: &mut Vm,
    text: &str,
    args: &Value,
    mode: PctMode,
) -> PyResult<String> {
    let aliased;
    let text = if mode == PctMode::Bytes && text.contains('b') {
        aliased = alias_percent_b(text);
        aliased.as_str()
    } else {
        text
    };
    let state = PctArgs::new(vm, args);
    let mut driver = PctDriver {
        vm,
        args: state,
        current: Value::None,
        mode,
    };
    let out = match locus_format::percent_format(text, &mut driver) {
        Ok(s) => s,
        Err(PctError::Py(e)) => return Err(e),
        Err(PctError::Fmt(e)) => return Err(format_error(driver.vm, e)),
    };
    let a = &driver.args;
    if a.idx < a.len && a.mapping.is_none() {
        let what = if mode == PctMode::Str {
            "string"
        } else {
            "bytes"
        };
        return Err(driver.vm.type_error(format!(
            "not all arguments converted during {what} formatting"
        )));
    }
    Ok(out)
}
