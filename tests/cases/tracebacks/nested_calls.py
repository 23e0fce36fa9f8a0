def level_three(data):
    return data['missing']
def level_two(data):
    return level_three(data) + 1
def level_one():
    print('calling down three levels')
    return level_two({'present': 1})
level_one()
