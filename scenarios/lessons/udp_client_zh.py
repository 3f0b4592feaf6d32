from mpython import *
import socket

mywifi = wifi()                                          # 创建wifi对象
mywifi.connectWiFi("ssid", "password")                   # 连接网络
dst = ("192.168.0.3", 6000)                              # 服务器的ip地址和端口号

# 捕获异常：如果"try"代码块中途出错，就关闭套接字和网络
try:
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)         # 创建UDP套接字
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)      # 设置套接字属性
    n = 0                                                        # 已发送的消息条数
    while True:
        n = n + 1
        msg = "你好 %d" % n                                       # 要发送的中文消息
        s.sendto(msg.encode(), dst)                              # 中文先用encode()编码成UTF-8字节，再发送
        oled.fill(0)                                             # 清屏
        oled.DispChar("已发送：%s" % msg, 0, 0)                   # oled显示发出的消息
        oled.DispChar("发给%s" % dst[0], 0, 16)
        oled.show()
        sleep(2)                                                 # 每2秒发送一条

# 当捕获异常，关闭套接字、网络
except:
    if (s):
        s.close()
    mywifi.disconnectWiFi()
