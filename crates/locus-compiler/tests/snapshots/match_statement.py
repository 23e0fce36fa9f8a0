def f(x):
    match x:
        case 0 | None:
            return "nothing"
        case [a, *rest] if a:
            return rest
        case {"k": v, **others}:
            return v, others
        case Point(px, y=py):
            return px + py
        case _:
            return "other"
