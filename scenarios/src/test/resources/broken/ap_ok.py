from mpython import *
mywifi=wifi()
mywifi.enable_APWiFi('mpython-ap','12345678')
print('ok')
