# f-strings across lines: each literal part and each replacement field at
# its own line, the joined string at the f-string's.
from _tracelib import run


def main(a, b):
    msg = (f"a={a}, "
           f"b={b}, "
           f"sum={a + b}")
    text = f"""head
  a = {a:>4}
  b = {
    b * 2
  }
"""
    return msg, text


run(main, 3, 4)
