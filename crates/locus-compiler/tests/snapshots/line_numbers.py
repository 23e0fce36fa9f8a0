result = compute(
    first,
    second(
        third,
    ),
)
value = (a
         + b
         * c)
obj.method(
    arg,
).other()
if (x and
        y):
    pass
