//! printf-style (`%`) formatting of `str`: parsing the format string.
//!
//! Two ways in:
//!
//! * [`percent_format`] drives a whole `fmt % args` operation through a
//!   [`PercentArgs`] implementation supplied by the VM, interleaving parsing
//!   with argument fetching exactly as CPython does, so that the *first*
//!   error CPython would report is the one reported (`'%d %y' % ()` is
//!   "not enough arguments", `'%d %y' % (1,)` is "unsupported format
//!   character"; `'%(a)5' % {}` is a `KeyError`, not "incomplete format").
//! * [`parse_percent_format`] parses the whole string up front into
//!   [`PercentPiece`]s, for callers (e.g. a compiler optimising constant
//!   format strings) that do not need that interleaving.
//!
//! Boundary with the VM: the VM owns the argument tuple or mapping. It looks
//! keys up (`KeyError`, `format requires a mapping`), fetches positional
//! values (`not enough arguments for format string`), converts `*` arguments
//! (`* wants int`, `Python int too large to convert to C ssize_t` / `C int`),
//! chooses the renderer for a value (`%d` of a float truncates via `int()`;
//! `%x` of a float is `TypeError: %x format: an integer is required, not
//! float`; `%c` of a str needs length 1: `%c requires int or char`; `%s`,
//! `%r`, `%a` call `str()`, `repr()`, `ascii()`), and finally raises `not all
//! arguments converted during string formatting` when positional arguments
//! are left over. This module produces the parse errors (`incomplete
//! format`, `incomplete format key`, `width too big`, `precision too big`,
//! `unsupported format character 'y' (0x79) at index 3`) and the
//! `percent_format_*` renderers produce the text.

use crate::error::FormatError;

/// Conversion flags (`-`, `+`, space, `#`, `0`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always show a sign.
    pub plus: bool,
    /// space: a space before positive numbers.
    pub space: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: zero padding (numbers only; ignored with `-`).
    pub zero: bool,
}

/// A width or precision as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Count {
    /// A literal number.
    Fixed(usize),
    /// `*`: taken from the next positional argument.
    Star,
}

/// One conversion specification as written, e.g. `%(name)-*.3f`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PercentConv {
    /// The mapping key of `%(key)s`.
    pub key: Option<String>,
    /// Flags.
    pub flags: PercentFlags,
    /// Width.
    pub width: Option<Count>,
    /// Precision (`%.f` is precision 0).
    pub precision: Option<Count>,
    /// Conversion character (already validated by [`parse_percent_format`]).
    pub conv: char,
    /// Index, in code points, of the conversion character in the format.
    pub index: usize,
}

/// A piece of a parsed `%` format string.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PercentPiece {
    /// Text copied as is (`%%` has already become `%`).
    Literal(String),
    /// A conversion.
    Conv(PercentConv),
}

/// A conversion ready to render: `*` values resolved (a negative `*` width
/// sets `left`, a negative `*` precision counts as 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct PercentSpec {
    /// Flags.
    pub flags: PercentFlags,
    /// Minimum width in code points (0 = none).
    pub width: usize,
    /// Precision, if given.
    pub precision: Option<usize>,
    /// Conversion character: one of `s r a c d i u o x X e E f F g G`
    /// (and `b` for bytes formatting).
    pub conv: char,
}

/// Which `*` is being fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Star {
    /// A `*` width: CPython converts it to `Py_ssize_t`
    /// (`OverflowError: Python int too large to convert to C ssize_t`).
    Width,
    /// A `*` precision: CPython converts it to C `int`
    /// (`OverflowError: Python int too large to convert to C int`).
    Precision,
}

/// The VM side of [`percent_format`]. Methods are called in CPython's order.
pub trait PercentArgs {
    /// The VM's error type; parse errors arrive through `From<FormatError>`.
    type Error: From<FormatError>;

    /// A `%(` was seen: raise `TypeError: format requires a mapping` unless
    /// the argument is a mapping. Called before the key is scanned (so this
    /// error beats `incomplete format key`).
    fn require_mapping(&mut self) -> Result<(), Self::Error>;

    /// `%(key)`: look up `mapping[key]` (or raise `KeyError`) and make that
    /// single value
    /// the argument source from now on, as CPython does: the next
    /// [`PercentArgs::star`] or [`PercentArgs::fetch`] takes it, and any
    /// further one finds the source exhausted (`'%(a)*d' % {'a': 1}` is
    /// "not enough arguments", `'%(a)*d' % {'a': 'x'}` is "* wants int").
    fn lookup_key(&mut self, key: &str) -> Result<(), Self::Error>;

    /// `*`: take the next argument from the source as an integer (raise
    /// `not enough arguments for format string`, `* wants int`, or the
    /// overflow error for `which`).
    fn star(&mut self, which: Star) -> Result<i64, Self::Error>;

    /// Take the next argument from the source as the value of the current
    /// conversion (raise `not enough arguments for format string`). With a
    /// non-tuple argument (including a mapping used without keys) the
    /// source is that one object.
    fn fetch(&mut self) -> Result<(), Self::Error>;

