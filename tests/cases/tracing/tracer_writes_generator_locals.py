# A tracer writing a suspended generator's variables through
# gi_frame.f_locals: the generator sees them when it resumes.
import sys

holder = {}


def gen():
    n = 1
    while True:
        got = yield n
        n += 1


def tracer(frame, event, arg):
    if frame.f_code.co_name == "poke" and event == "line":
        g = holder["g"]
        print("suspended at", g.gi_frame.f_lineno, dict(g.gi_frame.f_locals))
        g.gi_frame.f_locals["n"] = 40
        print("cleared", frame.f_code.co_name)
        return None
    if frame.f_code.co_name == "gen":
        print(event, frame.f_lineno, arg if event != "exception" else "")
    return tracer


def poke():
    return "poked"


def main():
    g = holder["g"] = gen()
    a = next(g)
    poke()
    b = next(g)
    return a, b


sys.settrace(tracer)
r = main()
sys.settrace(None)
print(r)
