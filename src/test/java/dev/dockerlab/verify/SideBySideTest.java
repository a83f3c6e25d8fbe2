package dev.dockerlab.verify;

import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.Requirements;
import dev.dockerlab.lesson.Resources;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scheduling of verify --jobs without a daemon: which lessons run at once,
 * the console's order, fail-fast. Each "at the same time" is shown by one
 * proof waiting (bounded) for another to have started, never by timing.
 */
class SideBySideTest {

    private static final long BOUND_SECONDS = 60;

    private final StringWriter console = new StringWriter();
    private final Map<String, Boolean> facts = new ConcurrentHashMap<>();

    @Test
    void lessonsThatShareNothingRunAtOnceAndTheConsoleReadsInCourseOrder() {
        CountDownLatch secondEnded = new CountDownLatch(1);
        List<Lesson> lessons = List.of(lesson(1, "one", Resources.NONE), lesson(2, "two", Resources.NONE));

        List<VerifiedLesson> results = SideBySide.verify(lessons, 2, false, new PrintWriter(console), (lesson, out) -> {
            out.println(lesson.id() + " begins");
            if (lesson.id().equals("one")) {
                facts.put("two ended first", await(secondEnded));
            } else {
                secondEnded.countDown();
            }
            out.println(lesson.id() + " ends");
            return passed(lesson);
        }, SideBySideTest::unreached);

        assertThat(facts).containsEntry("two ended first", true);
        assertThat(console.toString()).isEqualTo(String.join(System.lineSeparator(),
                "one begins", "one ends", "two begins", "two ends", ""));
        assertThat(results).extracting(result -> result.result().lesson()).containsExactly("one", "two");
    }

    @Test
    void lessonsThatShareAnObjectRunOneAfterTheOtherWhileAThirdRunsBeside() {
        Resources site = new Resources(List.of(), List.of("site"), List.of(), List.of());
        CountDownLatch besideStarted = new CountDownLatch(1);
        List<Lesson> lessons = List.of(lesson(1, "first", site), lesson(2, "second", site), lesson(3, "beside", Resources.NONE));

        SideBySide.verify(lessons, 3, false, new PrintWriter(console), (lesson, out) -> {
            switch (lesson.id()) {
                case "first" -> {
                    facts.put("beside ran meanwhile", await(besideStarted));
                    facts.put("first ended", true);
                }
                case "second" -> facts.put("second began after first ended", facts.containsKey("first ended"));
                default -> besideStarted.countDown();
            }
            return passed(lesson);
        }, SideBySideTest::unreached);

        assertThat(facts).containsEntry("beside ran meanwhile", true).containsEntry("second began after first ended", true);
    }

    @Test
    void sharingIsByNameOfEachKindAndByNestedPaths() {
        SharedObjects shared = SharedObjects.among(List.of(
                lesson(1, "a", new Resources(List.of("web"), List.of(), List.of("site"), List.of("www/html"))),
                lesson(2, "b", new Resources(List.of(), List.of("web"), List.of(), List.of())),
                lesson(3, "c", new Resources(List.of(), List.of(), List.of("site:latest"), List.of())),
                lesson(4, "d", new Resources(List.of(), List.of(), List.of("site:v2"), List.of("www"))),
                lesson(5, "e", new Resources(List.of("web"), List.of(), List.of(), List.of("www-old")))));

        assertThat(shared.share(0, 1)).as("a container and a volume may share a name").isFalse();
        assertThat(shared.share(0, 2)).isTrue();
        assertThat(shared.share(0, 3)).as("www holds www/html").isTrue();
        assertThat(shared.share(2, 3)).isFalse();
        assertThat(shared.share(3, 4)).as("www-old is beside www, not in it").isFalse();
        assertThat(shared.pairs()).containsExactly(
                "01 a and 03 c both declare image site",
                "01 a and 04 d both declare path ${LAB}/www/html",
                "01 a and 05 e both declare container web");
    }

    @Test
    void underFailFastTheRunningLessonFinishesAndNoNewOneStarts() {
        CountDownLatch secondStarted = new CountDownLatch(1);
        List<Lesson> lessons = List.of(lesson(1, "fails", Resources.NONE), lesson(2, "running", Resources.NONE),
                lesson(3, "later", Resources.NONE));

        List<VerifiedLesson> results = SideBySide.verify(lessons, 2, true, new PrintWriter(console), (lesson, out) -> {
            out.println(lesson.id());
            out.flush();
            if (lesson.id().equals("fails")) {
                await(secondStarted);
                return failed(lesson);
            }
            secondStarted.countDown();
            if (lesson.id().equals("running")) {
                // its held line reaches the console only once the failure before it is recorded
                facts.put("ran on past the failure", waitFor(() -> console.toString().contains("running")));
            }
            return passed(lesson);
        }, SideBySideTest::unreached);

        assertThat(facts).containsEntry("ran on past the failure", true);
        assertThat(results).extracting(result -> result.result().title()).containsExactly("failed", "passed", "unreached");
        assertThat(console.toString()).doesNotContain("later");
    }

    @Test
    void aProofThatThrowsEndsTheRunWithItsFailureOnceTheOthersEnd() {
        List<Lesson> lessons = List.of(lesson(1, "breaks", Resources.NONE), lesson(2, "fine", Resources.NONE));

        assertThatThrownBy(() -> SideBySide.verify(lessons, 2, false, new PrintWriter(console), (lesson, out) -> {
            if (lesson.id().equals("breaks")) {
                throw new IllegalStateException("the daemon went away");
            }
            return passed(lesson);
        }, SideBySideTest::unreached)).hasMessage("the daemon went away");
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(BOUND_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static Lesson lesson(int number, String id, Resources resources) {
        return new Lesson(id, number, Path.of(String.format("%02d-%s.md", number, id)), id, "", "", Requirements.NONE,
                resources, List.of(), List.of());
    }

    private static VerifiedLesson passed(Lesson lesson) {
        return result(lesson, "passed", List.of());
    }

    private static VerifiedLesson failed(Lesson lesson) {
        return result(lesson, "failed", List.of("cleanup left something"));
    }

    private static VerifiedLesson unreached(Lesson lesson) {
        return result(lesson, "unreached", List.of());
    }

    private static VerifiedLesson result(Lesson lesson, String title, List<String> problems) {
        return new VerifiedLesson(new LessonResult(lesson.id(), title, List.of(), problems, Duration.ZERO), lesson.file(),
                1, 1, Instant.now());
    }
}
