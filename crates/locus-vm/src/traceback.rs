//! Tracebacks: the entry added for each frame an exception passes
//! through, and printing uncaught exceptions the way CPython does: chained
//! exceptions, `Traceback (most recent call last):` with file, line,
//! function and the source line per frame, then `Type: message`.

use crate::gil_rc::GilRc;
use std::collections::HashSet;

use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Puts a traceback entry for `f`, the running frame (the top of the
    /// call stack), at instruction `pc` in front of `e`'s traceback. The
    /// entry records the frame's caller, its `f_back` once it has finished
    /// (R78); not for a generator's frame, whose `f_back` is then None and
    /// which must not keep its resumer (and through it the generator)
    /// alive.
    pub(crate) fn add_traceback(&self, e: &crate::vm::PyErr, f: &crate::frame::Frame, pc: usize) {
        let Payload::Exception(data) = &e.payload else {
            return;
        };
        let caller = if f.code.is_generator {
            None
        } else {
            self.call_stack.nth_from_top(2)
        };
        let next = data.traceback.borrow().clone();
        let tb = crate::object::PyObject::new(Payload::Traceback(crate::object::TracebackData {
            frame: f.vars.clone(),
            caller,
            lineno: f.code.code.line_of(pc),
            lasti: pc as u32,
            next,
        }));
        *data.traceback.borrow_mut() = Value::Obj(tb);
    }
}

/// Renders an exception (with its chain) as CPython's default excepthook would.
pub fn format_exception(vm: &mut Vm, exc: &Value) -> String {
    let mut out = String::new();
    let mut seen = HashSet::new();
    format_chain(vm, exc, &mut out, &mut seen);
    out
}

