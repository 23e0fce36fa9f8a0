# R29, R31: argument validation messages.
import sys
def f():
    p = sys._getframe().f_locals
    for src in ("exec('1', [])", "exec('1', p)", "exec('1', {}, 5)", "eval('1', {}, 5)",
                "eval('1', [])", "eval('1', 5)", "exec('x', closure=())",
                "exec(compile('1', 's', 'exec'), closure=())"):
        try:
            eval(src)
            print(src, "ok")
        except TypeError as e:
            print(src, "->", e)
    exec('r = 1', {}, p)
    print(p['r'])
f()
def mk():
    y = 3
    def inner():
        return y
    return inner
code = mk().__code__
for call in (lambda: eval(code), lambda: exec(code), lambda: exec(code, closure=(1,))):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(exec(code, closure=mk().__closure__))
