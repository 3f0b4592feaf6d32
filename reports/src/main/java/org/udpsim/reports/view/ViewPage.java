package org.udpsim.reports.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.udpsim.reports.data.RunFolder;
import org.udpsim.reports.text.Html;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.PageFont;
import org.udpsim.reports.text.Lang;
import org.udpsim.reports.text.ReportException;

/**
 * Writes {@code view.html}: the page under {@code resources/org/udpsim/reports/view/} ({@code view.html},
 * {@code view.css}, {@code view.js}) with its style and script inlined and the run's {@link ViewData} embedded as one
 * JSON object in {@code <script type="application/json" id="udpsim-run">}, escaped so that nothing a program printed
 * can end the script ({@code <}, {@code >}, {@code &}, U+2028 and U+2029 written as {@code \\uXXXX}). The page opens
 * from {@code file://} and asks the network for nothing. The same run gives the same bytes.
 */
public final class ViewPage {
    /** The file the view is written to, beside {@code report.html}. */
    public static final String FILE = "view.html";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ViewPage() {
    }

    /** True if {@code dir} is a folder a view can be made of: a run or a comparison. */
    public static boolean canView(Path dir) {
        return Files.isDirectory(dir) && RunFolder.isRun(dir);
    }

    /**
     * Writes the view of the run or comparison in {@code dir} to {@code out} (a temporary file moved into place, so
     * nothing partial is left) and returns {@code out}.
     *
     * @throws ReportException if {@code dir} is no run or comparison folder; nothing is written then
     */
    public static Path write(Path dir, Path out, Lang lang) throws IOException {
        return write(dir, out, lang, ViewData.MAX_EVENTS);
    }

    /** As {@link #write(Path, Path, Lang)}, embedding at most {@code maxEvents} packet records a run. */
    public static Path write(Path dir, Path out, Lang lang, int maxEvents) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new ReportException(dir + (Files.exists(dir) ? " is not a folder" : ": no such folder"));
        }
        if (!canView(dir)) {
            throw new ReportException(dir + " is not a run folder (no summary.json): nothing to view");
        }
        if (Files.isDirectory(out)) {
            throw new ReportException(out + " is a folder: name the page to write, e.g. " + out.resolve(FILE));
        }
        String page = render(ViewData.of(dir, Labels.of(lang), maxEvents), Labels.of(lang));
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve("." + out.getFileName() + ".writing");
        try {
            Files.writeString(tmp, page, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return out;
    }

    /** The page of {@code data} (see {@link ViewData}). */
    public static String render(ObjectNode data, Labels labels) throws IOException {
        return render(data, labels, new String[0]);
    }

    /**
     * The page of {@code data} with add-ons: for each name, the resources {@code NAME.css} and {@code NAME.js} next
     * to the view's, inlined after the view's own style and script (the add-on's script runs once
     * {@code window.udpsimView} is set).
     */
    public static String render(ObjectNode data, Labels labels, String... addOns) throws IOException {
        String title = labels.get("view.title", data.path("runs").path(0).path("scenario").asText());
        StringBuilder style = new StringBuilder(resource("view.css"));
        StringBuilder script = new StringBuilder(resource("view.js"));
        for (String addOn : addOns) {
            style.append('\n').append(resource(addOn + ".css"));
            script.append('\n').append(resource(addOn + ".js"));
        }
        return PageFont.embed(resource("view.html")
                .replace("{{lang}}", labels.lang().code())
                .replace("{{title}}", Html.escape(title))
                .replace("/*{{style}}*/", style)
                .replace("//{{script}}", script)
                .replace("{{data}}", scriptSafe(JSON.writeValueAsString(data))));
    }

    /**
     * {@code json} made safe inside a {@code <script>} element: every {@code <}, {@code >}, {@code &} and the line
     * separators U+2028 and U+2029 as JSON escapes, which parse back to the same text.
     */
    static String scriptSafe(String json) {
        StringBuilder out = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = ViewPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the view's " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
