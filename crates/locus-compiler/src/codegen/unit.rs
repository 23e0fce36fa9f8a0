//! The code object under construction: instructions with their locations
//! and exception handlers, labels, constants, names and the variable table.
//!
//! Jumps are emitted with *label ids* in their target field and resolved
//! when the unit is finished. The static stack depth is tracked while
//! emitting (protected regions need it for the exception table). Finishing
//! a unit removes unreachable instructions (like CPython), resolves labels,
//! builds the exception table from the handler each instruction was emitted
//! under, orders the variable table and computes `stack_size`.

use std::collections::HashMap;
use std::sync::Arc;

use locus_bytecode::{
    CodeObject, Constant, ExceptionTableEntry, Instr, Location, VarInfo, VarKind,
};

use crate::stack_depth::analyze_parts;

/// A jump target inside one unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(u32);

/// Which group of the final variable table a slot belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum VarGroup {
    /// Parameter number n.
    Param(usize),
    /// Other fast locals, in first-use order.
    Local,
    /// Cells that are not parameters, sorted by name.
    Cell,
    /// Free variables, sorted by name.
    Free,
}

#[derive(Clone, Debug)]
struct VarEntry {
    name: Arc<str>,
    kind: VarKind,
    hidden: bool,
    group: VarGroup,
}

/// Key for deduplicating constants (type-exact, floats by bit pattern).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    BigInt(String),
    Float(u64),
    Complex(u64, u64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Tuple(Vec<ConstKey>),
    Ellipsis,
}

fn const_key(c: &Constant) -> Option<ConstKey> {
    Some(match c {
        Constant::None => ConstKey::None,
        Constant::Bool(b) => ConstKey::Bool(*b),
        Constant::Int(i) => ConstKey::Int(*i),
        Constant::BigInt(i) => ConstKey::BigInt(i.to_string()),
        Constant::Float(f) => ConstKey::Float(f.to_bits()),
        Constant::Complex { real, imag } => ConstKey::Complex(real.to_bits(), imag.to_bits()),
        Constant::Str(s) => ConstKey::Str(s.clone()),
        Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
        Constant::Tuple(items) => {
            ConstKey::Tuple(items.iter().map(const_key).collect::<Option<Vec<_>>>()?)
        }
        Constant::Ellipsis => ConstKey::Ellipsis,
        Constant::Code(_) => return None,
    })
}

/// A protected region's handler: where to go and what depth to unwind to.
#[derive(Clone, Copy, Debug)]
struct Handler {
    target: Label,
    depth: u32,
}

/// Static facts about the code object, set when the unit is created.
#[derive(Clone, Debug)]
pub(crate) struct UnitHeader {
    pub(crate) name: Arc<str>,
    pub(crate) qualname: Arc<str>,
    pub(crate) filename: Arc<str>,
    pub(crate) first_line: u32,
    pub(crate) flags: u32,
    pub(crate) argcount: u32,
    pub(crate) posonlyargcount: u32,
    pub(crate) kwonlyargcount: u32,
}

/// A code object being built.
pub(crate) struct CodeBuilder {
    pub(crate) header: UnitHeader,
    instrs: Vec<Instr>,
    locs: Vec<Location>,
    handler_of: Vec<Option<u32>>,
    labels: Vec<Option<u32>>,
    label_depth: Vec<Option<i32>>,
    consts: Vec<Constant>,
    const_index: HashMap<ConstKey, u32>,
    names: Vec<Arc<str>>,
    name_index: HashMap<Arc<str>, u32>,
    vars: Vec<VarEntry>,
    /// (name, kind) → provisional slot.
    var_index: HashMap<(Arc<str>, u8), u32>,
    /// Whether fast locals are the scope's namespace (functions) or hidden
    /// helpers of inlined comprehensions (module, class body).
    function_like: bool,
    handlers: Vec<Handler>,
    handler_stack: Vec<u32>,
    depth: i32,
    reachable: bool,
    /// Location given to the next emitted instructions.
    pub(crate) loc: Location,
    pub(crate) docstring: Option<Arc<str>>,
}

