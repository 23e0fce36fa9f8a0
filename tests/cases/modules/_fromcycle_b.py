from _fromcycle_a import A_THING
B_THING = 'b thing'
