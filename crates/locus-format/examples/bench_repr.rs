//! Rough timing of the hot paths (`cargo run --example bench_repr`).
use locus_format::*;
use std::time::Instant;

fn main() {
    let mut x = 0x1234_5678_9abc_def1u64;
    let vals: Vec<f64> = (0..1_000_000)
        .map(|_| {
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            (x.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 11) as f64 / (1u64 << 40) as f64
        })
        .collect();
    let t = Instant::now();
    let mut n = 0;
    for &v in &vals {
        n += float_repr(v).len();
    }
    println!(
        "float_repr random: {:?}/call ({n})",
        t.elapsed() / vals.len() as u32
    );
    let t = Instant::now();
    for i in 0..1_000_000 {
        n += float_repr(i as f64 * 0.5).len();
    }
    println!("float_repr short: {:?}/call", t.elapsed() / 1_000_000);
    let spec = parse_format_spec(".2f", "float").unwrap();
    let t = Instant::now();
    for &v in &vals {
        n += format_float(v, &spec, "float").unwrap().len();
    }
    println!("format .2f: {:?}/call", t.elapsed() / vals.len() as u32);
    let spec = parse_format_spec(">10,", "int").unwrap();
    let t = Instant::now();
    for i in 0..1_000_000i64 {
        n += format_i64(i * 7919, &spec, "int").unwrap().len();
    }
    println!("format_i64 >10,: {:?}/call", t.elapsed() / 1_000_000);
    let t = Instant::now();
    for i in 0..1_000_000i64 {
        n += parse_int(&i.to_string(), 10).map(|_| 1).unwrap_or(0);
    }
    println!("parse_int: {:?}/call ({n})", t.elapsed() / 1_000_000);
}