impl CodeBuilder {
    /// A new, empty unit.
    pub(crate) fn new(header: UnitHeader, function_like: bool) -> Self {
        let loc = Location {
            line: header.first_line,
            end_line: header.first_line,
            col: 0,
            end_col: 0,
        };
        CodeBuilder {
            header,
            instrs: Vec::new(),
            locs: Vec::new(),
            handler_of: Vec::new(),
            labels: Vec::new(),
            label_depth: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            vars: Vec::new(),
            var_index: HashMap::new(),
            function_like,
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            depth: 0,
            reachable: true,
            loc,
            docstring: None,
        }
    }

    // ---- emission ----

    /// Appends an instruction (jump targets are label ids).
    pub(crate) fn emit(&mut self, instr: Instr) {
        if let Some(target) = instr.jump_target() {
            if self.reachable {
                let d = self.depth + instr.stack_effect(true);
                let slot = &mut self.label_depth[target as usize];
                if slot.is_none() {
                    *slot = Some(d);
                }
            }
        }
        self.depth += instr.stack_effect(false);
        self.instrs.push(instr);
        self.locs.push(self.loc);
        self.handler_of.push(self.handler_stack.last().copied());
        if instr.is_terminator() {
            self.reachable = false;
        }
    }

    /// A fresh unbound label.
    pub(crate) fn new_label(&mut self) -> Label {
        self.labels.push(None);
        self.label_depth.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// The raw id of a label, to put in a jump instruction.
    pub(crate) fn target(label: Label) -> u32 {
        label.0
    }

    /// Binds `label` to the next instruction.
    pub(crate) fn bind(&mut self, label: Label) {
        self.labels[label.0 as usize] = Some(self.instrs.len() as u32);
        // A label is reachable by falling through from reachable code or by
        // a jump from reachable code (which recorded its depth).
        if let Some(d) = self.label_depth[label.0 as usize] {
            self.depth = d;
            self.reachable = true;
        }
    }

    /// Resets the tracked depth (after an early exit, so that the dead code
    /// that may follow keeps the depth it would have).
    pub(crate) fn set_depth(&mut self, depth: u32) {
        self.depth = depth as i32;
    }

    /// Binds the entry of an exception handler whose region unwinds to `depth`.
    pub(crate) fn bind_handler(&mut self, label: Label, depth: u32) {
        self.label_depth[label.0 as usize] = Some(depth as i32 + 1);
        self.bind(label);
    }

    /// The current static stack depth.
    pub(crate) fn depth(&self) -> u32 {
        self.depth.max(0) as u32
    }

    /// Starts a protected region handled at `target`, unwinding to `depth`.
    pub(crate) fn push_handler(&mut self, target: Label, depth: u32) {
        self.handlers.push(Handler { target, depth });
        self.handler_stack.push(self.handlers.len() as u32 - 1);
    }

    /// Ends the innermost protected region.
    pub(crate) fn pop_handler(&mut self) -> Option<u32> {
        self.handler_stack.pop()
    }

    /// Number of active protected regions.
    pub(crate) fn handler_depth(&self) -> usize {
        self.handler_stack.len()
    }

    /// Deactivates the regions above `len` (while emitting code that leaves
    /// them); returns them for [`Self::restore_handlers`].
    pub(crate) fn truncate_handlers(&mut self, len: usize) -> Vec<u32> {
        if len >= self.handler_stack.len() {
            return Vec::new();
        }
        self.handler_stack.split_off(len)
    }

    /// Reactivates regions removed by [`Self::truncate_handlers`].
    pub(crate) fn restore_handlers(&mut self, saved: Vec<u32>) {
        self.handler_stack.extend(saved);
    }

    // ---- pools ----

    /// Index of a constant (deduplicated, except code objects).
    pub(crate) fn add_const(&mut self, c: Constant) -> u32 {
        let key = const_key(&c);
        if let Some(k) = &key {
            if let Some(&i) = self.const_index.get(k) {
                return i;
            }
        }
        let i = self.consts.len() as u32;
        self.consts.push(c);
        if let Some(k) = key {
            self.const_index.insert(k, i);
        }
        i
    }

    /// Index of a name in `co_names`.
    pub(crate) fn add_name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        let name: Arc<str> = Arc::from(name);
        let i = self.names.len() as u32;
        self.names.push(name.clone());
        self.name_index.insert(name, i);
        i
    }

    // ---- variables ----

    fn push_var(&mut self, name: &str, kind: VarKind, hidden: bool, group: VarGroup) -> u32 {
        let name: Arc<str> = Arc::from(name);
        let slot = self.vars.len() as u32;
        self.vars.push(VarEntry {
            name: name.clone(),
            kind,
            hidden,
            group,
        });
        self.var_index.insert((name, kind_key(kind)), slot);
        slot
    }

