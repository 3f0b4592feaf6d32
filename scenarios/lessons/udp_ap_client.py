from mpython import *
import socket

mywifi=wifi()                                           # 创建wifi对象
mywifi.connectWiFi('mpython-ap','12345678')             # 连接服务器板开的热点

# 捕获异常,如果在"try" 代码块中意外中断,则停止关闭套接字
try:
    s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM)                 # 创建UDP的套接字
    s.setsockopt(socket.SOL_SOCKET,socket.SO_REUSEADDR,1)              # 设置套接字属性
    while True:
        s.sendto(b'hello message from mPython\r\n',('192.168.4.1',6000))  # 发送给热点板: 192.168.4.1
        sleep(2)

# 当捕获异常,关闭套接字、网络
except:
    if (s):
        s.close()
    mywifi.disconnectWiFi()
