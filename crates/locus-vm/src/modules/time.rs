//! The `time` module: `time`, `perf_counter`, `monotonic`, `sleep`.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

fn start() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn t_time(_vm: &mut Vm, _a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Float(d.as_secs_f64()))
}

fn t_time_ns(_vm: &mut Vm, _a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::from_bigint(d.as_nanos().into()))
}

fn t_perf_counter(_vm: &mut Vm, _a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::Float(start().elapsed().as_secs_f64() + 1.0))
}

fn t_perf_counter_ns(_vm: &mut Vm, _a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::from_bigint(
        (start().elapsed().as_nanos() + 1_000_000_000).into(),
    ))
}

fn t_sleep(vm: &mut Vm, a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    let secs = match a.first() {
        Some(Value::Int(i)) => *i as f64,
        Some(Value::Float(f)) => *f,
        Some(Value::Bool(b)) => *b as i64 as f64,
        Some(v) if vm.is_instance(v, &crate::typeobj::types().float) => {
            crate::modules::math::to_f64(vm, v)?
        }
        Some(v) => vm.index_i64(v)? as f64,
        None => return Err(vm.type_error("time.sleep() takes exactly one argument (0 given)")),
    };
    if secs < 0.0 || secs.is_nan() {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.sleep(Duration::from_secs_f64(secs.min(1e9)))?;
    Ok(Value::None)
}

/// Fills the `time` module namespace.
pub fn fill(_vm: &mut Vm, ns: &ObjRef) {
    super::add_functions(
        ns,
        &[
            ("time", t_time),
            ("time_ns", t_time_ns),
            ("perf_counter", t_perf_counter),
            ("perf_counter_ns", t_perf_counter_ns),
            ("monotonic", t_perf_counter),
            ("monotonic_ns", t_perf_counter_ns),
            ("process_time", t_perf_counter),
            ("sleep", t_sleep),
        ],
    );
}
