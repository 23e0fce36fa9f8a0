//! Nesting limits, checked on the parsed tree before compiling, and
//! stack-safe disposal of deep trees.
//!
//! CPython refuses deeply nested code in two ways: its parser overflows on
//! long chains of prefix operators, lambdas, conditional expressions and
//! `**` (`MemoryError: Parser stack overflowed - Python source too complex
//! to parse`), and its compiler stops at about 10000 levels of nesting
//! (`RecursionError: maximum recursion depth exceeded during compilation`).
//! Both are measured here with a stack-safe walk.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Expr, Mod, Operator, Stmt};

use crate::guard::grow;

/// Deepest statement/expression nesting CPython 3.13 compiles.
const MAX_COMPILE_DEPTH: usize = 9998;
/// Parser-stack cost (see [`edge_cost`]) at which CPython's parser gives up.
const MAX_PARSER_COST: usize = 5968;

/// The outcome of measuring a tree.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Depths {
    /// Deepest nesting of statements and expressions.
    pub(crate) max_depth: usize,
    /// Highest parser-stack cost along any path.
    pub(crate) max_parser_cost: usize,
}

impl Depths {
    /// CPython would fail with `RecursionError` at compile time.
    pub(crate) fn too_deep(&self) -> bool {
        self.max_depth > MAX_COMPILE_DEPTH
    }

    /// CPython's parser would fail with `MemoryError`.
    pub(crate) fn parser_overflow(&self) -> bool {
        self.max_parser_cost > MAX_PARSER_COST
    }
}

struct Meter {
    depth: usize,
    cost: usize,
    result: Depths,
}

impl Meter {
    fn enter(&mut self, cost: usize) {
        self.depth += 1;
        self.cost += cost;
        self.result.max_depth = self.result.max_depth.max(self.depth);
        self.result.max_parser_cost = self.result.max_parser_cost.max(self.cost);
    }

    fn leave(&mut self, cost: usize) {
        self.depth -= 1;
        self.cost -= cost;
    }
}

/// How much of CPython's parser stack one level of a right-recursive
/// construct takes (calibrated on CPython 3.13: 5968 nested unary minus,
/// `not` or conditional expressions parse, and 2984 lambdas or `**`).
fn edge_cost(parent: &Expr, child: &Expr) -> usize {
    match parent {
        Expr::UnaryOp(_) | Expr::Await(_) => 1,
        Expr::If(i) if std::ptr::eq(&*i.orelse, child) => 1,
        Expr::Lambda(_) => 2,
        Expr::BinOp(b) if b.op == Operator::Pow && std::ptr::eq(&*b.right, child) => 2,
        _ => 0,
    }
}

impl<'a> Visitor<'a> for Meter {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        self.enter(0);
        grow(|| visitor::walk_stmt(self, stmt));
        self.leave(0);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        self.enter(0);
        grow(|| {
            // Children are visited through `walk_expr`; the parser cost of
            // an edge is added around the child's visit.
            let mut child_meter = ChildCost {
                meter: self,
                parent: expr,
            };
            visitor::walk_expr(&mut child_meter, expr);
        });
        self.leave(0);
    }

    fn visit_pattern(&mut self, pattern: &'a ruff_python_ast::Pattern) {
        self.enter(0);
        grow(|| visitor::walk_pattern(self, pattern));
        self.leave(0);
    }
}

/// Visits the direct children of `parent`, charging edge costs.
struct ChildCost<'m, 'p> {
    meter: &'m mut Meter,
    parent: &'p Expr,
}

impl<'a> Visitor<'a> for ChildCost<'_, '_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        self.meter.visit_stmt(stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        let cost = edge_cost(self.parent, expr);
        self.meter.cost += cost;
        self.meter.visit_expr(expr);
        self.meter.cost -= cost;
    }

    fn visit_pattern(&mut self, pattern: &'a ruff_python_ast::Pattern) {
        self.meter.visit_pattern(pattern);
    }
}

/// Measures a parsed module or expression.
pub(crate) fn measure(ast: &Mod) -> Depths {
    let mut meter = Meter {
        depth: 0,
        cost: 0,
        result: Depths::default(),
    };
    match ast {
        Mod::Module(m) => meter.visit_body(&m.body),
        Mod::Expression(e) => meter.visit_expr(&e.body),
    }
    meter.result
}

/// Drops a value owning a tree `depth` levels deep. Dropping boxed trees
/// recurses once per level, so a deep tree is dropped on a stack segment
/// big enough for it.
pub(crate) fn drop_deep<T>(value: T, depth: usize) {
    // About 60 bytes per level in practice; leave a wide margin.
    let need = depth.saturating_mul(512).saturating_add(256 * 1024);
    stacker::maybe_grow(need, need, move || drop(value));
}
