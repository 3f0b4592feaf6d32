package org.udpsim.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The board's modules as a lesson program sees them: errors, results and printing as on the board. */
class HostModulesTest {

    private static List<String> run(String source, double seconds) {
        try (Classroom room = new Classroom()) {
            room.python("board", 0, "t.py", source);
            room.runFor(seconds);
            return room.console("board");
        }
    }

    private static List<String> tail(List<String> lines, int n) {
        return lines.subList(Math.max(0, lines.size() - n), lines.size());
    }

    private static final String JOIN = "from mpython import *\nimport socket\n"
            + "mywifi=wifi()\nmywifi.connectWiFi('ssid','password')\n";

    @Test
    void receiveTimeout_uncaught_printsErrno110AsTheBoardDoes() {
        List<String> console = run(JOIN + "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                + "s.bind(('', 6000))\ns.settimeout(1)\ndata, addr = s.recvfrom(1024)\n", 20);
        assertEquals(List.of("Traceback (most recent call last):", "  File \"t.py\", line 8, in <module>",
                "OSError: [Errno 110] ETIMEDOUT"), tail(console, 3));
    }

    @Test
    void receiveTimeout_caught_hasTheErrnoInArgs() {
        List<String> console = run(JOIN + "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                + "s.bind(('', 6000))\ns.settimeout(0.5)\n"
                + "try:\n    s.recvfrom(1024)\nexcept OSError as e:\n"
                + "    print(e.args, e.args[0], e, type(e).__name__, isinstance(e, OSError))\n", 20);
        assertEquals("(110,) 110 [Errno 110] ETIMEDOUT OSError True", console.get(console.size() - 1));
    }

    @Test
    void sendBeforeWifi_raises118_printedBare() {
        List<String> console = run("import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                + "try:\n    s.sendto(b'x', ('192.168.0.3', 6000))\nexcept OSError as e:\n    print(e.args[0], e)\n"
                + "s.sendto(b'x', ('192.168.0.3', 6000))\n", 5);
        assertEquals(List.of("118 118", "Traceback (most recent call last):", "  File \"t.py\", line 7, in <module>",
                "OSError: 118"), console);
    }

    @Test
    void recvfrom_returnsBytesAndAnAddressTuple() {
        try (Classroom room = new Classroom()) {
            room.python("server", 0, "server.py", JOIN + "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                    + "s.bind((mywifi.sta.ifconfig()[0], 6000))\n"
                    + "data, addr = s.recvfrom(4)\n"
                    + "print(type(data).__name__, type(addr).__name__, type(addr[0]).__name__, type(addr[1]).__name__)\n"
                    + "print(data, addr[0], mywifi.sta.ifconfig())\n");
            room.python("client", 1, "client.py", JOIN + "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                    + "print(s.sendto('h\u00e9llo', ('192.168.0.3', 6000)))\n");
            room.runFor(15);
            assertEquals(List.of("bytes tuple str int", "b'h\\xc3\\xa9l' 192.168.0.2 ('192.168.0.3',"
                    + " '255.255.255.0', '192.168.0.1', '192.168.0.1')"), tail(room.console("server"), 2));
            assertEquals("6", tail(room.console("client"), 1).get(0), "a str is sent as UTF-8");
        }
    }

    @Test
    void soBroadcast_isNotOnTheBoard_attributeError() {
        assertEquals(List.of("3", "Traceback (most recent call last):", "  File \"t.py\", line 3, in <module>",
                "AttributeError: 'module' object has no attribute 'SO_BROADCAST'"),
                run("import usocket as socket\nprint(socket.SOCK_STREAM + socket.SOCK_DGRAM)\n"
                        + "print(socket.SO_BROADCAST)\n", 1));
    }

    @Test
    void importOfAModuleTheBoardLacks_importError() {
        assertEquals(List.of("Traceback (most recent call last):", "  File \"t.py\", line 2, in <module>",
                "ImportError: no module named 'os'"), run("import time\nimport os\n", 1));
    }

    @Test
    void importInsideAFunction_isCheckedToo() {
        assertEquals(List.of("no module named 'threading'"), run(
                "def f():\n    import threading\ntry:\n    f()\nexcept ImportError as e:\n    print(e)\n", 1));
    }

    @Test
    void boardModules_uNamesAreTheSameModules() {
        assertEquals(List.of("True True True True", "b'\\x01\\x00' {\"a\": [1, 2]}"), run(
                "import socket, usocket, time, utime, struct, ustruct, json, ujson\n"
                        + "print(socket is usocket, time is utime, struct is ustruct, json is ujson)\n"
                        + "print(ustruct.pack('<h', 1), ujson.dumps({'a': [1, 2]}))\n", 1));
    }

    @Test
    void print_withoutArguments_raisesTypeError_andSepEndWork() {
        List<String> console = run("print('a', 1, 2.5, None, True, sep='-', end='|')\nprint('b')\nprint()\n", 1);
        assertEquals(List.of("a-1-2.5-None-True|b", "Traceback (most recent call last):",
                "  File \"t.py\", line 3, in <module>", "TypeError: print() takes at least 1 argument on this board"),
                console);
    }

    @Test
    void time_ticksAndSleep_followSimulatedTime() {
        assertEquals(List.of("1500 1 1073741823 1"), run("import utime\n"
                + "t0 = utime.ticks_ms()\nutime.sleep_ms(1500)\nt1 = utime.ticks_ms()\n"
                + "print(utime.ticks_diff(t1, t0), utime.time(), utime.ticks_add(0, -1),"
                + " utime.ticks_diff(0, 1073741823))\n", 5));
    }

    @Test
    void oled_dispCharReturnsWidthAndNextPosition() {
        try (Classroom room = new Classroom()) {
            room.python("board", 0, "t.py", "from mpython import *\n"
                    + "print(oled.DispChar('192.168.0.2:6000', 0, 0))\noled.show()\n");
            room.runFor(1);
            assertEquals(List.of("(99, (99, 0))"), room.console("board"), "(total width, (next x, y)) as sim-core lays it out");
            assertEquals(1, room.frames("board").size());
        }
    }

    @Test
    void nameError_printsAsMicroPython() {
        assertEquals(List.of("Traceback (most recent call last):", "  File \"t.py\", line 2, in <module>",
                "NameError: name 's' isn't defined"), run("x = 1\nif (s):\n    pass\n", 1));
    }

    @Test
    void machineReset_endsTheProgramQuietly() {
        try (Classroom room = new Classroom()) {
            room.python("board", 0, "t.py", "import machine\nprint(len(machine.unique_id()))\n"
                    + "try:\n    machine.reset()\nexcept:\n    print('caught')\nprint('after')\n");
            room.runFor(1);
            assertEquals(List.of("6"), room.console("board"));
            assertEquals(null, room.ending("board"));
        }
    }

    @Test
    void wifiAp_isTheBoardsAccessPointInterface_offUntilEnableApWifi_then192_168_4_1() {
        assertEquals(List.of("False ('0.0.0.0', '0.0.0.0', '0.0.0.0', '0.0.0.0')",
                "True ('192.168.4.1', '255.255.255.0', '192.168.4.1', '192.168.4.1') mpython-ap",
                "disable AP WiFi...", "False"), run("from mpython import *\nmywifi=wifi()\n"
                + "print(mywifi.ap.active(), mywifi.ap.ifconfig())\n"
                + "mywifi.enable_APWiFi('mpython-ap','12345678')\n"
                + "print(mywifi.ap.active(), mywifi.ap.ifconfig(), mywifi.ap.config('essid'))\n"
                + "mywifi.disable_APWiFi()\nprint(mywifi.ap.active())\n", 1));
    }
}
