/**
 * WiFi in infrastructure mode: access points that bridge a shared radio medium to a wired uplink, and the stations
 * (boards, phones) that join them by SSID and get an address by DHCP.
 *
 * <p>An {@link org.udpsim.wifi.AccessPoint} is a node with no address of its own: it forwards frames between its
 * stations' radio hops and its cable to the router that is the subnet's gateway. Each station has two
 * {@link org.udpsim.wifi.RadioHop}s ({@code client->classroom}, {@code classroom->client}) that take netem
 * impairments; the loss applies per 802.11 transmission attempt, so retries hide it from unicast but not from
 * broadcast. All frames of one access point share its {@link org.udpsim.wifi.RadioMedium}, one at a time.
 *
 * <p>A board's own access point ({@code enable_APWiFi}) is <em>hosted</em>
 * ({@link org.udpsim.wifi.WifiEnvironment#addHostedAccessPoint}): it is the board's node itself, so its radio hops
 * are {@code client->apboard}, and instead of an uplink the board is the subnet's gateway at 192.168.4.1 on its
 * interface {@code ap}. It comes and goes with the board's program, so impairments for its hops are kept
 * ({@link org.udpsim.wifi.WifiEnvironment#impair}) and set each time it comes up.
 *
 * <p>Wiring a classroom:
 * <pre>{@code
 * Network net = new Network(new Simulation(seed));
 * WifiEnvironment wifi = new WifiEnvironment(net);
 * Node gateway = net.addRouter("gateway");
 * AccessPointConfig cfg = AccessPointConfig.builder("ssid").password("password")
 *         .subnet("192.168.0.0/24").reserve("server", "192.168.0.3").radio("delay 2ms 1ms").build();
 * AccessPoint ap = wifi.addAccessPoint("classroom", cfg, gateway, LinkConfig.of(100_000_000, SimTime.micros(50)));
 * Station client = wifi.addStation(net.addHost("client"));
 * wifi.radioHop("client -> classroom").setImpairments("loss 20% delay 20ms 10ms");
 * client.connect("ssid", "password", result -> { ... });   // about 2.5-5.5 s later: 192.168.0.2
 * }</pre>
 */
package org.udpsim.wifi;
