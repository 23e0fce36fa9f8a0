for op in ['1 // 0', '1 % 0', '1 / 0', 'divmod(1, 0)', '1.0 / 0', '1 / 0.0', '1.0 // 0.0',
           '1.0 % 0.0', 'divmod(1.0, 0)', '(10 ** 50) // 0', '(10 ** 50) % 0']:
    try:
        eval(op)
    except ZeroDivisionError as e:
        print(op, '->', type(e).__name__, e)
