class StorageError(Exception):
    pass
def save(record):
    try:
        int(record)
    except ValueError as exc:
        raise StorageError(f'cannot save {record!r}') from exc
save('12')
print('first save ok')
save('twelve')
