print("before import")
import totally_missing_module_xyz
print("after")
