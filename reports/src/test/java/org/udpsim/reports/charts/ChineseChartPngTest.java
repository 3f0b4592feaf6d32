package org.udpsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.udpsim.reports.data.RunData;
import org.udpsim.reports.data.RunFolder;
import org.udpsim.reports.data.SyntheticRun;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.Lang;
import org.udpsim.reports.text.PictureFont;

/** The PNG charts draw Chinese with the project's CJK font, on a machine that has none of its own. */
class ChineseChartPngTest {
    @TempDir
    Path tmp;

    @Test
    void png_chineseTitle_twoIdeographsDiffer_andNeitherIsTheMissingGlyphBox() throws IOException {
        RunData run = RunFolder.read(SyntheticRun.write(tmp.resolve("run"), "hi"));
        assertFalse(PictureFont.canDisplay(0xE000), "U+E000 is in no font: drawn as the missing-glyph box");
        BufferedImage ni = titled(run, "你");
        BufferedImage hao = titled(run, "好");
        BufferedImage box = titled(run, "\uE000");
        int[] titleBand = {0, 60};
        assertTrue(differing(ni, hao, titleBand) > 50, "你 and 好 in the title are drawn alike (both boxes?)");
        assertTrue(differing(ni, box, titleBand) > 50, "你 is drawn as the missing-glyph box");
        assertTrue(differing(hao, box, titleBand) > 50, "好 is drawn as the missing-glyph box");
        assertEquals(0, differing(ni, hao, new int[] {80, 720}), "only the title differs");
    }

    @Test
    void png_everyChartInChinese_labelsAreNotBoxes() throws IOException {
        RunData run = RunFolder.read(SyntheticRun.write(tmp.resolve("run"), "hi"));
        Labels zh = Labels.of(Lang.ZH);
        List<String> flows = ChartFilesTest.FLOWS;
        for (Chart c : List.of(LadderDiagram.of(run, flows.get(0), zh), ArrivalOrderChart.of(run, flows, zh),
                DelayCharts.overTime(run, flows, zh), DelayCharts.distribution(run, flows, zh),
                DeliveredChart.of(run, flows, zh), DropsChart.of(run, zh))) {
            String title = c.chart().getTitle().getText();
            assertTrue(title.codePoints().anyMatch(cp -> cp >= 0x4E00 && cp <= 0x9FFF), title);
            BufferedImage drawn = image(ChartFiles.png(c));
            c.chart().getTitle().setText(title.codePoints().mapToObj(cp -> cp >= 0x4E00 && cp <= 0x9FFF
                    ? "\uE000" : new String(Character.toChars(cp))).reduce("", String::concat));
            BufferedImage boxes = image(ChartFiles.png(c));
            assertTrue(differing(drawn, boxes, new int[] {0, 60}) > 100, c.name() + ": its title " + title
                    + " is drawn as boxes");
        }
    }

    private static BufferedImage titled(RunData run, String title) throws IOException {
        Chart c = DeliveredChart.of(run, ChartFilesTest.FLOWS, Labels.of(Lang.ZH));
        c.chart().getTitle().setText(title);
        return image(ChartFiles.png(c));
    }

    private static BufferedImage image(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** How many pixels of the rows {@code band[0]} to {@code band[1]} differ between the two images. */
    private static int differing(BufferedImage a, BufferedImage b, int[] band) {
        int n = 0;
        for (int y = band[0]; y < Math.min(band[1], a.getHeight()); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
