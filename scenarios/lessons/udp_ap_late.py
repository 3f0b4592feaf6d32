from mpython import *

mywifi=wifi()                                           # 创建wifi对象
try:
    mywifi.connectWiFi('mpython-ap','12345678')         # 第五个连接热点: 它最多接4个
    oled.DispChar('joined mpython-ap',0,0)
except OSError as e:                                    # 连不上: 超时
    print('refused:',e)
    oled.DispChar('mpython-ap is full',0,0)
oled.show()
