package org.udpsim.scenario;

import org.udpsim.impairments.NetemSpec;
import org.udpsim.kernel.SimTime;
import org.udpsim.net.LinkConfig;
import org.udpsim.wifi.AccessPointConfig;

/**
 * The value of every optional scenario setting that is left out, in one place. Where the simulation has a default
 * of its own (the access point's radio, a link's queue, netem's limit), this is that default. The JSON Schema
 * ({@code scenario.schema.json}) states the same defaults, and a test keeps the two equal. Program arguments have
 * their defaults in {@link Program}'s table.
 */
public final class Defaults {
    /** {@code seed:} the run's random seed. */
    public static final long SEED = 1;
    /** {@code description:} none. */
    public static final String DESCRIPTION = "";

    /** An access point's {@code subnet:}, as in the tutorial. */
    public static final String SUBNET = AccessPointConfig.DEFAULT_SUBNET;
    /** An access point's {@code password:}: empty, an open network. */
    public static final String PASSWORD = "";
    /** An access point's {@code gateway:} is this host of its subnet (.1). */
    public static final int GATEWAY_HOST = 1;
    /** An access point's DHCP pool starts at this host of its subnet (.2) and ends at the last host address. */
    public static final int DHCP_FIRST_HOST = 2;
    /** An access point's {@code radio:} netem options: none, a perfect radio apart from its airtime. */
    public static final String RADIO = "";
    /** An access point's {@code retries:}, 802.11's short retry limit (ESP32 [est]). */
    public static final int RETRIES = AccessPointConfig.DEFAULT_RETRY_LIMIT;
    /** An access point's {@code phy_rate:}, 54 Mbit/s, the highest 802.11g rate. */
    public static final long PHY_RATE_BITS = AccessPointConfig.DEFAULT_PHY_RATE;
    /** An access point's {@code max_stations:}: no limit but the DHCP pool. */
    public static final int MAX_STATIONS = AccessPointConfig.DEFAULT_STATION_LIMIT;

    /** A wired link's {@code rate:}, 100 Mbit/s (Fast Ethernet). */
    public static final long LINK_RATE_BITS = 100_000_000L;
    /** A wired link's {@code delay:}, the propagation delay: none (a classroom cable). */
    public static final long LINK_DELAY_NANOS = 0;
    /** A wired link's {@code queue:}, in packets: Linux's default transmit queue length. */
    public static final int LINK_QUEUE = LinkConfig.DEFAULT_QUEUE_LIMIT;

    /** An impairment's {@code limit:}, netem's: how many packets a hop may hold. */
    public static final int NETEM_LIMIT = NetemSpec.DEFAULT_LIMIT;

    /** A board's or PC's {@code start:}, when its program starts: at once. */
    public static final long START_NANOS = 0;
    /** A button press's {@code hold:}, how long the button stays down. */
    public static final long BUTTON_HOLD_NANOS = 100 * SimTime.MILLISECOND;

    /** A teaching point's {@code replications:}: this run alone. */
    public static final int REPLICATIONS = 1;
    /** A teaching point's {@code confidence:}, as written in the schema. */
    public static final String CONFIDENCE = "95%";

    private Defaults() {
    }
}
