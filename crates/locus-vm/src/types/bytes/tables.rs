//! The method tables of `bytes` and `bytearray`: the methods both types
//! share, plus each type's own.

use super::*;
use crate::typeobj::{classmethod, method, staticmethod, MethodDef};

/// Methods shared by `bytes` and `bytearray`, in one list per type.
macro_rules! shared_methods {
    ($($extra:expr),* $(,)?) => {
        &[
            method("__len__", b_len),
            method("__getitem__", b_getitem),
            method("__iter__", b_iter),
            method("__contains__", b_contains),
            method("__add__", b_add),
            method("__mul__", b_mul),
            method("__rmul__", b_mul),
            method("__mod__", b_mod),
            method("__repr__", b_repr),
            method("__eq__", b_eq),
            method("__ne__", b_ne),
            method("__lt__", b_lt),
            method("__le__", b_le),
            method("__gt__", b_gt),
            method("__ge__", b_ge),
            method("decode", b_decode),
            method("hex", b_hex),
            classmethod("fromhex", b_fromhex),
            method("join", b_join),
            method("split", b_split),
            method("rsplit", b_rsplit),
            method("splitlines", b_splitlines),
            method("strip", b_strip),
            method("lstrip", b_lstrip),
            method("rstrip", b_rstrip),
            method("replace", b_replace),
            method("translate", b_translate),
            method("find", b_find),
            method("rfind", b_rfind),
            method("index", b_index),
            method("rindex", b_rindex),
            method("count", b_count),
            method("startswith", b_startswith),
            method("endswith", b_endswith),
            method("partition", b_partition),
            method("rpartition", b_rpartition),
            method("removeprefix", b_removeprefix),
            method("removesuffix", b_removesuffix),
            method("upper", b_upper),
            method("lower", b_lower),
            method("title", b_title),
            method("capitalize", b_capitalize),
            method("swapcase", b_swapcase),
            method("isdigit", b_isdigit),
            method("isalpha", b_isalpha),
            method("isalnum", b_isalnum),
            method("isspace", b_isspace),
            method("isupper", b_isupper),
            method("islower", b_islower),
            method("isascii", b_isascii),
            method("center", b_center),
            method("ljust", b_ljust),
            method("rjust", b_rjust),
            method("zfill", b_zfill),
            $($extra,)*
        ]
    };
}

/// Methods of `bytes`.
pub const METHODS: &[MethodDef] = shared_methods![
    method("__hash__", b_hash),
    method("__getnewargs__", crate::types::reduce::bytes_getnewargs),
    staticmethod("maketrans", b_maketrans),
];

/// Methods of `bytearray`.
pub const BYTEARRAY_METHODS: &[MethodDef] = shared_methods![
    staticmethod("maketrans", ba_maketrans),
    method("__reduce__", crate::types::reduce::bytearray_reduce),
    method("__reduce_ex__", crate::types::reduce::bytearray_reduce_ex),
    method("append", ba_append),
    method("extend", ba_extend),
    method("pop", ba_pop),
    method("insert", ba_insert),
    method("remove", ba_remove),
    method("clear", ba_clear),
    method("copy", ba_copy),
    method("reverse", ba_reverse),
    method("__setitem__", ba_setitem),
    method("__delitem__", ba_delitem),
    method("__iadd__", ba_iadd),
];
