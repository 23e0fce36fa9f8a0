//! Python 3.13's number and text formatting and parsing rules, on plain Rust
//! values, for the Locus VM.
//!
//! * [`float_repr`]: `repr(float)` / `str(float)`; [`complex_repr`].
//! * The format-spec mini-language: [`parse_format_spec`] into a
//!   [`FormatSpec`], then [`format_int`] / [`format_i64`], [`format_float`],
//!   [`format_str`], [`format_complex`].
//! * printf-style `%` formatting: [`percent_format`] (driven through the
//!   [`PercentArgs`] trait) or [`parse_percent_format`], and the renderers
//!   [`percent_format_int`], [`percent_format_float`], [`percent_format_str`].
//! * Parsing: [`parse_int`] / [`parse_int_limited`] (`int(str, base)`) and
//!   [`parse_float`] (`float(str)`).
//! * `hex()`/`oct()`/`bin()`: [`int_to_string_radix`]; `str(int)` with the
//!   digit limit: [`int_to_decimal_string`], [`INT_MAX_STR_DIGITS`],
//!   [`set_int_max_str_digits`].
//! * `round()`: [`round_float`] / [`try_round_float`], [`round_int`],
//!   [`round_float_to_int`]; conversions [`float_to_bigint`],
//!   [`bigint_to_f64`].
//!
//! Every fallible function returns a [`FormatError`] carrying the Python
//! exception class and CPython's exact message; functions whose messages name
//! the formatted object's type take a `type_name` argument. Nothing here
//! panics on any input. Only the C locale is modelled (the `n` type formats
//! like `d`/`g`, without grouping).
//!
//! Dependencies: `num-bigint`, `num-traits`, `num-integer` only.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod digits;
mod error;
mod float_repr;
mod format_complex;
mod format_num;
mod format_str;
mod layout;
mod limits;
mod parse;
mod percent;
mod percent_render;
mod radix;
mod round;
mod spec;
mod unicode;

pub use error::{ErrorKind, FormatError};
pub use float_repr::float_repr;
pub use format_complex::{complex_repr, format_complex};
pub use format_num::{format_float, format_i64, format_int};
pub use format_str::format_str;
pub use limits::{
    check_decimal_digits, check_decimal_digits_limit, int_max_str_digits, int_to_decimal_string,
    int_to_str_limit_error, set_int_max_str_digits, str_to_int_limit_error, INT_MAX_STR_DIGITS,
    INT_MAX_STR_DIGITS_THRESHOLD,
};
pub use parse::{parse_float, parse_int, parse_int_limited, parse_int_with_limit, ParseIntError};
pub use percent::{
    parse_percent_format, percent_format, percent_format_bytes, Count, PercentArgs, PercentConv,
    PercentFlags, PercentPiece, PercentSpec, Star,
};
pub use percent_render::{
    percent_format_float, percent_format_i64, percent_format_int, percent_format_str,
};
pub use radix::{bigint_to_f64, int_to_bin, int_to_hex, int_to_oct, int_to_string_radix};
pub use round::{float_to_bigint, round_float, round_float_to_int, round_int, try_round_float};
pub use spec::{parse_format_spec, Align, FormatSpec, Grouping, Sign};
pub use unicode::{decimal_value, is_python_space};
