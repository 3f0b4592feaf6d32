package org.udpsim.reports.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.udpsim.reports.run.RunInfo;

/**
 * Everything a report shows of one run, read from its folder by {@link RunFolder}: what was run, the summary, every
 * packet's trip, the boards' consoles and OLED frames.
 *
 * @param summary {@code summary.json} as it is
 * @param trips every packet and copy, in id order
 * @param messages the message streams as the programs saw them (empty where no program counts messages)
 * @param consoles each board's console file, by board in the summary's order
 * @param frames each board's OLED frames in order, by board, boards that showed nothing left out
 */
public record RunData(RunInfo info, JsonNode summary, List<PacketTrip> trips, Messages messages, Map<String, List<String>> consoles,
        Map<String, List<OledFrameRef>> frames) {

    /** The flows of the run, as {@code protocol src > dst}, sorted. */
    public List<String> flows() {
        TreeSet<String> flows = new TreeSet<>();
        for (PacketTrip t : trips) {
            flows.add(t.flow());
        }
        return new ArrayList<>(flows);
    }

    /** The trips of one flow, in id order. */
    public List<PacketTrip> tripsOf(String flow) {
        return trips.stream().filter(t -> t.flow().equals(flow)).toList();
    }

    /** The node that has {@code address} ({@code 192.168.0.3}, or {@code 192.168.0.3:6000}), else the address. */
    public String nodeAt(String address) {
        String ip = address.contains(":") ? address.substring(0, address.indexOf(':')) : address;
        for (RunInfo.Node n : info.nodes()) {
            if (n.ip().equals(ip)) {
                return n.name();
            }
        }
        return ip;
    }
}
