TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
def words(text):
    cleaned = ''.join(c.lower() if c.isalpha() else ' ' for c in text)
    return cleaned.split()
counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1
print(len(words(TEXT)), 'words,', len(counts), 'distinct')
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, n in top:
    print(f'{word:<8}{n:>3} {"#" * n}')
by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
letters = {}
for c in TEXT.lower():
    if c.isalpha():
        letters[c] = letters.get(c, 0) + 1
print(''.join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
