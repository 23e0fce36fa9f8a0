class A:
    items = [1, 2, 3]
    offset = 100
    first_ok = [i * 2 for i in items]
    try:
        uses_class_name = [i + offset for i in items]
    except NameError as e:
        uses_class_name = str(e)
    nested_iter = [i for i in range(offset // 50)]
    try:
        inner_iter = [j for i in items for j in items]
    except NameError as e:
        inner_iter = str(e)
    gen_first = list(i for i in items)
print(A.first_ok, A.uses_class_name, A.nested_iter, A.inner_iter, A.gen_first)