    /// Append the current value rendered per `spec` (using
    /// [`crate::percent_format_int`], [`crate::percent_format_float`],
    /// [`crate::percent_format_str`]).
    fn render(&mut self, spec: &PercentSpec, out: &mut String) -> Result<(), Self::Error>;
}

/// CPython limits: widths to `Py_ssize_t`, precisions to C `int`.
const MAX_WIDTH: u64 = i64::MAX as u64;
const MAX_PRECISION: u64 = i32::MAX as u64;

/// Runs `fmt % args`, calling back into `args` for argument access and
/// rendering. Does not check for unused arguments.
pub fn percent_format<A: PercentArgs>(fmt: &str, args: &mut A) -> Result<String, A::Error> {
    run(fmt, args, false)
}

/// [`percent_format`] for `bytes % args`: `fmt` is the format decoded as
/// Latin-1, and the conversion `b` is accepted as well (the VM renders `%b`
/// and its alias `%s` from bytes-like objects, and `%r` like `%a`).
pub fn percent_format_bytes<A: PercentArgs>(fmt: &str, args: &mut A) -> Result<String, A::Error> {
    run(fmt, args, true)
}

fn run<A: PercentArgs>(fmt: &str, args: &mut A, bytes: bool) -> Result<String, A::Error> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut pos = 0;
    while pos < chars.len() {
        let c = chars[pos];
        if c != '%' {
            out.push(c);
            pos += 1;
            continue;
        }
        if chars.get(pos + 1) == Some(&'%') {
            out.push('%');
            pos += 2;
            continue;
        }
        let mut hooks = Live {
            args: &mut *args,
            resolved: Resolved::default(),
        };
        let (conv, next) = parse_conv(&chars, pos + 1, &mut hooks, bytes)?;
        pos = next;
        let spec = hooks.resolved.resolve(conv);
        args.render(&spec, &mut out)?;
    }
    Ok(out)
}

/// Parses a whole `%` format string. Errors are reported in text order;
/// no arguments are involved, so `*` stays [`Count::Star`].
///
/// ```
/// use locus_format::{parse_percent_format, PercentPiece};
/// let pieces = parse_percent_format("x=%-5d%%").unwrap();
/// assert_eq!(pieces.len(), 3);
/// assert_eq!(pieces[2], PercentPiece::Literal("%".into()));
/// assert_eq!(
///     parse_percent_format("ab%y").unwrap_err().message,
///     "unsupported format character 'y' (0x79) at index 3"
/// );
/// ```
pub fn parse_percent_format(fmt: &str) -> Result<Vec<PercentPiece>, FormatError> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut pos = 0;
    while pos < chars.len() {
        let c = chars[pos];
        if c != '%' {
            lit.push(c);
            pos += 1;
            continue;
        }
        if chars.get(pos + 1) == Some(&'%') {
            lit.push('%');
            pos += 2;
            continue;
        }
        if !lit.is_empty() {
            pieces.push(PercentPiece::Literal(std::mem::take(&mut lit)));
        }
        let (conv, next) = parse_conv(&chars, pos + 1, &mut Offline, false)?;
        pieces.push(PercentPiece::Conv(conv));
        pos = next;
    }
    if !lit.is_empty() {
        pieces.push(PercentPiece::Literal(lit));
    }
    Ok(pieces)
}

impl PercentConv {
    /// Resolves a conversion with literal (non-`*`) counts into a spec;
    /// `*` counts are taken as absent.
    pub fn to_spec(&self) -> PercentSpec {
        let fixed = |c: Option<Count>| match c {
            Some(Count::Fixed(n)) => Some(n),
            _ => None,
        };
        PercentSpec {
            flags: self.flags,
            width: fixed(self.width).unwrap_or(0),
            precision: fixed(self.precision),
            conv: self.conv,
        }
    }
}

/// Callbacks used while parsing one conversion.
trait Hooks {
    type Error: From<FormatError>;
    fn mapping(&mut self) -> Result<(), Self::Error>;
    fn key(&mut self, key: &str) -> Result<(), Self::Error>;
    /// Called for each `*`.
    fn star(&mut self, which: Star) -> Result<(), Self::Error>;
    fn fetch(&mut self) -> Result<(), Self::Error>;
}

/// Parsing without arguments.
struct Offline;

impl Hooks for Offline {
    type Error = FormatError;
    fn mapping(&mut self) -> Result<(), FormatError> {
        Ok(())
    }
    fn key(&mut self, _: &str) -> Result<(), FormatError> {
        Ok(())
    }
    fn star(&mut self, _: Star) -> Result<(), FormatError> {
        Ok(())
    }
    fn fetch(&mut self) -> Result<(), FormatError> {
        Ok(())
    }
}

/// Parsing against the VM's arguments; remembers resolved `*` values.
struct Live<'a, A: PercentArgs> {
    args: &'a mut A,
    resolved: Resolved,
}

