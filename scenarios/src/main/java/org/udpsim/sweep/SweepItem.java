package org.udpsim.sweep;

import java.util.List;

/**
 * What one run of a sweep measured for one protocol: the point of the grid, the replication, and the figures:
 * delivered share, in-order share, median one-way delay and time to first delivery (NaN when the run delivered
 * nothing, so there is no delay to measure).
 *
 * @param point the index of the grid point
 * @param replication the replication, 0-based; its seed is the scenario's seed plus this
 */
public record SweepItem(int point, int replication, String protocol, double deliveredShare, double inOrderShare,
        double delayMs, double firstDeliveryMs) {
    /** The figures a sweep reports, in column order. */
    public static final List<String> FIGURES = List.of("delivered_share", "in_order_share", "delay_ms",
            "first_delivery_ms");

    public double figure(int i) {
        return switch (i) {
            case 0 -> deliveredShare;
            case 1 -> inOrderShare;
            case 2 -> delayMs;
            case 3 -> firstDeliveryMs;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }
}
