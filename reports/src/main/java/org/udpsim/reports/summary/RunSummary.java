package org.udpsim.reports.summary;

import java.util.List;
import java.util.Map;

/**
 * What a run came to: its flows, its drops by reason, and its boards. Written as {@code summary.json} (see
 * {@link SummaryJson}) and printed on the terminal (see {@link SummaryText}).
 *
 * @param drops drops of every flow by reason label, in a fixed order
 * @param dropsByPlace drops by {@code "<place> <reason>"}, sorted
 */
public record RunSummary(String scenario, long seed, double durationSeconds, List<FlowSummary> flows,
        Map<String, Long> drops, Map<String, Long> dropsByPlace, List<BoardSummary> boards) {
}
