package org.udpsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed schema and the format's table of impairment keys are what {@link ScenarioSchema} generates from
 * the netem options. Run with {@code -Dudpsim.regenerate=true} to rewrite both in place.
 */
class ScenarioSchemaTest {
    static final Path SCHEMA = Path.of("src/main/resources" + ScenarioLoader.SCHEMA_RESOURCE);
    static final Path FORMAT = Path.of("SCENARIO-FORMAT.md");
    static final String REGENERATE = "; regenerate with: mvn -B -q -pl scenarios -am test -Dtest=ScenarioSchemaTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dudpsim.regenerate=true (or: udpsim schema > " + "scenarios/"
            + SCHEMA + ")";

    @Test
    void committedSchema_isTheOneGeneratedFromTheNetemOptions() throws IOException {
        String committed = read(SCHEMA);
        String generated = ScenarioSchema.generate(committed);
        regenerate(SCHEMA, committed, generated);
        assertEquals(generated, read(SCHEMA), SCHEMA + " differs from what the netem options generate" + REGENERATE);
    }

    @Test
    void formatsTableOfImpairmentKeys_isTheOneGeneratedFromTheNetemOptions() throws IOException {
        String committed = read(FORMAT);
        String generated = ScenarioSchema.withImpairmentTable(committed);
        regenerate(FORMAT, committed, generated);
        assertEquals(generated, read(FORMAT), FORMAT + "'s table of impairment keys differs from what the netem options"
                + " generate" + REGENERATE);
    }

    @Test
    void schemaOnTheClassPath_regeneratesToItself() {
        assertEquals(ScenarioSchema.generate(), ScenarioSchema.generate(ScenarioSchema.generate()));
    }

    /** With -Dudpsim.regenerate=true, writes the generated text; the file then reads as generated. */
    private static void regenerate(Path file, String committed, String generated) throws IOException {
        if (Boolean.getBoolean("udpsim.regenerate") && !committed.equals(generated)) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