    fn lookup_var(&self, name: &str, kind: VarKind) -> Option<u32> {
        self.var_index
            .get(&(Arc::from(name), kind_key(kind)))
            .copied()
    }

    /// Declares parameter number `index` (a cell if `is_cell`).
    pub(crate) fn declare_param(&mut self, name: &str, index: usize, is_cell: bool) {
        let kind = if is_cell {
            VarKind::Cell
        } else {
            VarKind::Local
        };
        self.push_var(name, kind, false, VarGroup::Param(index));
    }

    /// Declares a cell variable (not a parameter).
    pub(crate) fn declare_cell(&mut self, name: &str, hidden: bool) {
        if self.lookup_var(name, VarKind::Cell).is_none() {
            self.push_var(name, VarKind::Cell, hidden, VarGroup::Cell);
        }
    }

    /// Declares a free variable.
    pub(crate) fn declare_free(&mut self, name: &str) {
        if self.lookup_var(name, VarKind::Free).is_none() {
            self.push_var(name, VarKind::Free, false, VarGroup::Free);
        }
    }

    /// The slot for fast access to `name` (created on first use).
    pub(crate) fn fast_slot(&mut self, name: &str) -> u32 {
        if let Some(s) = self.lookup_var(name, VarKind::Local) {
            return s;
        }
        if self.function_like {
            // In a function a name has one slot, whatever its kind.
            if let Some(s) = self
                .lookup_var(name, VarKind::Cell)
                .or_else(|| self.lookup_var(name, VarKind::Free))
            {
                return s;
            }
        }
        let hidden = !self.function_like;
        self.push_var(name, VarKind::Local, hidden, VarGroup::Local)
    }

    /// The cell or free slot of `name`, preferring the free one when
    /// `prefer_free` (a class body can have both a `__class__` cell of its
    /// own and a free `__class__` from an enclosing class's method, or a
    /// comprehension cell and a free variable of the same name). A hidden
    /// cell is created in a module or class body if needed (inlined
    /// comprehension cells).
    pub(crate) fn cell_slot(&mut self, name: &str, prefer_free: bool) -> u32 {
        let (first, second) = if prefer_free {
            (VarKind::Free, VarKind::Cell)
        } else {
            (VarKind::Cell, VarKind::Free)
        };
        if let Some(s) = self
            .lookup_var(name, first)
            .or_else(|| self.lookup_var(name, second))
        {
            return s;
        }
        if self.function_like {
            if let Some(s) = self.lookup_var(name, VarKind::Local) {
                return s;
            }
        }
        self.push_var(name, VarKind::Cell, !self.function_like, VarGroup::Cell)
    }

    // ---- finishing ----

