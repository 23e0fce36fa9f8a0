import sys
print(sys.argv)
print(sys.argv == ['argv.py'], len(sys.argv), sys.argv[0])
print(type(sys.argv[0]).__name__)
