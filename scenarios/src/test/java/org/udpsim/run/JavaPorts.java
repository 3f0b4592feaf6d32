package org.udpsim.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A lesson's text with each of the tutorial's .py programs replaced by its Java port, which prints, shows and sends
 * exactly the same (LessonComparisonTest holds them to that). Tests of what surrounds a run (sweeps, reports) use the
 * ports to spend their time on what they test rather than on GraalPy.
 */
public final class JavaPorts {
    /** Each .py program of the shipped 10.4 lessons and the Java port that runs it. */
    private static final Map<String, String> PORTS = new LinkedHashMap<>();

    static {
        PORTS.put("program: udp_server.py", "program: java:udp-server");
        PORTS.put("program: udp_client.py", "program: java:udp-client");
        PORTS.put("program: udp_client_100ms.py", "program: java:udp-client, args: {every: 100ms}");
        PORTS.put("program: udp_client_5ms.py", "program: java:udp-client, args: {every: 5ms}");
    }

    private JavaPorts() {
    }

    /** {@code lessonText} with its Python programs replaced by their ports. */
    public static String of(String lessonText) {
        String text = lessonText;
        for (Map.Entry<String, String> port : PORTS.entrySet()) {
            text = text.replace(port.getKey(), port.getValue());
        }
        return text;
    }

    /** Writes {@code lesson} with its programs ported into {@code folder}, under the same file name. */
    public static Path copy(Path lesson, Path folder) throws IOException {
        Path copy = folder.resolve(lesson.getFileName());
        Files.writeString(copy, of(Files.readString(lesson, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        return copy;
    }
}
