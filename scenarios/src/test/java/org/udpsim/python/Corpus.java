package org.udpsim.python;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A corpus of test programs under the test resources, each opening with the console it must print, line for line,
 * as {@code #> } comment lines, so that a program and its expectation cannot drift apart.
 */
final class Corpus {
    private static final String EXPECTED = "#> ";

    private Corpus() {
    }

    /** The text of the test resource {@code resource} (beside this class). */
    static String read(String resource) {
        try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The console lines a corpus program names with its {@code #> } lines; never empty. */
    static List<String> expected(String name, String text) {
        List<String> expected = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith(EXPECTED)) {
                expected.add(line.substring(EXPECTED.length()));
            }
        }
        if (expected.isEmpty()) {
            throw new IllegalStateException(name + " names no console lines (#> ...)");
        }
        return expected;
    }
}
