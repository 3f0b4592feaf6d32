/**
 * The fixed network a run is built on, as one model: routers, access points with their uplinks, wired links and the
 * impairments set on single hops, each a record that holds its own rules ({@link org.udpsim.topology.Topology} and
 * the configurations it is made of: {@link org.udpsim.wifi.AccessPointConfig}, {@link org.udpsim.net.LinkConfig},
 * {@link org.udpsim.impairments.NetemSpec}), and {@link org.udpsim.topology.TopologyWiring}, which builds it into a
 * {@link org.udpsim.net.Network} with static routes. A scenario file is read straight into these records; the hosts
 * and what they run are added by whoever builds the run. It may use kernel, packet, net, wifi and impairments.
 */
package org.udpsim.topology;
