import sys
print("exiting with status 3")
sys.exit(3)
