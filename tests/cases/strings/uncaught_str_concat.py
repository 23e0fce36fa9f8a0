count = 3
message = "count is " + count
print(message)
