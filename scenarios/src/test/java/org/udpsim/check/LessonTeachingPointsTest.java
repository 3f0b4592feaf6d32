package org.udpsim.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.udpsim.scenario.Scenario;
import org.udpsim.scenario.ScenarioLoader;

/** Every shipped lesson's teaching points, checked on every build: the lessons' claims as regression tests. */
class LessonTeachingPointsTest {

    @TestFactory
    Stream<DynamicNode> everyShippedLesson_keepsItsTeachingPoints() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("lessons"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        List<DynamicNode> lessons = new ArrayList<>();
        for (Path f : files) {
            Scenario s = ScenarioLoader.load(f);
            assertFalse(s.expectations().size() < 3, f + " carries at least three teaching points");
            List<Outcome> outcomes = ScenarioCheck.check(s);
            lessons.add(DynamicContainer.dynamicContainer(f.getFileName().toString(), outcomes.stream()
                    .map(o -> DynamicTest.dynamicTest(o.expectation().name(), () -> assertTrue(o.passed(), o.line())))));
        }
        return lessons.stream();
    }
}
