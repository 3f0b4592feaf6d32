package org.udpsim.lessons;

import org.udpsim.board.Board;
import org.udpsim.board.BoardSocket;
import org.udpsim.board.LessonProgram;
import org.udpsim.board.PythonException;
import org.udpsim.board.SocketAddress;
import org.udpsim.board.Wifi;

/**
 * The UDP client of lesson 10.4, line by line: join the WiFi, then send {@code hello message from mPython\r\n}
 * to the server every 2 seconds, for ever.
 *
 * <pre>{@code
 * from mpython import *
 * import socket
 *
 * mywifi=wifi()
 * mywifi.connectWiFi("ssid","password")
 * dst = ("192.168.0.3", 6000)
 *
 * try:
 *     s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
 *     s.setsockopt(socket.SOL_SOCKET,socket.SO_REUSEADDR,1)
 *
 *     while True:
 *         s.sendto(b'hello message from mPython\r\n',dst)
 *         sleep(2)
 *
 * except:
 *     if (s):
 *         s.close()
 *     mywifi.disconnectWiFi()
 * }</pre>
 *
 * The lesson's values (SSID, password, server address and port) are parameters, the tutorial's by default.
 */
public final class UdpClientLesson implements LessonProgram {
    public static final byte[] MESSAGE = "hello message from mPython\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final String ssid;
    private final String password;
    private final SocketAddress server;
    private final double interval;

    /** The tutorial's program: SSID "ssid", password "password", server 192.168.0.3:6000, every 2 s. */
    public UdpClientLesson() {
        this("ssid", "password", new SocketAddress("192.168.0.3", 6000), 2);
    }

    public UdpClientLesson(String ssid, String password, SocketAddress server, double intervalSeconds) {
        this.ssid = ssid;
        this.password = password;
        this.server = server;
        this.interval = intervalSeconds;
    }

    @Override
    public void run(Board board) {
        Wifi mywifi = board.wifi();
        mywifi.connectWiFi(ssid, password);
        SocketAddress dst = server;

        BoardSocket s = null;
        try {
            s = board.socket(BoardSocket.AF_INET, BoardSocket.SOCK_DGRAM);
            s.setsockopt(BoardSocket.SOL_SOCKET, BoardSocket.SO_REUSEADDR, 1);

            while (true) {
                s.sendto(MESSAGE, dst);
                board.sleep(interval);
            }

        } catch (PythonException e) {
            Lessons.requireBound(s, "s");
            s.close();
            mywifi.disconnectWiFi();
        }
    }
}
