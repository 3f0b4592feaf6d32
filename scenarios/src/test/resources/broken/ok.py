from mpython import *
print('ok')
