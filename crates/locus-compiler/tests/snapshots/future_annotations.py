from __future__ import annotations
x: List[int] = []
def f(a: Dict[str, int], b: "quoted") -> Optional[
        int]:
    pass
