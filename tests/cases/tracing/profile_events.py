# sys.setprofile: call/return for Python functions, c_call/c_return/c_exception
# for builtins; the profile function's frames are not profiled.
import sys
events = []
def prof(frame, event, arg):
    name = arg.__name__ if event.startswith("c_") else arg
    events.append((event, frame.f_code.co_name, name))
def square(x):
    return x * x
def fails():
    return int("x")
def main():
    total = sum([square(i) for i in range(3)])
    n = len("abc")
    try:
        fails()
    except ValueError:
        pass
    return total + n
sys.setprofile(prof)
main()
sys.setprofile(None)
print(sys.getprofile())
for e in events:
    print(*e)
