VALUE = 1
raise ValueError('module failed while importing')
