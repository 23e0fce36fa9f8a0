//! `repr(float)` and the layout engine that turns a double's digits into
//! Python's textual forms (`1.5`, `1e+16`, `1.500000e+00`, `12.0`, ...).
//!
//! [`float_repr`] is the public entry point; [`render_magnitude`] is shared by
//! the format-spec and `%` formatters, which add signs and padding around it.

use crate::digits::{fixed, shortest, significant, tie_possible, Digits};

/// How a finite magnitude is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// Shortest round-tripping digits; exponent notation when the decimal
    /// exponent is < -4 or >= 16 (`repr`, and the format spec with no type and
    /// no precision).
    Repr,
    /// `precision` digits after the point (`f`, `F`, `%`).
    Fixed,
    /// One digit, point, `precision` digits, exponent (`e`, `E`).
    Exp,
    /// `precision` significant digits, fixed or exponent notation depending
    /// on the exponent, trailing zeros removed unless alternate (`g`, `G`,
    /// `n`, and no type with a precision).
    General,
}

/// Options for [`render_magnitude`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Render {
    pub style: Style,
    /// Precision (ignored for [`Style::Repr`]).
    pub precision: usize,
    /// `#`: always keep a decimal point (and, for `General`, trailing zeros).
    pub alt: bool,
    /// Make integral-looking fixed output end in `.0`; for `General` this
    /// also switches to exponent notation one digit earlier, as CPython's
    /// format with no type and a precision does.
    pub add_dot_0: bool,
    /// Upper-case `E`, `INF`, `NAN`.
    pub upper: bool,
}

/// Formats `x` the way Python's `repr(x)` and `str(x)` do.
///
/// ```
/// use locus_format::float_repr;
/// assert_eq!(float_repr(1.0), "1.0");
/// assert_eq!(float_repr(1e16), "1e+16");
/// assert_eq!(float_repr(1.5e-5), "1.5e-05");
/// assert_eq!(float_repr(-0.0), "-0.0");
/// assert_eq!(float_repr(f64::NAN), "nan");
/// ```
pub fn float_repr(x: f64) -> String {
    // Fast path: in the positional range Rust's `Display` already prints
    // the shortest digits without an exponent.
    let ax = x.abs();
    if (1e-4..1e16).contains(&ax) && !tie_possible(ax) {
        let mut s = format!("{x}");
        if !s.contains('.') {
            s.push_str(".0");
        }
        return s;
    }
    let body = render_magnitude(
        x,
        Render {
            style: Style::Repr,
            precision: 0,
            alt: false,
            add_dot_0: true,
            upper: false,
        },
    );
    if x.is_sign_negative() && !x.is_nan() {
        let mut s = String::with_capacity(body.len() + 1);
        s.push('-');
        s.push_str(&body);
        s
    } else {
        body
    }
}

/// Renders `|x|` (the sign is ignored) according to `opts`. Infinities and
/// NaNs give `inf`/`nan` (`INF`/`NAN` when upper-case).
pub(crate) fn render_magnitude(x: f64, opts: Render) -> String {
    if x.is_nan() {
        return if opts.upper { "NAN" } else { "nan" }.to_string();
    }
    if x.is_infinite() {
        return if opts.upper { "INF" } else { "inf" }.to_string();
    }
    match opts.style {
        Style::Fixed => {
            let (int_part, frac_part) = fixed(x, opts.precision);
            let mut s = int_part;
            if !frac_part.is_empty() || opts.alt {
                s.push('.');
            }
            s.push_str(&frac_part);
            s
        }
        Style::Exp => {
            let d = significant(x, opts.precision.saturating_add(1));
            exp_layout(&d.digits, d.decpt, opts.alt, opts.upper)
        }
        Style::Repr => {
            let d = shortest(x);
            if d.decpt <= -4 || d.decpt > 16 {
                exp_layout(&d.digits, d.decpt, opts.alt, opts.upper)
            } else {
                fixed_layout(&d, opts.alt, opts.add_dot_0)
            }
        }
        Style::General => {
            let p = opts.precision.max(1);
            // Without `#` trailing zeros are dropped, and a double never has
            // more than 767 significant digits: don't generate the rest.
            let wanted = if opts.alt { p } else { p.min(800) };
            let mut d = significant(x, wanted);
            if !opts.alt {
                let keep = d.digits.trim_end_matches('0').len().max(1);
                d.digits.truncate(keep);
            }
            let limit = if opts.add_dot_0 {
                p as i64 - 1
            } else {
                p as i64
            };
            if d.decpt <= -4 || d.decpt > limit {
                exp_layout(&d.digits, d.decpt, opts.alt, opts.upper)
            } else {
                fixed_layout(&d, opts.alt, opts.add_dot_0)
            }
        }
    }
}

/// `d.ddd e+XX` layout: the first digit, a point when more digits follow or
/// `alt` is set, the rest, and a signed exponent of at least two digits.
fn exp_layout(digits: &str, decpt: i64, alt: bool, upper: bool) -> String {
    let mut s = String::with_capacity(digits.len() + 8);
    let (first, rest) = digits.split_at(1);
    s.push_str(first);
    if !rest.is_empty() || alt {
        s.push('.');
    }
    s.push_str(rest);
    s.push(if upper { 'E' } else { 'e' });
    let exp = decpt - 1;
    s.push(if exp < 0 { '-' } else { '+' });
    let mag = exp.unsigned_abs();
    if mag < 10 {
        s.push('0');
    }
    s.push_str(&mag.to_string());
    s
}

/// Positional layout of `0.digits * 10**decpt`.
fn fixed_layout(d: &Digits, alt: bool, add_dot_0: bool) -> String {
    let digits = d.digits.as_str();
    let n = digits.len() as i64;
    let mut s = String::with_capacity(digits.len() + 8);
    if d.decpt <= 0 {
        s.push_str("0.");
        s.extend(std::iter::repeat_n('0', d.decpt.unsigned_abs() as usize));
        s.push_str(digits);
    } else if d.decpt < n {
        let (a, b) = digits.split_at(d.decpt as usize);
        s.push_str(a);
        s.push('.');
        s.push_str(b);
    } else {
        s.push_str(digits);
        s.extend(std::iter::repeat_n('0', (d.decpt - n) as usize));
        if alt {
            s.push('.');
        }
    }
    if add_dot_0 {
        if !s.contains('.') {
            s.push_str(".0");
        } else if s.ends_with('.') {
            s.push('0');
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_table() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345.0, "123456789012345.0"),
            (1.5e-5, "1.5e-05"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (1e100, "1e+100"),
            (0.30000000000000004, "0.30000000000000004"),
            (9999999999999998.0, "9999999999999998.0"),
            (-123.456, "-123.456"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr({x:?})");
        }
    }
}
