package org.udpsim.wifi;

/**
 * How long the steps of joining a WiFi network take for a station: the scan for access points, the association
 * (with the WPA2 handshake), and DHCP. Each step's duration is drawn from its range, per connection attempt.
 *
 * <p>The defaults are the board's (BOARD-FACTS, connectWiFi): a scan of 1.5–2.5 s, then association and DHCP
 * together 1–3 s, split here as 0.5–1.5 s each.
 *
 * @param scan how long the scan takes; an SSID that is not found fails after it
 * @param association from the end of the scan to being associated (or refused: wrong password, access point full)
 * @param dhcp from association to having an address
 */
public record ConnectTimings(TimeRange scan, TimeRange association, TimeRange dhcp) {
    /** Scan 1.5–2.5 s, association 0.5–1.5 s, DHCP 0.5–1.5 s. */
    public static final ConnectTimings DEFAULT = new ConnectTimings(
            TimeRange.seconds(1.5, 2.5), TimeRange.seconds(0.5, 1.5), TimeRange.seconds(0.5, 1.5));

    public ConnectTimings {
        if (scan == null || association == null || dhcp == null) {
            throw new IllegalArgumentException("connect timings need a scan, an association and a DHCP time range");
        }
    }
}
