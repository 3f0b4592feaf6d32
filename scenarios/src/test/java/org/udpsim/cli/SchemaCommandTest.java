package org.udpsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.udpsim.scenario.ScenarioSchema;

class SchemaCommandTest {
    @Test
    void schema_printsTheGeneratedSchema() {
        StringWriter out = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(out)).execute("schema");
        assertEquals(Main.EXIT_OK, code);
        assertEquals(ScenarioSchema.generate(), out.toString());
    }
}
