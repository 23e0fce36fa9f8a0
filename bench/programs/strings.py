# String building: f-strings, str.join, += concatenation, %-formatting and
# common str methods (split, replace, upper, find, strip). The result is
# summarised by lengths and a position-weighted character checksum.

ROUNDS = 800


def checksum(text):
    acc = 0
    for i in range(0, len(text), 7):
        acc = (acc * 131 + ord(text[i])) % 2147483647
    return acc


def build_report(seed):
    lines = []
    for i in range(200):
        name = "item" + str((i * 37 + seed) % 101)
        qty = (i * 13 + seed) % 17
        price = ((i * 7 + seed) % 1000) / 8
        lines.append(f"{i:04d} | {name:<10} | {qty:>3} x {price:8.3f} = {qty * price:10.2f}")
    return "\n".join(lines)


def concat_words(seed):
    out = ""
    for i in range(400):
        word = "w%d" % ((i * seed) % 53)
        if i % 3 == 0:
            out += word.upper()
        else:
            out += word
        out += "-"
    return out


def transform(text):
    parts = text.split("|")
    cleaned = [p.strip() for p in parts]
    joined = ",".join(cleaned)
    joined = joined.replace("item", "I").replace("  ", " ")
    pos = 0
    hits = 0
    while True:
        pos = joined.find("I1", pos)
        if pos < 0:
            break
        hits += 1
        pos += 2
    return joined, hits


def main():
    total_len = 0
    total_hits = 0
    acc = 0
    for r in range(ROUNDS):
        report = build_report(r)
        words = concat_words(r + 1)
        joined, hits = transform(report)
        total_len += len(report) + len(words) + len(joined)
        total_hits += hits
        acc = (acc + checksum(joined) + checksum(words)) % 1000000007
    print("length", total_len)
    print("hits", total_hits)
    print("checksum", acc)
    sample = build_report(5).splitlines()[3]
    print(sample)
    print(concat_words(3)[:40])


main()
