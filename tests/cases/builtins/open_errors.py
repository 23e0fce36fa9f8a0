try:
    open('/tmp/locus_case_definitely_missing_dir/none.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
try:
    open('/tmp/locus_case_open_errors.txt', 'zz')
except ValueError as e:
    print(type(e).__name__, e)
try:
    open('/tmp')
except IsADirectoryError as e:
    print(type(e).__name__, e)
print(issubclass(FileNotFoundError, OSError), issubclass(IsADirectoryError, OSError))
