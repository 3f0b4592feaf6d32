package org.udpsim.reports.data;

import org.udpsim.reports.data.PacketTrip;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.run.RunInfo;
import org.udpsim.reports.text.Labels;

/**
 * Why a packet died, in words that know the hop it died on: a radio drop on a hop whose access point never retries
 * (run.json's impairment note {@code retries 0}) lost its one frame, not "every try"; so did a broadcast frame an
 * access point sent its stations, which 802.11 never retries.
 */
public final class DropWords {
    private DropWords() {
    }

    /**
     * How many times the radio hop {@code place} ({@code client->classroom}, {@code classroom->server}) retries a
     * lost unicast frame, as its access point's note {@code retries N} in {@code info}'s impairments says; -1 if
     * {@code place} is no hop of an access point or the run does not say.
     */
    public static int retries(RunInfo info, String place) {
        int arrow = place == null ? -1 : place.indexOf("->");
        if (arrow < 0) {
            return -1;
        }
        String a = place.substring(0, arrow);
        String b = place.substring(arrow + 2);
        for (RunInfo.HopImpairment h : info.impairments()) {
            boolean ends = h.to().equals(a) || h.to().equals(b);
            boolean from = h.from().equals("*") || h.from().equals(a) || h.from().equals(b);
            if (ends && from && h.note().startsWith("retries ")) {
                try {
                    return Integer.parseInt(h.note().substring("retries ".length()).trim());
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** The retries of the run's access points when they all have the same; -1 when they differ or there is none. */
    public static int retries(RunInfo info) {
        java.util.Set<String> notes = new java.util.TreeSet<>();
        for (RunInfo.HopImpairment h : info.impairments()) {
            if (h.from().equals("*") && h.note().startsWith("retries ")) {
                notes.add(h.note());
            }
        }
        return notes.size() == 1 ? retries(info, "*->" + info.impairments().stream()
                .filter(h -> h.from().equals("*")).findFirst().orElseThrow().to()) : -1;
    }

    /**
     * The retries {@code trip} had on the hop where it died: none for an access point's frame to a destination that
     * is no node's address (a broadcast, sent once), else {@link #retries(RunInfo, String)}; -1 if not known.
     */
    public static int retries(RunData run, PacketTrip trip) {
        String place = trip.endPlace();
        int arrow = place == null ? -1 : place.indexOf("->");
        if (arrow < 0) {
            return -1;
        }
        RunInfo.Node sender = run.info().node(place.substring(0, arrow));
        String dst = trip.dst().contains(":") ? trip.dst().substring(0, trip.dst().indexOf(':')) : trip.dst();
        if (sender != null && sender.kind().servesWifi() && run.info().node(run.nodeAt(dst)) == null) {
            return 0;
        }
        return retries(run.info(), place);
    }

    /** Why {@code trip} was dropped, in words ("radio: frame lost"); empty if it was not dropped. */
    public static String of(RunData run, PacketTrip trip, Labels labels) {
        if (trip.end() != PacketTrip.End.DROPPED || trip.reason() == null) {
            return "";
        }
        return labels.reason(trip.reason(), retries(run, trip));
    }
}
