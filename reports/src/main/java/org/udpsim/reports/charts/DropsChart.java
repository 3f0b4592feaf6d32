package org.udpsim.reports.charts;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Font;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.data.DropWords;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.summary.NaturalOrder;

/**
 * Drops by reason and place: a horizontal bar per node or hop where packets died, stacked by why, places in
 * natural order. A run with more than {@link #MAX_PLACES} places (a classroom) sums the places that differ only by
 * a board's number ({@code classroom → pupils-7}) into one bar ({@code classroom → pupils-* (30)}), so every bar has
 * room for its name; the bars still add up to every drop of the run.
 */
public final class DropsChart {
    /** The most bars drawn one per place. */
    public static final int MAX_PLACES = 14;
    /** Each reason's colour, the same on every chart (Okabe–Ito, then greys). */
    private static final List<String> REASON_ORDER = List.of("radio", "radio.noRetries", "loss", "socket_queue_full", "queue_full",
            "netem_limit", "checksum", "no_listener", "no_route", "ttl_expired", "host_unreachable", "too_big");
    private static final Color[] REASONS = {ChartStyle.OKABE_ITO_VERMILLION, ChartStyle.OKABE_ITO_VERMILLION,
        ChartStyle.OKABE_ITO_ORANGE, ChartStyle.OKABE_ITO_REDDISH_PURPLE, ChartStyle.OKABE_ITO_BLUE,
        ChartStyle.OKABE_ITO_SKY_BLUE, Color.BLACK, ChartStyle.OKABE_ITO_BLUISH_GREEN, new Color(0x7f, 0x7f, 0x7f),
        new Color(0xa0, 0xa0, 0xa0), new Color(0x50, 0x50, 0x50), new Color(0xc0, 0xc0, 0xc0)};

    private DropsChart() {
    }

    /** The chart {@code drops} of a run, from its summary's {@code drops_by_place}, radio drops named by hop. */
    public static Chart of(RunData run, Labels labels) {
        return of(run.summary(), place -> DropWords.retries(run.info(), place.replaceFirst("^(UDP|TCP) ", "")),
                labels);
    }

    /**
     * The chart {@code drops}, from {@code summary.json}'s {@code drops_by_place}; {@code retries} tells each place's
     * radio retries (negative: not known), so a radio drop where there are none reads "frame lost".
     */
    public static Chart of(JsonNode summary, java.util.function.ToIntFunction<String> retries, Labels labels) {
        Map<String, Map<String, Long>> byPlace = new TreeMap<>(NaturalOrder.INSTANCE);
        Iterator<Map.Entry<String, JsonNode>> it = summary.path("drops_by_place").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            int space = e.getKey().lastIndexOf(' ');
            String place = e.getKey().substring(0, space);
            String reason = e.getKey().substring(space + 1);
            String key = reason.equals("radio") && retries.applyAsInt(place) == 0 ? "radio.noRetries" : reason;
            byPlace.computeIfAbsent(place, k -> new TreeMap<>()).merge(key, e.getValue().asLong(), Long::sum);
        }
        if (byPlace.size() > MAX_PLACES) {
            byPlace = grouped(byPlace);
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> reasons = byPlace.values().stream().flatMap(m -> m.keySet().stream()).distinct()
                .sorted(java.util.Comparator.comparingInt((String k) -> REASON_ORDER.indexOf(k) < 0 ? 99
                        : REASON_ORDER.indexOf(k)).thenComparing(k -> k)).toList();
        for (Map.Entry<String, Map<String, Long>> p : byPlace.entrySet()) {
            for (String reason : reasons) {
                String name = reason.equals("radio.noRetries") ? labels.reason("radio", 0) : labels.reason(reason);
                data.addValue(p.getValue().get(reason), name, p.getKey().replace("->", " → "));
            }
        }
        StackedBarRenderer r = new StackedBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.12);
        for (int i = 0; i < reasons.size(); i++) {
            int k = REASON_ORDER.indexOf(reasons.get(i));
            r.setSeriesPaint(i, k < 0 ? Color.GRAY : REASONS[k]);
        }
        CategoryAxis x = new CategoryAxis(labels.get("drops.x"));
        x.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis y = new NumberAxis(labels.get("drops.y"));
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        plot.setNoDataMessage(labels.get("drops.none"));
        plot.setNoDataMessageFont(ChartStyle.font(Font.PLAIN, 28));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(labels.get("drops.title"), ChartStyle.font(Font.BOLD, 30), plot, true);
        ChartStyle.apply(chart);
        return new Chart("drops", labels.get("drops.title"), chart);
    }

    /** The places summed by their name with every number after a '-' written {@code *}, with their count. */
    static Map<String, Map<String, Long>> grouped(Map<String, Map<String, Long>> byPlace) {
        Function<String, String> pattern = place -> place.replaceAll("-\\d+\\b", "-*");
        Map<String, Map<String, Long>> sums = new TreeMap<>(NaturalOrder.INSTANCE);
        Map<String, Integer> members = new TreeMap<>();
        for (Map.Entry<String, Map<String, Long>> p : byPlace.entrySet()) {
            String g = pattern.apply(p.getKey());
            members.merge(g, 1, Integer::sum);
            p.getValue().forEach((reason, n) -> sums.computeIfAbsent(g, k -> new TreeMap<>()).merge(reason, n,
                    Long::sum));
        }
        Map<String, Map<String, Long>> out = new TreeMap<>(NaturalOrder.INSTANCE);
        sums.forEach((g, m) -> out.put(members.get(g) > 1 ? g + " (" + members.get(g) + ")" : g, m));
        return out;
    }
}
