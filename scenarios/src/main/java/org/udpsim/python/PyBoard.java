package org.udpsim.python;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.udpsim.board.Board;
import org.udpsim.board.Button;
import org.udpsim.board.PythonException;
import org.udpsim.board.oled.DispCharResult;
import org.udpsim.board.oled.TextMode;
import org.udpsim.kernel.SimTime;
import org.udpsim.wifi.StationConfig;

/**
 * The board as the board runtime ({@code board_runtime.py}) sees it: the only host object a program can reach, with
 * exactly the exported members below. Arguments arrive already checked and converted by the runtime; bytes go out
 * as Latin-1 strings, which the runtime turns into {@code bytes}.
 */
public final class PyBoard {
    private Session session;
    private Board board;

    /** Made with the context, before the board is known: the runtime's setup keeps a reference. */
    PyBoard() {
    }

    /** Connects this object to the program's run on its board; called once, before the program runs. */
    void attach(Session session) {
        this.session = session;
        this.board = session.board();
    }

    // ---- console and time ----

    /** {@code print(*args)}, its text already joined; with no argument the board raises TypeError. */
    @HostAccess.Export
    public void print(String text, int argc) {
        session.run(() -> {
            if (argc == 0) {
                board.print();
            }
            board.console().write(text);
        });
    }

    /** {@code sys.stdout.write(text)}. */
    @HostAccess.Export
    public void write(String text) {
        session.run(() -> board.console().write(text));
    }

    @HostAccess.Export
    public void sleep(double seconds) {
        session.run(() -> board.sleep(seconds));
    }

    @HostAccess.Export
    public void sleep_ms(long ms) {
        session.run(() -> board.sleep_ms(ms));
    }

    @HostAccess.Export
    public void sleep_us(long us) {
        session.run(() -> board.sleep_us(us));
    }

    @HostAccess.Export
    public long ticks_ms() {
        return session.poll(board::ticks_ms);
    }

    @HostAccess.Export
    public long ticks_us() {
        return session.poll(() -> (session.simulation().now() / SimTime.MICROSECOND) & ((1L << 30) - 1));
    }

    @HostAccess.Export
    public long time() {
        return session.poll(board::time);
    }

    /** {@code machine.idle()}: lets time pass, as a poll. */
    @HostAccess.Export
    public void idle() {
        session.poll(() -> null);
    }

    // ---- WiFi ----

    @HostAccess.Export
    public void connectWiFi(String ssid, String password, int timeout) {
        session.run(() -> board.wifi().connectWiFi(ssid, password, timeout));
    }

    @HostAccess.Export
    public void disconnectWiFi() {
        session.run(() -> board.wifi().disconnectWiFi());
    }

    @HostAccess.Export
    public void enable_APWiFi(String essid, String password, int channel) {
        session.run(() -> board.wifi().enable_APWiFi(essid, password, channel));
    }

    @HostAccess.Export
    public void disable_APWiFi() {
        session.run(() -> board.wifi().disable_APWiFi());
    }

    @HostAccess.Export
    public String[] sta_ifconfig() {
        return session.call(() -> board.wifi().sta.ifconfig().toArray(String[]::new));
    }

    @HostAccess.Export
    public void sta_set_ifconfig(Value config) {
        session.run(() -> {
            List<String> c = new ArrayList<>();
            for (long i = 0; i < config.getArraySize(); i++) {
                c.add(config.getArrayElement(i).asString());
            }
            board.wifi().sta.ifconfig(c);
        });
    }

    @HostAccess.Export
    public boolean sta_isconnected() {
        return session.poll(() -> board.station().isConnected());
    }

    /** {@code network.WLAN(STA_IF).connect(ssid, password)}: starts joining and returns at once. */
    @HostAccess.Export
    public void wlan_connect(String ssid, String password) {
        session.run(() -> {
            if (board.station().isConnected()) {
                board.station().disconnect();
            }
            board.station().connect(ssid, password, result -> { });
        });
    }

    @HostAccess.Export
    public void wlan_disconnect() {
        session.run(() -> board.station().disconnect());
    }

    @HostAccess.Export
    public boolean ap_active() {
        return session.call(() -> board.softAccessPoint() != null);
    }

    @HostAccess.Export
    public String[] ap_ifconfig() {
        return session.call(() -> {
            if (board.softAccessPoint() == null) {
                return StationConfig.NONE.asStrings().toArray(String[]::new);
            }
            String ip = org.udpsim.board.Wifi.SOFT_AP_SUBNET.host(1).toString();
            return new String[] {ip, "255.255.255.0", ip, ip};
        });
    }

