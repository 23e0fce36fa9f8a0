import sys
print("status is taken modulo 256 by the OS")
sys.exit(258)
