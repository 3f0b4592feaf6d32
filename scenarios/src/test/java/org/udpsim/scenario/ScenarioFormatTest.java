package org.udpsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** SCENARIO-FORMAT.md's tables of keys list exactly the keys of their places in {@link ScenarioKeys}, in order. */
class ScenarioFormatTest {
    private static final Pattern KEY = Pattern.compile("`([^`]+)`");

    @Test
    void everySectionsTableOfKeys_listsExactlyTheKeysOfItsPlace_inOrder() throws IOException {
        Map<String, List<String>> tables = tablesOfKeys(Files.readString(ScenarioSchemaTest.FORMAT,
                StandardCharsets.UTF_8));
        assertEquals(List.of("", "network.access_points.*", "network.links.#", "boards.*", "boards.*.soft_ap",
                "impairments.#",
                "expect.#"), List.copyOf(tables.keySet()), "the sections with a table of keys");
        tables.forEach((place, keys) -> assertEquals(ScenarioKeys.keys(place), keys, "SCENARIO-FORMAT.md's table"
                + " for " + (place.isEmpty() ? "the top level" : place) + " against ScenarioKeys"));
    }

    /**
     * Section place to the keys in the first column of its table whose header starts {@code | key |}. A section
     * "## boards" is the place {@code boards}, {@code boards.*} or {@code boards.#}, whichever ScenarioKeys has;
     * "## Top level" is the top.
     */
    static Map<String, List<String>> tablesOfKeys(String markdown) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        String section = null;
        List<String> keys = null;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("## ")) {
                section = line.substring(3).strip();
            } else if (line.startsWith("| key |")) {
                keys = new ArrayList<>();
                tables.put(place(section), keys);
            } else if (keys != null && line.startsWith("|")) {
                if (!line.startsWith("|---")) {
                    Matcher m = KEY.matcher(line.substring(1, line.indexOf('|', 1)));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            } else {
                keys = null;
            }
        }
        return tables;
    }

    private static String place(String section) {
        assertNotNull(section, "a table of keys before any section");
        if (section.equals("Top level")) {
            return "";
        }
        for (String p : List.of(section, section + ".*", section + ".#")) {
            if (ScenarioKeys.PLACES.containsKey(p)) {
                return p;
            }
        }
        throw new AssertionError("SCENARIO-FORMAT.md's section \"" + section + "\" has a table of keys but is no"
                + " place of ScenarioKeys");
    }
}
