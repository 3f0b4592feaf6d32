package org.udpsim.board;

import java.util.List;
import org.udpsim.kernel.Signal;
import org.udpsim.kernel.SimProcess;
import org.udpsim.packet.Ipv4Prefix;
import org.udpsim.wifi.AccessPointConfig;
import org.udpsim.wifi.ConnectFailure;
import org.udpsim.wifi.ConnectResult;
import org.udpsim.wifi.Station;
import org.udpsim.wifi.StationConfig;

/**
 * The board's {@code wifi()} object: {@code connectWiFi}, {@code disconnectWiFi} and the station interface
 * {@code sta}, with the prints, timings and errors of the mpython module (BOARD-FACTS.md, "Board API").
 */
public final class Wifi {
    /** The network of the board's soft access point: the board is 192.168.4.1. */
    public static final Ipv4Prefix SOFT_AP_SUBNET = Ipv4Prefix.parse("192.168.4.0/24");

    /** The station interface, {@code mywifi.sta}. */
    public final Sta sta;
    private final Board board;

    Wifi(Board board) {
        this.board = board;
        this.sta = new Sta(board.station());
    }

    /** {@code connectWiFi(ssid, password)} with the default timeout of 10 s. */
    public void connectWiFi(String ssid, String password) {
        connectWiFi(ssid, password, board.config().connectTimeoutSeconds());
    }

    /**
     * {@code connectWiFi(ssid, password, timeout)}: scans (an SSID not found raises OSError after the scan), then
     * prints {@code Connection WiFi} and a dot every 0.5 s until DHCP gives an address, then the success line with
     * the configuration tuple. No address within the timeout (a wrong password, a full access point) raises
     * OSError. The timeout counts whole seconds of {@code time.time()}, as the firmware does, so it lasts
     * between {@code timeout} and {@code timeout + 1} seconds after the scan.
     */
    public void connectWiFi(String ssid, String password, int timeout) {
        Station station = board.station();
        SimProcess self = board.process();
        if (station.isConnected()) {
            station.disconnect();
        }
        Signal scanned = new Signal();
        boolean[] scanDone = new boolean[1];
        ConnectResult[] result = new ConnectResult[1];
        station.connect(ssid, password, () -> {
            scanDone[0] = true;
            scanned.fire();
        }, r -> {
            result[0] = r;
            scanned.fire();
        });
        while (!scanDone[0] && result[0] == null) {
            self.await(scanned, -1);
        }
        if (result[0] != null && result[0].failure() == ConnectFailure.SSID_NOT_FOUND) {
            throw new OSError("SSID invalid / failed to scan this wifi");
        }
        long start = board.time();
        board.printEnd("", "Connection WiFi");
        while (!station.isConnected()) {
            if (board.time() - start > timeout) {
                board.printEnd("\n", "");
                throw new OSError("Timeout!,check your wifi password and keep your network unblocked");
            }
            board.printEnd("", ".");
            board.sleep_ms(500);
        }
        board.printEnd("\n", "");
        board.print("WiFi(" + ssid + "," + station.rssiDbm() + "dBm) Connection Successful, Config:"
                + Py.repr(sta.ifconfig()));
    }

    /** {@code disconnectWiFi()}. */
    public void disconnectWiFi() {
        board.print("disconnect WiFi...");
        board.station().disconnect();
    }

    /** {@code enable_APWiFi(essid)}: an open soft access point. */
    public void enable_APWiFi(String essid) {
        enable_APWiFi(essid, "", 10);
    }

    /**
     * {@code enable_APWiFi(essid, password, channel)}: the board becomes an access point at 192.168.4.1/24 that
     * gives stations .2 to .101 by DHCP and takes at most 4 of them. A WPA2 password shorter than 8 characters
     * raises OSError. The channel is accepted and has no effect (there is one radio medium per access point).
     */
    public void enable_APWiFi(String essid, String password, int channel) {
        if (!password.isEmpty() && password.length() < 8) {
            throw new OSError("Wifi Invalid Password");
        }
        if (channel < 1 || channel > 13) {
            throw new PythonException("ValueError", "channel must be 1-13");
        }
        board.enableSoftAp(softApConfig(essid, password));
    }

    /**
     * The access point {@code enable_APWiFi(essid, password)} makes, as ESP-IDF's soft AP defaults make it: the board
     * at 192.168.4.1/24, DHCP from .2 to .101 (ESP-IDF's DHCP server hands out 100 addresses after its own), at most
     * {@value AccessPointConfig#SOFT_AP_STATION_LIMIT} stations ({@code wifi_ap_config_t.max_connection}'s default).
     *
     * @throws org.udpsim.kernel.ConfigException if the SSID or the password breaks a rule of
     *         {@link AccessPointConfig}
     */
    public static AccessPointConfig softApConfig(String essid, String password) {
        return AccessPointConfig.builder(essid).password(password).subnet(SOFT_AP_SUBNET.toString())
                .pool(SOFT_AP_SUBNET.host(2).toString(), SOFT_AP_SUBNET.host(101).toString())
                .stationLimit(AccessPointConfig.SOFT_AP_STATION_LIMIT).build();
    }

    /** {@code disable_APWiFi()}: the soft access point goes away; its stations lose their addresses. */
    public void disable_APWiFi() {
        board.print("disable AP WiFi...");
        board.disableSoftAp();
    }

    /** The board's station interface, {@code network.WLAN(network.STA_IF)}. */
    public static final class Sta {
        private final Station station;

        Sta(Station station) {
            this.station = station;
        }

        /** {@code isconnected()}: true once the station has an address. */
        public boolean isconnected() {
            return station.isConnected();
        }

        /** {@code ifconfig()}: (ip, netmask, gateway, dns) as strings, all {@code '0.0.0.0'} before DHCP. */
        public List<String> ifconfig() {
            StationConfig c = station.isConnected() ? station.config() : StationConfig.NONE;
            return c.asStrings();
        }

        /** {@code ifconfig((ip, netmask, gateway, dns))}: a static configuration instead of DHCP. */
        public void ifconfig(List<String> config) {
            if (config.size() != 4) {
                throw new PythonException("ValueError", "ifconfig needs (ip, netmask, gateway, dns)");
            }
            try {
                station.ifconfig(StationConfig.parse(config.get(0), config.get(1), config.get(2), config.get(3)));
            } catch (IllegalArgumentException e) {
                throw new OSError(e.getMessage());
            }
        }
    }
}
