//! Robustness: random specs, format strings and numeric text must make
//! every entry point return (`Ok` or `Err`), never panic.

use locus_format::*;
use num_bigint::BigInt;

/// xorshift64*: a tiny deterministic generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    /// Text from `alphabet`, with digit runs kept short so that widths stay
    /// small enough to build quickly.
    fn text(&mut self, alphabet: &[char], max_len: usize) -> String {
        let len = self.below(max_len + 1);
        let mut s = String::new();
        let mut run = 0;
        for _ in 0..len {
            let c = *self.pick(alphabet);
            if c.is_ascii_digit() {
                run += 1;
                if run > 3 {
                    continue;
                }
            } else {
                run = 0;
            }
            s.push(c);
        }
        s
    }
    fn float(&mut self) -> f64 {
        match self.below(4) {
            0 => f64::from_bits(self.next()),
            1 => *self.pick(&[
                0.0,
                -0.0,
                f64::INFINITY,
                f64::NEG_INFINITY,
                f64::NAN,
                5e-324,
                f64::MAX,
            ]),
            _ => (self.next() as i64 as f64) / 10f64.powi(self.below(30) as i32),
        }
    }
    fn int(&mut self) -> BigInt {
        let mut v = BigInt::from(self.next() as i64);
        for _ in 0..self.below(4) {
            v = (v << 64usize) + self.next();
        }
        v
    }
}

const SPEC_CHARS: &[char] = &[
    '<', '>', '^', '=', '+', '-', ' ', 'z', '#', '0', '1', '2', '5', '9', ',', '_', '.', 'b', 'c',
    'd', 'e', 'E', 'f', 'F', 'g', 'G', 'n', 'o', 's', 'x', 'X', '%', 'r', 'é', '€', '😀', '\0',
    '{',
];

#[test]
fn format_spec_never_panics() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    for _ in 0..40_000 {
        let spec = rng.text(SPEC_CHARS, 10);
        let Ok(parsed) = parse_format_spec(&spec, "T") else {
            continue;
        };
        let _ = format_float(rng.float(), &parsed, "float");
        let _ = format_int(&rng.int(), &parsed, "int");
        let _ = format_i64(rng.next() as i64, &parsed, "int");
        let _ = format_str(&rng.text(SPEC_CHARS, 6), &parsed, "str");
        let _ = format_complex(rng.float(), rng.float(), &parsed, "complex");
    }
}

const PCT_CHARS: &[char] = &[
    '%', '%', '%', '(', ')', 'a', '-', '+', ' ', '#', '0', '1', '5', '*', '.', 'h', 'l', 'L', 's',
    'r', 'c', 'd', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 'y', 'é', '😀',
];

/// Accepts everything; values are ints.
struct Lenient(u64);

impl PercentArgs for Lenient {
    type Error = FormatError;
    fn require_mapping(&mut self) -> Result<(), FormatError> {
        Ok(())
    }
    fn lookup_key(&mut self, _: &str) -> Result<(), FormatError> {
        Ok(())
    }
    fn star(&mut self, _: Star) -> Result<i64, FormatError> {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1);
        Ok((self.0 >> 58) as i64 - 32)
    }
    fn fetch(&mut self) -> Result<(), FormatError> {
        Ok(())
    }
    fn render(&mut self, spec: &PercentSpec, out: &mut String) -> Result<(), FormatError> {
        let v = BigInt::from(self.0 as i64 >> 3);
        let text = match spec.conv {
            's' | 'r' | 'a' => percent_format_str("héllo", spec)?,
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                percent_format_float(f64::from_bits(self.0), spec)?
            }
            _ => percent_format_int(&v, spec)?,
        };
        out.push_str(&text);
        Ok(())
    }
}

#[test]
fn percent_never_panics() {
    let mut rng = Rng(0x0bad_cafe_dead_beef);
    for _ in 0..40_000 {
        let fmt = rng.text(PCT_CHARS, 12);
        let _ = parse_percent_format(&fmt);
        let _ = percent_format(&fmt, &mut Lenient(rng.next()));
    }
}

const NUM_CHARS: &[char] = &[
    '0', '1', '7', '9', 'a', 'f', 'z', 'x', 'o', 'b', 'e', 'E', 'i', 'n', 'I', 'N', 'f', 't', 'y',
    '_', '.', '+', '-', ' ', '\t', '٥', '１', '\u{2003}', '\u{1c}', 'é',
];

#[test]
fn parsers_never_panic() {
    let mut rng = Rng(0x5eed_5eed_5eed_5eed);
    for _ in 0..60_000 {
        let s = rng.text(NUM_CHARS, 12);
        let base = rng.below(40) as u32;
        let _ = parse_int(&s, base);
        let _ = parse_int_limited(&s, base);
        if let Some(v) = parse_float(&s) {
            // Whatever parses must print and re-parse.
            let r = float_repr(v);
            let back = parse_float(&r).unwrap();
            assert!(
                back.to_bits() == v.to_bits() || (v.is_nan() && back.is_nan()),
                "{s:?}"
            );
        }
    }
}

#[test]
fn repr_round_trips() {
    let mut rng = Rng(42);
    for _ in 0..100_000 {
        let x = f64::from_bits(rng.next());
        let r = float_repr(x);
        let back = parse_float(&r).unwrap();
        assert!(
            back.to_bits() == x.to_bits() || (x.is_nan() && back.is_nan()),
            "{r}"
        );
    }
}

#[test]
fn rounding_never_panics() {
    let mut rng = Rng(7);
    for _ in 0..20_000 {
        let x = rng.float();
        let n = match rng.below(3) {
            0 => rng.next() as i64,
            1 => rng.below(700) as i64 - 350,
            _ => rng.below(40) as i64 - 20,
        };
        let _ = round_float(x, n);
        let _ = try_round_float(x, n);
        let _ = round_float_to_int(x);
        let v = rng.int();
        let _ = round_int(&v, n.max(-2000));
        let _ = round_int(&v, n);
    }
}
