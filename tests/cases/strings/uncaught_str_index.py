word = "short"
for i in range(3, 8):
    print(i, word[i])