/// The `*` values fetched for one conversion.
#[derive(Default)]
struct Resolved {
    width: Option<i64>,
    precision: Option<i64>,
}

impl Resolved {
    fn resolve(&self, conv: PercentConv) -> PercentSpec {
        let mut spec = conv.to_spec();
        if let Some(w) = self.width {
            if w < 0 {
                spec.flags.left = true;
            }
            spec.width = usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX);
        }
        if let Some(p) = self.precision {
            spec.precision = Some(usize::try_from(p.max(0)).unwrap_or(usize::MAX));
        }
        spec
    }
}

impl<A: PercentArgs> Hooks for Live<'_, A> {
    type Error = A::Error;
    fn mapping(&mut self) -> Result<(), A::Error> {
        self.args.require_mapping()
    }
    fn key(&mut self, key: &str) -> Result<(), A::Error> {
        self.args.lookup_key(key)
    }
    fn star(&mut self, which: Star) -> Result<(), A::Error> {
        let v = self.args.star(which)?;
        match which {
            Star::Width => self.resolved.width = Some(v),
            Star::Precision => self.resolved.precision = Some(v),
        }
        Ok(())
    }
    fn fetch(&mut self) -> Result<(), A::Error> {
        self.args.fetch()
    }
}

/// Parses the conversion whose text starts at `pos` (just after `%`).
/// Returns it and the position after the conversion character.
fn parse_conv<H: Hooks>(
    chars: &[char],
    mut pos: usize,
    hooks: &mut H,
    bytes: bool,
) -> Result<(PercentConv, usize), H::Error> {
    let mut key = None;
    if chars.get(pos) == Some(&'(') {
        hooks.mapping()?;
        let start = pos + 1;
        let mut depth = 1;
        pos = start;
        while pos < chars.len() {
            match chars[pos] {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            pos += 1;
        }
        if pos >= chars.len() {
            return Err(FormatError::value("incomplete format key").into());
        }
        let k: String = chars[start..pos].iter().collect();
        pos += 1;
        hooks.key(&k)?;
        key = Some(k);
    }
    let mut flags = PercentFlags::default();
    while let Some(&c) = chars.get(pos) {
        match c {
            '-' => flags.left = true,
            '+' => flags.plus = true,
            ' ' => flags.space = true,
            '#' => flags.alt = true,
            '0' => flags.zero = true,
            _ => break,
        }
        pos += 1;
    }
    let mut width = None;
    if chars.get(pos) == Some(&'*') {
        pos += 1;
        hooks.star(Star::Width)?;
        width = Some(Count::Star);
    } else if let Some(n) = read_number(chars, &mut pos, MAX_WIDTH, "width too big")? {
        width = Some(Count::Fixed(n));
    }
    let mut precision = None;
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        if chars.get(pos) == Some(&'*') {
            pos += 1;
            hooks.star(Star::Precision)?;
            precision = Some(Count::Star);
        } else {
            let n = read_number(chars, &mut pos, MAX_PRECISION, "precision too big")?;
            precision = Some(Count::Fixed(n.unwrap_or(0)));
        }
    }
    if matches!(chars.get(pos), Some('h' | 'l' | 'L')) {
        pos += 1;
    }
    let Some(&conv) = chars.get(pos) else {
        return Err(FormatError::value("incomplete format").into());
    };
    hooks.fetch()?;
    if !(is_conversion(conv) || (bytes && conv == 'b')) {
        return Err(unsupported(conv, pos).into());
    }
    Ok((
        PercentConv {
            key,
            flags,
            width,
            precision,
            conv,
            index: pos,
        },
        pos + 1,
    ))
}

/// Reads decimal digits at `*pos` (none: `Ok(None)`), failing with
/// `message` above `max`.
fn read_number(
    chars: &[char],
    pos: &mut usize,
    max: u64,
    message: &str,
) -> Result<Option<usize>, FormatError> {
    let mut value: Option<u64> = None;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        let v = value
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(d)))
            .filter(|&v| v <= max)
            .ok_or_else(|| FormatError::value(message))?;
        value = Some(v);
        *pos += 1;
    }
    Ok(value.map(|v| usize::try_from(v).unwrap_or(usize::MAX)))
}

fn is_conversion(c: char) -> bool {
    matches!(
        c,
        's' | 'r'
            | 'a'
            | 'c'
            | 'd'
            | 'i'
            | 'u'
            | 'o'
            | 'x'
            | 'X'
            | 'e'
            | 'E'
            | 'f'
            | 'F'
            | 'g'
            | 'G'
    )
}

/// `unsupported format character 'y' (0x79) at index 3`; characters outside
/// 0x1f..=0x7e are shown as `?`.
fn unsupported(c: char, index: usize) -> FormatError {
    let v = c as u32;
    let shown = if (31..=126).contains(&v) { c } else { '?' };
    FormatError::value(format!(
        "unsupported format character '{shown}' (0x{v:x}) at index {index}"
    ))
}
