import sys
def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, arg if event == "return" else "")
    return tracer
def f(n):
    total = 0
    for i in range(n):
        total += i
    return total
def g():
    return f(2) + 1
sys.settrace(tracer)
g()
sys.settrace(None)
print("done")
