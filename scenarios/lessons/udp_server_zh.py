from mpython import *
import socket

mywifi = wifi()                                          # 创建wifi对象
mywifi.connectWiFi("ssid", "password")                   # 连接网络

# 捕获异常：如果"try"代码块中途出错，就关闭套接字和网络
try:
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)         # 创建UDP套接字
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)      # 设置套接字属性
    ip = mywifi.sta.ifconfig()[0]                                # 获取本机ip地址
    s.bind((ip, 6000))                                           # 绑定ip和端口号
    print('等待接收...')
    oled.DispChar("%s:6000" % ip, 0, 0)                          # oled显示本机地址
    oled.DispChar("等待接收...", 0, 16)
    oled.show()
    count = 0                                                    # 已收到的消息条数
    while True:
        data, addr = s.recvfrom(1024)                            # 接收数据，返回(data,addr)二元组
        count = count + 1
        print('收到：', data.decode(), '来自', addr)               # decode()把UTF-8字节解码成中文，打印出来
        oled.fill(0)                                             # 清屏
        oled.DispChar("第%d条" % count, 0, 0)
        oled.DispChar("收到：%s" % data.decode(), 0, 16)          # oled显示接收内容
        oled.DispChar("来自%s" % addr[0], 0, 32)
        oled.show()

# 当捕获异常，关闭套接字、网络
except:
    if (s):
        s.close()
    mywifi.disconnectWiFi()
