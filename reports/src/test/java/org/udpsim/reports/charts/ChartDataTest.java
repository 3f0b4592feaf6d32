package org.udpsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class ChartDataTest {
    @Test
    void xyPlot_oneColumnPerSeries_rowsByX_repeatsKept_emptyWhereAbsent() {
        XYSeries a = new XYSeries("UDP sent", false, true);
        a.add(0, 0);
        a.add(1.5, 1);
        a.add(1.5, 2);
        XYSeries b = new XYSeries("TCP sent", false, true);
        b.add(0, 0);
        b.add(2, 1);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(a);
        data.addSeries(b);
        ChartData t = ChartData.of(new XYPlot(data, new NumberAxis("time (s)"), new NumberAxis("n"),
                new XYLineAndShapeRenderer()));
        assertEquals(List.of("time (s)", "UDP sent", "TCP sent"), t.header());
        assertEquals(List.of(List.of("0", "0", "0"), List.of("1.5", "1", ""), List.of("1.5", "2", ""),
                List.of("2", "", "1")), t.rows());
        assertEquals("time (s),UDP sent,TCP sent\r\n0,0,0\r\n1.5,1,\r\n1.5,2,\r\n2,,1\r\n", t.toCsv());
    }

    @Test
    void band_lowAndHighBesideTheMean() {
        YIntervalSeries s = new YIntervalSeries("UDP");
        s.add(10, 0.9, 0.85, 0.95);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        ChartData t = ChartData.of(new XYPlot(data, new NumberAxis("loss (%)"), new NumberAxis("share"),
                new XYLineAndShapeRenderer()));
        assertEquals(List.of("loss (%)", "UDP", "UDP low", "UDP high"), t.header());
        assertEquals(List.of(List.of("10", "0.9", "0.85", "0.95")), t.rows());
    }

    @Test
    void categoryPlot_aRowPerCategory_quotedWhereNeeded() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(3, "radio", "client → ap, hop 1");
        data.addValue(null, "queue", "client → ap, hop 1");
        data.addValue(2, "queue", "server");
        ChartData t = ChartData.of(new CategoryPlot(data, new CategoryAxis("where"), new NumberAxis("n"),
                new BarRenderer()));
        assertEquals("where,radio,queue\r\n\"client → ap, hop 1\",3,\r\nserver,,2\r\n", t.toCsv());
    }

    @Test
    void number_plainDecimals_neverAnExponent() {
        assertEquals("0.000001", ChartData.number(1e-6));
        assertEquals("1645.8614", ChartData.number(1645.8614));
        assertEquals("100", ChartData.number(100.0));
        assertEquals("", ChartData.number(Double.NaN));
    }

    @Test
    void aRowOfTheWrongLength_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ChartData(List.of("a", "b"), List.of(List.of("1"))));
    }
}
