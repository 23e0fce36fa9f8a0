//! Stack effects of instructions: how many items each one needs, and
//! how the stack depth changes when it runs. The compiler's depth analysis
//! and the VM's check of `f_lineno` jumps both rely on these.

use crate::Instr;

impl Instr {
    /// Net stack effect; `jump` selects the effect on the branch taken by
    /// a conditional jump (or on exhaustion for `ForIter`).
    pub fn stack_effect(self, jump: bool) -> i32 {
        use Instr::*;
        match self {
            Nop | Swap(_) | SetupAnnotations | GetIter | GetYieldFromIter | ListToTuple
            | LoadAttr(_) | Unary(_) | CheckExcMatch | Jump(_) | YieldValue | DeleteFast(_)
            | DeleteDeref(_) | DeleteName(_) | DeleteGlobal(_) | MakeCell(_) => 0,
            PopTop | StoreFast(_) | StoreDeref(_) | StoreName(_) | StoreGlobal(_)
            | DeleteAttr(_) => -1,
            Copy(_)
            | PushNull
            | LoadConst(_)
            | LoadFast(_)
            | LoadFastAndClear(_)
            | LoadDeref(_)
            | LoadClosure(_)
            | LoadFromDictOrDeref(_)
            | LoadName(_)
            | LoadGlobal(_)
            | LoadLocals
            | LoadMethod(_)
            | LoadBuildClass
            | LoadAssertionError
            | PushExcInfo
            | BeforeWith
            | WithExceptStart
            | ImportFrom(_)
            | MatchSequence
            | MatchMapping
            | GetLen
            | MatchKeys => 1,
            StoreAttr(_) => -2,
            BinarySubscr => -1,
            StoreSubscr => -3,
            DeleteSubscr => -2,
            BinaryOp(_) | InplaceOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) => -1,
            BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) | BuildSlice(n) => {
                1 - n as i32
            }
            BuildMap(n) => 1 - 2 * n as i32,
            ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_)
            | DictMerge(_) => -1,
            MapAdd(_) => -2,
            FormatValue(_, has_spec) => {
                if has_spec {
                    -1
                } else {
                    0
                }
            }
            UnpackSequence(n) => n as i32 - 1,
            UnpackEx { before, after } => before as i32 + after as i32,
            PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_) | PopJumpIfNotNone(_) => -1,
            JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
                if jump {
                    0
                } else {
                    -1
                }
            }
            ForIter(_) => {
                if jump {
                    -1
                } else {
                    1
                }
            }
            MakeFunction(flags) => -(flags.count_ones() as i32),
            Call(n) => -(n as i32) - 1,
            CallKw(n) => -(n as i32) - 2,
            CallEx(kw) => -2 - kw as i32,
            ReturnValue => -1,
            YieldFrom => -1,
            Raise(n) => -(n as i32),
            Reraise => -1,
            PopExcept => -1,
            ExitWith => -1,
            ImportName(_) => -1,
            ImportStar => -1,
            PrintExpr => -1,
            MatchClass(_) => -2,
        }
    }

    /// Whether control never falls through to the next instruction.
    pub fn is_terminator(self) -> bool {
        matches!(
            self,
            Instr::Jump(_) | Instr::ReturnValue | Instr::Raise(_) | Instr::Reraise
        )
    }

    /// How many items an instruction needs on the stack before it runs.
    pub fn required_depth(self) -> u32 {
        use Instr::*;
        match self {
            Copy(n) => n,
            Swap(n) => n,
            ListAppend(n) | SetAdd(n) | ListExtend(n) | SetUpdate(n) | DictUpdate(n) => n + 1,
            DictMerge(n) => n + 3,
            MapAdd(n) => n + 2,
            _ => match self {
                BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) | BuildSlice(n) => n,
                BuildMap(n) => 2 * n,
                Call(n) => n + 2,
                CallKw(n) => n + 3,
                CallEx(kw) => 3 + kw as u32,
                MakeFunction(flags) => 1 + flags.count_ones(),
                StoreSubscr | WithExceptStart | MatchClass(_) => 3,
                StoreAttr(_) | BinaryOp(_) | InplaceOp(_) | CompareOp(_) | IsOp(_)
                | ContainsOp(_) | BinarySubscr | DeleteSubscr | CheckExcMatch | YieldFrom
                | ExitWith | ImportName(_) | MatchKeys => 2,
                Raise(n) => n,
                LoadConst(_)
                | LoadFast(_)
                | LoadFastAndClear(_)
                | LoadDeref(_)
                | LoadClosure(_)
                | LoadFromDictOrDeref(_)
                | LoadName(_)
                | LoadGlobal(_)
                | LoadLocals
                | PushNull
                | LoadBuildClass
                | LoadAssertionError
                | Nop
                | Jump(_)
                | SetupAnnotations
                | DeleteFast(_)
                | DeleteDeref(_)
                | DeleteName(_)
                | DeleteGlobal(_)
                | MakeCell(_) => 0,
                FormatValue(_, true) => 2,
                _ => 1,
            },
        }
    }
}
