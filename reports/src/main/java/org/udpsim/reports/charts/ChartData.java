package org.udpsim.reports.charts;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * What a chart plots, as a table: written beside the chart as {@code charts/<name>.csv}, for a teacher to re-plot in
 * a spreadsheet and for tests to hold against {@code summary.json}. One column per series, one row per point.
 *
 * <p>{@link #of(Plot)} reads the table off a JFreeChart plot's dataset, so the numbers are the ones drawn:
 * <ul>
 *   <li>an XY plot: the first column is the x axis (named after its label); each series is a column; rows are the
 *       distinct x values in ascending order (a value repeated within a series, as a step drawn at one instant,
 *       gives one row per repeat); a cell is empty where a series has no point. A series with a y interval (a
 *       confidence band) adds its low and high as columns; a histogram gives each bin's start and end;</li>
 *   <li>a category plot (bars): a row per category, a column per series, empty where a bar is absent.</li>
 * </ul>
 * A chart that draws its marks as annotations (a ladder) gives its table itself.
 *
 * @param header the columns' names
 * @param rows the cells, each row as long as the header; an empty string is an empty cell
 */
public record ChartData(List<String> header, List<List<String>> rows) {
    public ChartData {
        header = List.copyOf(header);
        List<List<String>> copy = new ArrayList<>();
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("a row of " + r.size() + " cells under " + header.size()
                        + " columns: " + r);
            }
            copy.add(List.copyOf(r));
        }
        rows = List.copyOf(copy);
    }

    /** The table of the data that {@code plot} draws. */
    public static ChartData of(Plot plot) {
        if (plot instanceof XYPlot p) {
            return of(p);
        }
        if (plot instanceof CategoryPlot p) {
            return of(p);
        }
        throw new IllegalArgumentException("no table for a " + plot.getClass().getSimpleName());
    }

    private static ChartData of(XYPlot plot) {
        ValueAxis axis = plot.getDomainAxis();
        String x = axis == null || axis.getLabel() == null ? "x" : axis.getLabel();
        List<String> header = new ArrayList<>(List.of(x));
        boolean bins = false;
        List<Column> columns = new ArrayList<>();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            if (data == null) {
                continue;
            }
            bins |= data instanceof HistogramDataset || data instanceof XYIntervalSeriesCollection;
            for (int s = 0; s < data.getSeriesCount(); s++) {
                columns.add(new Column(data, s));
            }
        }
        if (bins) {
            header.set(0, x + " bin start");
            header.add(x + " bin end");
        }
        for (Column c : columns) {
            String name = c.data.getSeriesKey(c.series).toString();
            header.add(name);
            if (c.data instanceof YIntervalSeriesCollection) {
                header.add(name + " low");
                header.add(name + " high");
            }
        }
        // a row per (x, repeat): the k-th point of any series at x shares the row with the k-th of the others
        Map<Double, List<Map<Column, Integer>>> at = new TreeMap<>();
        for (Column c : columns) {
            Map<Double, Integer> seen = new LinkedHashMap<>();
            for (int i = 0; i < c.data.getItemCount(c.series); i++) {
                double xv = c.data.getXValue(c.series, i);
                int k = seen.merge(xv, 1, Integer::sum) - 1;
                List<Map<Column, Integer>> repeats = at.computeIfAbsent(xv, v -> new ArrayList<>());
                while (repeats.size() <= k) {
                    repeats.add(new LinkedHashMap<>());
                }
                repeats.get(k).put(c, i);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<Double, List<Map<Column, Integer>>> e : at.entrySet()) {
            for (Map<Column, Integer> items : e.getValue()) {
                List<String> row = new ArrayList<>();
                if (bins) {
                    Map.Entry<Column, Integer> any = items.entrySet().iterator().next();
                    IntervalXYDataset h = (IntervalXYDataset) any.getKey().data;
                    row.add(number(h.getStartXValue(any.getKey().series, any.getValue())));
                    row.add(number(h.getEndXValue(any.getKey().series, any.getValue())));
                } else {
                    row.add(number(e.getKey()));
                }
                for (Column c : columns) {
                    Integer i = items.get(c);
                    row.add(i == null ? "" : number(c.data.getYValue(c.series, i)));
                    if (c.data instanceof YIntervalSeriesCollection y) {
                        row.add(i == null ? "" : number(y.getStartYValue(c.series, i)));
                        row.add(i == null ? "" : number(y.getEndYValue(c.series, i)));
                    }
                }
                rows.add(row);
            }
        }
        return new ChartData(header, rows);
    }

    private static ChartData of(CategoryPlot plot) {
        CategoryDataset data = plot.getDataset();
        CategoryAxis axis = plot.getDomainAxis();
        List<String> header = new ArrayList<>(List.of(axis == null || axis.getLabel() == null ? "category"
                : axis.getLabel()));
        List<List<String>> rows = new ArrayList<>();
        if (data != null) {
            for (Object series : data.getRowKeys()) {
                header.add(series.toString());
            }
            for (Object category : data.getColumnKeys()) {
                List<String> row = new ArrayList<>(List.of(category.toString()));
                for (Object series : data.getRowKeys()) {
                    Number v = data.getValue((Comparable<?>) series, (Comparable<?>) category);
                    row.add(v == null ? "" : number(v.doubleValue()));
                }
                rows.add(row);
            }
        }
        return new ChartData(header, rows);
    }

    /** The table as CSV (RFC 4180: comma-separated, quoted where needed, CRLF line ends), UTF-8 text. */
    public String toCsv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(header);
            for (List<String> r : rows) {
                csv.printRecord(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The column named {@code name}'s index. */
    public int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + header);
        }
        return i;
    }

    /**
     * A number as a table shows it: an integer without decimals, otherwise its shortest decimal form, never in
     * exponent notation; empty for NaN.
     */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** One series of one dataset. */
    private record Column(XYDataset data, int series) {
        Column {
            Objects.requireNonNull(data);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Column c && c.data == data && c.series == series;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(data) * 31 + series;
        }
    }
}
