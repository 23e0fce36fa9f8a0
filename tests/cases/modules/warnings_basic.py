# The warnings module: filters, catch_warnings(record=True), errors.
import warnings


def noisy(n):
    warnings.warn(f"careful {n}", UserWarning)
    return n


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    noisy(1)
    noisy(2)
    warnings.warn("deprecated thing", DeprecationWarning)
    warnings.warn(RuntimeWarning("an instance"))
print([(w.category.__name__, str(w.message), w.lineno) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(3):
        noisy(0)
print("default shows once per location:", len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="careful")
    noisy(3)
    warnings.warn("other")
print([str(w.message) for w in log])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        noisy(4)
    except UserWarning as e:
        print("raised", type(e).__name__, e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")

    def deeper():
        warnings.warn("about the caller", stacklevel=2)

    deeper()
print(log[0].lineno, log[0].filename.endswith("warnings_basic.py"))

for bad in (lambda: warnings.simplefilter("loud"),
            lambda: warnings.warn("x", category=int)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  code()  "), end="")
warnings.warn("shown on stderr")
print("done")
