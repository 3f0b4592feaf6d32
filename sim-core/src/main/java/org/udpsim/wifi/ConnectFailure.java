package org.udpsim.wifi;

/**
 * Why a station could not join a WiFi network. Only {@link #SSID_NOT_FOUND} is visible to the board at once (it
 * raises "SSID invalid / failed to scan this wifi" after the scan); on the others the real board just never gets
 * an address, so its {@code connectWiFi} keeps waiting until its timeout.
 */
public enum ConnectFailure {
    /** No access point in range has this SSID; reported after the scan. */
    SSID_NOT_FOUND,
    /** The WPA2 handshake failed: the password is wrong; reported when the association would have completed. */
    WRONG_PASSWORD,
    /** The access point refused the association: it has as many stations as its limit allows. */
    ACCESS_POINT_FULL,
    /** Associated, but DHCP had no address to give (pool used up, or the reserved or static address is taken). */
    NO_ADDRESS
}
