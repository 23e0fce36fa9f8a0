def ret_in_try():
    try:
        return compute()
    finally:
        cleanup()

def ret_in_finally():
    try:
        risky()
    finally:
        return 1

def loop_control():
    for i in items:
        try:
            if i:
                continue
            break
        finally:
            log(i)

def nested():
    try:
        try:
            return value()
        finally:
            inner()
    finally:
        outer()

def in_handler():
    try:
        risky()
    except E as e:
        return e.args
    except F:
        return None
