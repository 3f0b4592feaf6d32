package org.udpsim.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.udpsim.run.LessonRuns;
import org.udpsim.scenario.Scenario;
import org.udpsim.scenario.ScenarioLoader;

/**
 * Every shipped lesson's teaching points, checked on every build: the lessons' claims as regression tests. The run
 * with the lesson's own seed is the shared one of {@link LessonRuns}; the replications of a point measured over
 * several seeds are run here.
 */
class LessonTeachingPointsTest {

    @TestFactory
    Stream<DynamicNode> everyShippedLesson_keepsItsTeachingPoints() throws IOException {
        List<DynamicNode> lessons = new ArrayList<>();
        for (Path f : LessonRuns.lessonFiles()) {
            Scenario s = ScenarioLoader.load(f);
            assertFalse(s.expectations().size() < 3, f + " carries at least three teaching points");
            List<Outcome> outcomes = ScenarioCheck.check(s, LessonRuns.facts(f));
            lessons.add(DynamicContainer.dynamicContainer(f.getFileName().toString(), outcomes.stream()
                    .map(o -> DynamicTest.dynamicTest(o.expectation().name(), () -> assertTrue(o.passed(), o.line())))));
        }
        return lessons.stream();
    }
}
