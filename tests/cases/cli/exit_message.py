import sys
print("printing to stdout first")
sys.exit("msg")
