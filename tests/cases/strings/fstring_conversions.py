name = "Wörld"
n = 42
f = 3.14159
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
p = P()
print(f"{name} {name!r} {name!s} {name!a}")
print(f"{p} {p!r} {p!s} {p!a} {[p]}")
print(f"{n} {n!r} {f} {f!r}")
print(f"{'quoted'!r:>12}|")
print(f"{{literal}} {{{n}}}")
print(f"{n + 1} {n * 2:5d} {'a' 'b'}")
print(f"{name.upper()} {len(name)} {[1, 2][1]} {dict(a=1)['a']}")
print(f"{'nested ' + f'{n}'}")
print(F"upper F {n}", rf"raw \n {n}", fr"{n}\t")