fn format_chain(vm: &mut Vm, exc: &Value, out: &mut String, seen: &mut HashSet<usize>) {
    seen.insert(exc.identity());
    if let Some(Payload::Exception(d)) = exc.payload() {
        let cause = d.cause.borrow().clone();
        let context = d.context.borrow().clone();
        let suppress = *d.suppress_context.borrow();
        if !cause.is_none() && !seen.contains(&cause.identity()) {
            format_chain(vm, &cause, out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if !suppress && !context.is_none() && !seen.contains(&context.identity()) {
            format_chain(vm, &context, out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    format_one(vm, exc, out);
}

fn format_entry(out: &mut String, frame: &crate::frame::FrameVars, lineno: u32) {
    let code = &frame.code.code;
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        code.filename, lineno, code.name
    ));
    if let Some(line) = source_line(&code.filename, lineno) {
        out.push_str(&format!("    {}\n", line.trim()));
    }
}

fn format_one(vm: &mut Vm, exc: &Value, out: &mut String) {
    let tb = crate::types::exception::traceback_of(exc);
    if !tb.is_none() {
        out.push_str("Traceback (most recent call last):\n");
        let mut cur = tb;
        while let Some(Payload::Traceback(t)) = cur.payload() {
            format_entry(out, &t.frame, t.lineno);
            cur = t.next.clone();
        }
    }
    if vm.is_instance(exc, crate::builtin_types::exc("SyntaxError")) {
        format_syntax_error(vm, exc, out);
    }
    out.push_str(&exception_only_with(vm, exc, true));
    out.push('\n');
}

/// The report of an exception that cannot propagate (CPython's
/// unraisable hook): the `header` line (`Exception ignored in: <what>`),
/// the traceback (the current frame when the exception has none) and
/// `Type: message`, without the chain.
pub fn format_unraisable(vm: &mut Vm, exc: &Value, header: &str) -> String {
    let mut out = format!("{header}\n");
    let tb = crate::types::exception::traceback_of(exc);
    if !tb.is_none() {
        out.push_str("Traceback (most recent call last):\n");
        let mut cur = tb;
        while let Some(Payload::Traceback(t)) = cur.payload() {
            format_entry(&mut out, &t.frame, t.lineno);
            cur = t.next.clone();
        }
    } else if let Some(f) = vm.call_stack.last_arc() {
        out.push_str("Traceback (most recent call last):\n");
        format_entry(&mut out, &f, f.lineno());
    }
    out.push_str(&exception_only(vm, exc));
    out.push('\n');
    out
}

fn format_syntax_error(vm: &mut Vm, exc: &Value, out: &mut String) {
    let get = |vm: &mut Vm, n: &str| vm.get_attr_str(exc, n).ok();
    let filename = get(vm, "filename").and_then(|f| f.as_str().map(str::to_string));
    let lineno = match get(vm, "lineno") {
        Some(Value::Int(i)) => Some(i),
        _ => None,
    };
    if let (Some(f), Some(l)) = (filename, lineno) {
        out.push_str(&format!("  File \"{f}\", line {l}\n"));
        if let Some(text) = get(vm, "text").and_then(|t| t.as_str().map(str::to_string)) {
            out.push_str(&format!("    {}\n", text.trim()));
        }
    }
}

/// `Type: message` (with the module prefix for non-builtin, non-main classes).
pub fn exception_only(vm: &mut Vm, exc: &Value) -> String {
    exception_only_with(vm, exc, false)
}

/// `Type: message`, with the "Did you mean" hints of a traceback printout when `suggest`.
fn exception_only_with(vm: &mut Vm, exc: &Value, suggest: bool) -> String {
    let cls = vm.class_of(exc);
    let t = crate::typeobj::type_data(&cls);
    let module = vm.class_module(&cls);
    let mut name = t.qualname.borrow().clone();
    if module != "builtins" && module != "__main__" {
        name = format!("{module}.{name}");
    }
    let msg = if vm.is_instance(exc, crate::builtin_types::exc("SyntaxError")) {
        vm.get_attr_str(exc, "msg")
            .ok()
            .and_then(|m| m.as_str().map(str::to_string))
            .unwrap_or_default()
    } else {
        match vm.to_str(exc) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".into(),
        }
    };
    let mut msg = msg;
    if suggest {
        msg.push_str(&suggestion_suffix(vm, exc));
    }
    let mut line = if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    };
    if let Ok(notes) = vm.get_attr_str(exc, "__notes__") {
        if let Ok(items) = vm.collect(&notes) {
            for n in items {
                if let Some(s) = n.as_str() {
                    line.push('\n');
                    line.push_str(s);
                }
            }
        }
    }
    line
}

fn source_line(filename: &str, lineno: u32) -> Option<String> {
    if lineno == 0 {
        return None;
    }
    if let Some(text) = crate::modules::pylib::source_of_file(filename) {
        return text.lines().nth(lineno as usize - 1).map(str::to_string);
    }
    if filename.starts_with('<') {
        return None;
    }
    let text = std::fs::read_to_string(filename).ok()?;
    text.lines().nth(lineno as usize - 1).map(str::to_string)
}

// ---------------------------------------------------------------------
// "Did you mean" suggestions for NameError and AttributeError
// ---------------------------------------------------------------------

/// Cost of inserting, deleting or replacing a character.
const MOVE_COST: usize = 2;
/// Cost of replacing a letter by the same letter in the other case.
const CASE_COST: usize = 1;
/// Names longer than this (in bytes) are never suggested.
const MAX_STRING_SIZE: usize = 40;
/// Candidate lists this long are not searched.
const MAX_CANDIDATE_ITEMS: usize = 750;

/// The text appended to a NameError / AttributeError message in a
/// traceback: `. Did you mean: 'x'?` and, for a NameError naming a
/// standard-library module, the hint to import it.
fn suggestion_suffix(vm: &mut Vm, exc: &Value) -> String {
    let is_name_error = vm.is_instance(exc, crate::builtin_types::exc("NameError"));
    let is_attr_error = vm.is_instance(exc, crate::builtin_types::exc("AttributeError"));
    if !is_name_error && !is_attr_error {
        return String::new();
    }
    let Some(wrong) = instance_attr(exc, "name").and_then(|n| n.as_str().map(str::to_string))
    else {
        return String::new();
    };
    let innermost = innermost_frame(exc);
    let suggestion = if is_attr_error {
        attribute_suggestion(vm, exc, &wrong, innermost.as_deref())
    } else {
        innermost
            .as_deref()
            .and_then(|f| name_suggestion(vm, f, &wrong))
    };
    let mut out = String::new();
    if let Some(s) = &suggestion {
        out.push_str(&format!(". Did you mean: '{s}'?"));
    }
    if is_name_error && crate::modules::sys::STDLIB_MODULE_NAMES.contains(&wrong.as_str()) {
        if suggestion.is_some() {
            out.push_str(&format!(" Or did you forget to import '{wrong}'?"));
        } else {
            out.push_str(&format!(". Did you forget to import '{wrong}'?"));
        }
    }
    out
}

fn instance_attr(v: &Value, name: &str) -> Option<Value> {
    let d = v.as_obj()?.dict.get()?;
    crate::types::object::ns_get(d, name)
}

/// The frame where the exception was raised (the last traceback entry).
fn innermost_frame(exc: &Value) -> Option<GilRc<crate::frame::FrameVars>> {
    let mut cur = crate::types::exception::traceback_of(exc);
    let mut last = None;
    while let Some(Payload::Traceback(t)) = cur.payload() {
        last = Some(t.frame.clone());
        cur = t.next.clone();
    }
    last
}

/// The str keys of a namespace dict, in order.
fn dict_names(ns: &Value) -> Vec<String> {
    match ns.payload() {
        Some(Payload::Dict(d)) => d
            .borrow()
            .keys()
            .filter_map(|k| k.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

/// The names bound in a frame (its `f_locals` keys) with their values.
fn frame_locals(f: &crate::frame::FrameVars) -> Vec<(String, Value)> {
    if !f.locals.is_null() {
        return match f.locals.payload() {
            Some(Payload::Dict(d)) => d
                .borrow()
                .iter()
                .filter_map(|e| e.key.as_str().map(|k| (k.to_string(), e.value.clone())))
                .collect(),
            _ => Vec::new(),
        };
    }
    let mut out = Vec::new();
    for (i, var) in f.code.code.vars.iter().enumerate() {
        let Some(slot) = f.slots.get(i) else { break };
        let v = slot.get();
        let v = match var.kind {
            locus_bytecode::VarKind::Local => v,
            _ => crate::vm::cell_get(&v),
        };
        if !v.is_null() {
            out.push((var.name.to_string(), v));
        }
    }
    out
}

fn name_suggestion(vm: &mut Vm, f: &crate::frame::FrameVars, wrong: &str) -> Option<String> {
    let locals = frame_locals(f);
    let mut candidates: Vec<String> = locals.iter().map(|(k, _)| k.clone()).collect();
    candidates.extend(dict_names(&Value::Obj(f.globals.clone())));
    candidates.extend(dict_names(&Value::Obj(f.builtins.clone())));
    // In a method, `self.<name>` may be what was meant.
    if let Some((_, this)) = locals.iter().find(|(k, _)| k == "self") {
        let has = vm.get_attr_str(this, wrong).is_ok();
        if has {
            return Some(format!("self.{wrong}"));
        }
    }
    closest_name(&candidates, wrong)
}

fn attribute_suggestion(
    vm: &mut Vm,
    exc: &Value,
    wrong: &str,
    frame: Option<&crate::frame::FrameVars>,
) -> Option<String> {
    let obj = instance_attr(exc, "obj")?;
    let listing = crate::builtins::dir_of(vm, &obj).ok()?;
    let mut names: Vec<String> = vm
        .collect(&listing)
        .ok()?
        .iter()
        .filter_map(|n| n.as_str().map(str::to_string))
        .collect();
    let mut hide_underscored = !wrong.starts_with('_');
    if hide_underscored {
        if let Some(f) = frame {
            if frame_locals(f)
                .iter()
                .any(|(k, v)| k == "self" && v.is(&obj))
            {
                hide_underscored = false;
            }
        }
    }
    if hide_underscored {
        names.retain(|n| !n.starts_with('_'));
    }
    closest_name(&names, wrong)
}

/// The candidate closest to `wrong` by a case-aware Levenshtein distance,
/// if one is close enough (at most about a third of the characters changed).
pub fn closest_name(candidates: &[String], wrong: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for cand in candidates {
        if cand == wrong {
            continue;
        }
        let mut max_distance = (wrong.len() + cand.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = edit_distance(wrong.as_bytes(), cand.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((cand, d));
        }
    }
    best.map(|(s, _)| s.clone())
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Edit distance between two byte strings, giving up (returning more than
/// `max_cost`) as soon as the answer must exceed `max_cost`.
fn edit_distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the distance matrix: row[i] = cost(b[..j], a[..i + 1]).
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (j, &bc) in b.iter().enumerate() {
        let mut diagonal = j * MOVE_COST;
        result = diagonal;
        let mut row_min = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(bc, ac);
            diagonal = row[i];
            let insert_delete = result.min(diagonal) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[i] = result;
            row_min = row_min.min(result);
        }
        if row_min > max_cost {
            return max_cost + 1;
        }
    }
    result
}
