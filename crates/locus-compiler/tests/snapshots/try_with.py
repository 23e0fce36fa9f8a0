def f(x):
    try:
        g(x)
    except ValueError as e:
        print(e)
    except (TypeError, KeyError):
        return 1
    except:
        raise
    else:
        x = 2
    finally:
        cleanup()
    return x

def h(m):
    with m as v, open(v) as w:
        for i in w:
            if i:
                return i
            break
    return None
