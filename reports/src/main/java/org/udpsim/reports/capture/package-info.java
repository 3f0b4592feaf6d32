/**
 * Packet captures of a run: one libpcap file per node ({@code capture/<node>.pcap}), with the packets' real IPv4,
 * UDP and TCP bytes at their simulated times, written during the run by {@link
 * org.udpsim.reports.capture.CaptureListener} so that Wireshark and tshark decode them.
 */
package org.udpsim.reports.capture;