    /** {@code machine.unique_id()}: six bytes, like the ESP32's MAC address, the same for the same board name. */
    @HostAccess.Export
    public String unique_id() {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(board.name().getBytes(StandardCharsets.UTF_8));
            return Session.latin1(Arrays.copyOf(h, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code machine.reset()}: ends the program. */
    @HostAccess.Export
    public void reset() {
        throw session.reset();
    }

    // ---- sockets ----

    @HostAccess.Export
    public PySocket socket(int family, int type) {
        return session.call(() -> new PySocket(session, board.socket(family, type)));
    }

    // ---- OLED and buttons ----

    /** {@code oled.DispChar(s, x, y, mode, auto_return)}: (total width, next x, next y). */
    @HostAccess.Export
    public long[] dispchar(String s, int x, int y, int mode, boolean autoReturn) {
        return session.call(() -> {
            DispCharResult r = board.oled.dispChar(s, x, y, TextMode.of(mode), autoReturn);
            return new long[] {r.totalWidth(), r.nextX(), r.nextY()};
        });
    }

    @HostAccess.Export
    public void show() {
        session.run(board.oled::show);
    }

    @HostAccess.Export
    public void fill(int c) {
        session.run(() -> board.oled.fill(c));
    }

    @HostAccess.Export
    public void text(String s, int x, int y, int c) {
        session.run(() -> board.oled.text(s, x, y, c));
    }

    @HostAccess.Export
    public int pixel_get(int x, int y) {
        return session.call(() -> board.oled.pixel(x, y));
    }

    @HostAccess.Export
    public void pixel_set(int x, int y, int c) {
        session.run(() -> board.oled.pixel(x, y, c));
    }

    @HostAccess.Export
    public void hline(int x, int y, int w, int c) {
        session.run(() -> board.oled.hline(x, y, w, c));
    }

    @HostAccess.Export
    public void vline(int x, int y, int h, int c) {
        session.run(() -> board.oled.vline(x, y, h, c));
    }

    @HostAccess.Export
    public void line(int x1, int y1, int x2, int y2, int c) {
        session.run(() -> board.oled.line(x1, y1, x2, y2, c));
    }

    @HostAccess.Export
    public void rect(int x, int y, int w, int h, int c) {
        session.run(() -> board.oled.rect(x, y, w, h, c));
    }

    @HostAccess.Export
    public void fill_rect(int x, int y, int w, int h, int c) {
        session.run(() -> board.oled.fillRect(x, y, w, h, c));
    }

    @HostAccess.Export
    public void circle(int x, int y, int r, int c) {
        session.run(() -> board.oled.circle(x, y, r, c));
    }

    @HostAccess.Export
    public void fill_circle(int x, int y, int r, int c) {
        session.run(() -> board.oled.fillCircle(x, y, r, c));
    }

    @HostAccess.Export
    public void triangle(int x0, int y0, int x1, int y1, int x2, int y2, int c) {
        session.run(() -> board.oled.triangle(x0, y0, x1, y1, x2, y2, c));
    }

    @HostAccess.Export
    public void fill_triangle(int x0, int y0, int x1, int y1, int x2, int y2, int c) {
        session.run(() -> board.oled.fillTriangle(x0, y0, x1, y1, x2, y2, c));
    }

    @HostAccess.Export
    public void bitmap(int x, int y, Value data, int w, int h, int c) {
        session.run(() -> {
            Object d = Session.data(data);
            if (!(d instanceof byte[] b)) {
                throw new PythonException("TypeError", "object with buffer protocol required");
            }
            board.oled.bitmap(x, y, b, w, h, c);
        });
    }

    /** {@code button_a.is_pressed()} and the like, for button {@code "a"} or {@code "b"}. */
    @HostAccess.Export
    public boolean button(String name, String what) {
        return session.poll(() -> {
            Button b = name.equals("a") ? board.button_a : board.button_b;
            return what.equals("was_pressed") ? b.was_pressed() : b.is_pressed();
        });
    }

    // ---- the step budget ----

    /** Called by the line tracer when the program ran past its budget; never returns. */
    @HostAccess.Export
    public void over_budget(Value where) {
        throw session.overBudget(where);
    }

    /** Called by the call tracer when the program nested its calls too deep; never returns. */
    @HostAccess.Export
    public void too_deep(Value where) {
        throw session.tooDeep(where);
    }

    /**
     * Called by the line tracer when what the program holds outgrew the board's heap, at {@code where}, past an
     * allocation of {@code bytes}; never returns.
     */
    @HostAccess.Export
    public void out_of_memory(Value where, long bytes) {
        throw session.outOfMemory(where, bytes);
    }
}