    /// Produces the code object.
    pub(crate) fn finish(mut self) -> CodeObject {
        self.thread_jumps();
        self.duplicate_exits();
        let n = self.instrs.len();
        let label_pc = |l: u32| -> u32 {
            self.labels
                .get(l as usize)
                .copied()
                .flatten()
                .unwrap_or(n as u32)
        };

        // Reachability, following jumps, fall-through and handlers.
        let mut reachable = vec![false; n];
        let mut work = vec![0usize];
        while let Some(pc) = work.pop() {
            if pc >= n || reachable[pc] {
                continue;
            }
            reachable[pc] = true;
            let instr = self.instrs[pc];
            if let Some(t) = instr.jump_target() {
                work.push(label_pc(t) as usize);
            }
            if let Some(h) = self.handler_of[pc] {
                work.push(label_pc(self.handlers[h as usize].target.0) as usize);
            }
            if !instr.is_terminator() {
                work.push(pc + 1);
            }
        }
        let is_jump_target = |pc: usize| self.labels.iter().flatten().any(|&t| t as usize == pc);
        let instrs = swap_for_tuple_unpack(&self.instrs, &mut reachable, is_jump_target);
        drop_swap_pairs(&instrs, &mut reachable, is_jump_target);

        // Old pc → new pc (an unreachable pc maps to the next kept one).
        let mut new_pc = vec![0u32; n + 1];
        let mut count = 0u32;
        for pc in 0..n {
            new_pc[pc] = count;
            if reachable[pc] {
                count += 1;
            }
        }
        new_pc[n] = count;

        // Final variable order: parameters, locals in first-use order,
        // cells sorted by name, free variables sorted by name.
        let mut order: Vec<usize> = (0..self.vars.len()).collect();
        order.sort_by(|&a, &b| {
            let (va, vb) = (&self.vars[a], &self.vars[b]);
            match (va.group, vb.group) {
                (VarGroup::Cell, VarGroup::Cell) | (VarGroup::Free, VarGroup::Free) => {
                    va.name.cmp(&vb.name).then(a.cmp(&b))
                }
                (VarGroup::Local, VarGroup::Local) => a.cmp(&b),
                (ga, gb) => ga.cmp(&gb),
            }
        });
        let mut var_map = vec![0u32; self.vars.len()];
        for (final_slot, &old) in order.iter().enumerate() {
            var_map[old] = final_slot as u32;
        }
        let vars: Vec<VarInfo> = order
            .iter()
            .map(|&i| VarInfo {
                name: self.vars[i].name.clone(),
                kind: self.vars[i].kind,
                hidden: self.vars[i].hidden,
            })
            .collect();

        let mut instructions = Vec::with_capacity(count as usize);
        let mut locations = Vec::with_capacity(count as usize);
        let mut handler_of = Vec::with_capacity(count as usize);
        for (pc, _) in reachable.iter().enumerate().filter(|(_, r)| **r) {
            let mut instr = instrs[pc];
            if let Some(t) = instr.jump_target() {
                instr = retarget(instr, new_pc[label_pc(t) as usize]);
            }
            instr = remap_slot(instr, &var_map);
            instructions.push(instr);
            locations.push(self.locs[pc]);
            handler_of.push(self.handler_of[pc]);
        }

        // Exception table: one entry per run of instructions with the same handler.
        let mut exception_table = Vec::new();
        let mut pc = 0;
        while pc < handler_of.len() {
            let Some(h) = handler_of[pc] else {
                pc += 1;
                continue;
            };
            let start = pc;
            while pc < handler_of.len() && handler_of[pc] == Some(h) {
                pc += 1;
            }
            let handler = self.handlers[h as usize];
            exception_table.push(ExceptionTableEntry {
                start: start as u32,
                end: pc as u32,
                target: new_pc[label_pc(handler.target.0) as usize],
                depth: handler.depth,
            });
        }

        propagate_lines(&instructions, &mut locations, &exception_table);
        let stack_size = analyze_parts(&instructions, &exception_table, false).unwrap_or(0);
        let h = self.header;
        CodeObject {
            name: h.name,
            qualname: h.qualname,
            filename: h.filename,
            first_line: h.first_line,
            flags: h.flags,
            argcount: h.argcount,
            posonlyargcount: h.posonlyargcount,
            kwonlyargcount: h.kwonlyargcount,
            vars,
            names: self.names,
            constants: self.consts,
            docstring: self.docstring,
            instructions,
            locations,
            exception_table,
            stack_size,
        }
    }
}

