# Dict churn: word counting over generated text, insert/delete cycles,
# tuple keys, .get/.setdefault/.pop and sorting of items.

WORDS = 450000


def make_words(n):
    syllables = ["ka", "lo", "mi", "ren", "tu", "sa", "po", "vi", "de", "qu", "zo", "an"]
    state = 12345
    words = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        k = 1 + (state >> 16) % 3
        w = ""
        s = state
        for _ in range(k):
            w += syllables[s % 12]
            s //= 12
        words.append(w)
    return words


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def group_by_first(words):
    groups = {}
    for w in words:
        groups.setdefault(w[:2], []).append(w)
    return {k: len(v) for k, v in groups.items()}


def churn(n):
    d = {}
    removed = 0
    for i in range(n):
        d[(i % 1000, i // 1000)] = i
        if i % 3 == 0:
            key = ((i * 7) % 1000, (i * 7) // 1000 % 50)
            if key in d:
                del d[key]
                removed += 1
        if i % 5 == 0:
            d.pop((i % 997, 0), None)
    total = 0
    for k, v in d.items():
        total += k[0] * v % 7
    return len(d), removed, total


def main():
    words = make_words(WORDS)
    counts = count_words(words)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("distinct", len(counts))
    for w, c in top:
        print(w, c)
    groups = group_by_first(words)
    print("groups", len(groups), max(groups.values()), min(groups.values()))
    print("churn", *churn(WORDS))


main()
