from _fromcycle_b import B_THING
A_THING = 'a thing'
