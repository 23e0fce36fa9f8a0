# Exceptions: a small user-defined hierarchy, raise/catch inside loops,
# try/except/else/finally, re-raise, exception chaining and built-in errors
# (KeyError, ZeroDivisionError, IndexError, ValueError).

N = 500000


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, text, pos):
        super().__init__("bad input at %d" % pos)
        self.text = text
        self.pos = pos


class LimitError(AppError):
    pass


def parse_number(text):
    value = 0
    for pos, ch in enumerate(text):
        if ch < "0" or ch > "9":
            raise ParseError(text, pos)
        value = value * 10 + (ord(ch) - 48)
    if value > 5000:
        raise LimitError(value)
    return value


def checked_ratio(a, b):
    try:
        return a // b
    except ZeroDivisionError as exc:
        raise AppError("division") from exc


def main():
    inputs = []
    for i in range(64):
        if i % 9 == 0:
            inputs.append(str(i * 131) + "x")
        else:
            inputs.append(str(i * 97))

    ok = parse_errors = limit_errors = finally_runs = 0
    pos_sum = 0
    for i in range(N):
        text = inputs[i % 64]
        try:
            value = parse_number(text)
        except ParseError as e:
            parse_errors += 1
            pos_sum += e.pos
        except LimitError:
            limit_errors += 1
        else:
            ok += value % 10
        finally:
            finally_runs += 1
    print("parse", ok, parse_errors, limit_errors, pos_sum, finally_runs)

    table = {i: i * i for i in range(0, 100, 3)}
    misses = hits = 0
    for i in range(N):
        try:
            hits += table[i % 100] % 5
        except KeyError:
            misses += 1
    print("lookup", hits, misses)

    chained = 0
    total = 0
    for i in range(N // 2):
        try:
            total += checked_ratio(i, i % 4)
        except AppError as e:
            if isinstance(e.__cause__, ZeroDivisionError):
                chained += 1
    print("chained", chained, total)

    depth_total = 0
    seq = [1, 2, 3]
    for i in range(N // 2):
        try:
            try:
                seq[i % 5]
                int("12" if i % 2 else "z")
            except IndexError:
                depth_total += 1
                raise
            finally:
                depth_total += 2
        except (IndexError, ValueError) as e:
            depth_total += 3 if type(e) is ValueError else 5
    print("nested", depth_total)


main()
