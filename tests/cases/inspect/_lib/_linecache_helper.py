# a helper found through sys.path
VALUE = 1