/// Gives an instruction the compiler added without a line (line 0) the
/// location of the instruction that always runs just before it: its
/// predecessor when it has exactly one (falling through, or a jump to it)
/// and is no handler entry. This is CPython's line propagation: it does
/// not change which `line` events are due (the instruction runs right
/// after one of the same line), but gives the right `f_lineno` to what
/// such an instruction does, chiefly a re-raise leaving the frame (the
/// last line of a finally body, the last `except` test that failed). An
/// instruction with several predecessors keeps no line (an implicit
/// `return None` after an `if`/`else`: the tracer reports the line that
/// ran last).
fn propagate_lines(instrs: &[Instr], locs: &mut [Location], table: &[ExceptionTableEntry]) {
    let n = instrs.len();
    let mut preds = vec![0u32; n];
    let mut pred = vec![0usize; n];
    for (pc, instr) in instrs.iter().enumerate() {
        if let Some(t) = instr.jump_target() {
            if let Some(count) = preds.get_mut(t as usize) {
                *count += 1;
                pred[t as usize] = pc;
            }
        }
        if !instr.is_terminator() && pc + 1 < n {
            preds[pc + 1] += 1;
            pred[pc + 1] = pc;
        }
    }
    for e in table {
        if let Some(count) = preds.get_mut(e.target as usize) {
            // Reached from anywhere in its range: never inherits.
            *count += 2;
        }
    }
    // Forward order settles fall-through and forward jumps in one pass; a
    // backward jump's target may need another.
    loop {
        let mut changed = false;
        for pc in 0..n {
            if locs[pc].line == 0 && preds[pc] == 1 && locs[pred[pc]].line != 0 {
                locs[pc] = locs[pred[pc]];
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

impl CodeBuilder {
    /// The most instructions an exit block may have to be copied.
    const MAX_EXIT_COPY: usize = 6;

    /// Gives each jump to an exit the compiler added without a line (the
    /// implicit `return None` of a function or module, the end of a class
    /// body) a copy of its own, located at the jump, as CPython does: the
    /// return then has the line of the statement that led to it (the body
    /// of an `if` that jumps over its `else`, the `if` test that skipped
    /// its body, the loop header that ended the loop), for its `return`
    /// event and for `f_lineno` afterwards. An unconditional jump is
    /// replaced by the exit itself (a dispatch less); a conditional one
    /// jumps to a copy at the end. The block left in place keeps the
    /// fall-through and gets its line by propagation.
    fn duplicate_exits(&mut self) {
        let n = self.instrs.len();
        let label_pc = |labels: &[Option<u32>], l: u32| labels.get(l as usize).copied().flatten();
        let bound: Vec<bool> = {
            let mut b = vec![false; n + 1];
            for pc in self.labels.iter().flatten() {
                b[(*pc as usize).min(n)] = true;
            }
            b
        };
        let mut inlined: Vec<(usize, Vec<Instr>)> = Vec::new();
        for exit in 0..n {
            let Some(block) = self.exit_block(exit, &bound) else {
                continue;
            };
            let jumps: Vec<usize> = (0..n)
                .filter(|&j| {
                    self.instrs[j]
                        .jump_target()
                        .and_then(|t| label_pc(&self.labels, t))
                        == Some(exit as u32)
                })
                .collect();
            let falls_in = exit > 0 && !self.instrs[exit - 1].is_terminator();
            if jumps.is_empty() || jumps.len() + usize::from(falls_in) < 2 {
                continue;
            }
            for j in jumps {
                if let Instr::Jump(_) = self.instrs[j] {
                    inlined.push((j, block.clone()));
                    continue;
                }
                let label = self.labels.len() as u32;
                self.labels.push(Some(self.instrs.len() as u32));
                self.label_depth.push(None);
                self.instrs[j] = retarget(self.instrs[j], label);
                for &instr in &block {
                    self.instrs.push(instr);
                    self.locs.push(self.locs[j]);
                    self.handler_of.push(self.handler_of[exit]);
                }
            }
        }
        // Last pc first, so that the earlier ones stay valid.
        inlined.sort_unstable_by_key(|(j, _)| std::cmp::Reverse(*j));
        for (j, block) in inlined {
            let extra = block.len() - 1;
            let (loc, handler) = (self.locs[j], self.handler_of[j]);
            self.instrs.splice(j..=j, block);
            self.locs.splice(j..=j, std::iter::repeat_n(loc, extra + 1));
            self.handler_of
                .splice(j..=j, std::iter::repeat_n(handler, extra + 1));
            for pc in self.labels.iter_mut().flatten() {
                if *pc as usize > j {
                    *pc += extra as u32;
                }
            }
        }
    }

    /// Makes a jump to an unconditional jump that has no line go straight
    /// to where that one goes (a dispatch less; the jump skipped gives no
    /// event anyway), so that a test that skips the rest of a function
    /// reaches its exit directly and gets its own copy of it.
    fn thread_jumps(&mut self) {
        let n = self.instrs.len();
        for j in 0..n {
            let Some(mut label) = self.instrs[j].jump_target() else {
                continue;
            };
            for _ in 0..8 {
                let Some(t) = self.labels.get(label as usize).copied().flatten() else {
                    break;
                };
                let t = t as usize;
                match self.instrs.get(t) {
                    Some(Instr::Jump(next)) if self.locs[t].line == 0 && t != j => label = *next,
                    _ => break,
                }
            }
            self.instrs[j] = retarget(self.instrs[j], label);
        }
    }

    /// The instructions from `start` to the next `ReturnValue`, if they
    /// form a short exit with no line that only its start can be jumped to.
    fn exit_block(&self, start: usize, bound: &[bool]) -> Option<Vec<Instr>> {
        let mut block = Vec::new();
        let end = (start + Self::MAX_EXIT_COPY).min(self.instrs.len());
        for (pc, &instr) in self.instrs.iter().enumerate().take(end).skip(start) {
            let plain = instr.jump_target().is_none()
                && self.locs[pc].line == 0
                && self.handler_of[pc] == self.handler_of[start]
                && (pc == start || !bound[pc]);
            if !plain {
                return None;
            }
            block.push(instr);
            if matches!(instr, Instr::ReturnValue) {
                return Some(block);
            }
            if instr.is_terminator() {
                return None;
            }
        }
        None
    }
}

/// Key of a variable kind in the slot index.
fn kind_key(kind: VarKind) -> u8 {
    match kind {
        VarKind::Local => 0,
        VarKind::Cell => 1,
        VarKind::Free => 2,
    }
}

/// `instr` with its jump target replaced.
fn retarget(instr: Instr, t: u32) -> Instr {
    match instr {
        Instr::Jump(_) => Instr::Jump(t),
        Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(t),
        Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(t),
        Instr::PopJumpIfNone(_) => Instr::PopJumpIfNone(t),
        Instr::PopJumpIfNotNone(_) => Instr::PopJumpIfNotNone(t),
        Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(t),
        Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(t),
        Instr::ForIter(_) => Instr::ForIter(t),
        other => other,
    }
}

/// `instr` with its variable slot translated to the final table order.
fn remap_slot(instr: Instr, map: &[u32]) -> Instr {
    let m = |s: u32| map.get(s as usize).copied().unwrap_or(s);
    match instr {
        Instr::LoadFast(s) => Instr::LoadFast(m(s)),
        Instr::StoreFast(s) => Instr::StoreFast(m(s)),
        Instr::DeleteFast(s) => Instr::DeleteFast(m(s)),
        Instr::LoadFastAndClear(s) => Instr::LoadFastAndClear(m(s)),
        Instr::MakeCell(s) => Instr::MakeCell(m(s)),
        Instr::LoadDeref(s) => Instr::LoadDeref(m(s)),
        Instr::StoreDeref(s) => Instr::StoreDeref(m(s)),
        Instr::DeleteDeref(s) => Instr::DeleteDeref(m(s)),
        Instr::LoadClosure(s) => Instr::LoadClosure(m(s)),
        Instr::LoadFromDictOrDeref(s) => Instr::LoadFromDictOrDeref(m(s)),
        other => other,
    }
}

/// The peephole CPython applies to `a, b = b, a`: `BuildTuple(n)` directly
/// followed by `UnpackSequence(n)` (n <= 3) only reorders the stack, so it
/// becomes `Swap(n)` (nothing for n = 1) and the unpack is dropped, unless
/// something jumps to the unpack. Returns the rewritten instructions and
/// marks dropped ones unreachable.
fn swap_for_tuple_unpack(
    instrs: &[Instr],
    reachable: &mut [bool],
    is_jump_target: impl Fn(usize) -> bool,
) -> Vec<Instr> {
    let mut out = instrs.to_vec();
    for pc in 0..instrs.len().saturating_sub(1) {
        let (Instr::BuildTuple(k), Instr::UnpackSequence(m)) = (instrs[pc], instrs[pc + 1]) else {
            continue;
        };
        if k != m
            || !(1..=3).contains(&k)
            || !reachable[pc]
            || !reachable[pc + 1]
            || is_jump_target(pc + 1)
        {
            continue;
        }
        if k == 1 {
            out[pc] = Instr::Nop;
        } else {
            out[pc] = Instr::Swap(k);
        }
        reachable[pc + 1] = false;
    }
    out
}

/// Two identical `Swap`s in a row undo each other (pattern matching emits
/// them when a capture is moved below an item that is captured next):
/// both are dropped, unless something jumps to the second one.
fn drop_swap_pairs(
    instrs: &[Instr],
    reachable: &mut [bool],
    is_jump_target: impl Fn(usize) -> bool,
) {
    let mut pc = 0;
    while pc + 1 < instrs.len() {
        let pair = matches!(
            (instrs[pc], instrs[pc + 1]),
            (Instr::Swap(a), Instr::Swap(b)) if a == b
        );
        if pair && reachable[pc] && reachable[pc + 1] && !is_jump_target(pc + 1) {
            reachable[pc] = false;
            reachable[pc + 1] = false;
            pc += 2;
        } else {
            pc += 1;
        }
    }
}
