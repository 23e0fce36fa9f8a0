for code in [0, 1, 5, 'message', None, (1, 2)]:
    try:
        raise SystemExit(code)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print(e.code, e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)
try:
    exit(4)
except SystemExit as e:
    print('exit()', e.code)
try:
    quit()
except SystemExit as e:
    print('quit()', e.code)
print(issubclass(SystemExit, Exception))
try:
    try:
        raise SystemExit(2)
    except Exception:
        print('not caught by Exception')
except BaseException as e:
    print('caught by BaseException', type(e).__name__)
