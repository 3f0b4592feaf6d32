package org.udpsim.impairments;

import java.util.ArrayList;
import java.util.List;

/**
 * udpsim's own {@code loss script N[,N|,A-B]...}: loses exactly the listed packets, counted from 1 in the order
 * they reach the hop, e.g. {@code loss script 3,5,7} loses the 3rd, 5th and 7th ("drop the 3rd datagram").
 *
 * <p>This is not a netem option; it exists for lessons that need one known loss. Duplicates made on the hop are
 * not counted and never lost by the script.
 *
 * @param packetNumbers the 1-based numbers of the packets to lose, in increasing order, each once
 */
public record ScriptedLoss(List<Long> packetNumbers) implements Loss {
    public ScriptedLoss {
        if (packetNumbers == null) {
            throw new NetemException("loss script", "loss script needs packet numbers, e.g. \"loss script 3,5\"");
        }
        packetNumbers = List.copyOf(packetNumbers);
        long previous = 0;
        for (Long n : packetNumbers) {
            if (n == null || n < 1) {
                throw new NetemException("loss script", "loss script counts packets from 1, so a number must be at"
                        + " least 1, was " + n);
            }
            if (n <= previous) {
                throw new NetemException("loss script", "loss script numbers must increase and appear once, but "
                        + n + " follows " + previous);
            }
            previous = n;
        }
    }

    /** Loses the packets with these 1-based numbers, given in increasing order. */
    public static ScriptedLoss of(long... packetNumbers) {
        List<Long> list = new ArrayList<>(packetNumbers.length);
        for (long n : packetNumbers) {
            list.add(n);
        }
        return new ScriptedLoss(list);
    }

    @Override
    public boolean isNone() {
        return packetNumbers.isEmpty();
    }

    /** In udpsim's syntax: runs of three or more numbers are written as ranges, e.g. {@code loss script 3,5-9}. */
    @Override
    public String toNetem() {
        if (packetNumbers.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("loss script ");
        int i = 0;
        while (i < packetNumbers.size()) {
            int j = i;
            while (j + 1 < packetNumbers.size() && packetNumbers.get(j + 1) == packetNumbers.get(j) + 1) {
                j++;
            }
            if (i > 0) {
                sb.append(',');
            }
            sb.append(packetNumbers.get(i));
            if (j - i >= 2) {
                sb.append('-').append(packetNumbers.get(j));
                i = j + 1;
            } else {
                i++;
            }
        }
        return sb.toString();
    }
}
