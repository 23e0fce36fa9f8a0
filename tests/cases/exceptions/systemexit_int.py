import sys
print("exiting with 7")
sys.exit(7)
print("not reached")
