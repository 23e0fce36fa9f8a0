def risky():
    raise PermissionError("access denied")
try:
    risky()
except OSError as e:
    print("logging", type(e).__name__)
    raise
