package dev.dockerlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After {@code bundle load}, plain commands use the loaded course until
 * {@code bundle forget}: run as users run them, in a process of its own,
 * from a working folder with no {@code lessons/} in it.
 */
@DaemonTest
class LoadedCourseDaemonTest {

    @TempDir
    Path home;

    private TestDaemon daemon;
    private CliRun dockerlab;
    private String image;
    private Path course;
    private Path elsewhere;

    @BeforeEach
    void setUp(TestDaemon daemon) throws IOException {
        this.daemon = daemon;
        image = daemon.name("loaded") + ":1";
        daemon.owns("image", image);
        daemon.sh("docker tag \"$IMAGE\" " + image);
        dockerlab = new CliRun(home, daemon::connection);
        course = home.resolve("course.tar");
        elsewhere = Files.createDirectories(home.resolve("elsewhere"));
        CliRun.Result made = dockerlab.run("--image", image, "--lessons", CliRun.fixture("passing").toString(),
                "bundle", course.toString());
        assertThat(made.status()).as(made.all()).isEqualTo(ExitCode.OK);
    }

    @Test
    void theBundleIsReadableByAllForASharedDrive() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(course))).isEqualTo("rw-r--r--");
    }

    @Test
    void afterLoadPlainCommandsUseTheLoadedCourseUntilForgotten() throws Exception {
        CliRun.Result loaded = dockerlab.run("bundle", "load", course.toString());
        assertThat(loaded.status()).as(loaded.all()).isEqualTo(ExitCode.OK);
        assertThat(loaded.out()).endsWith("dockerlab now uses this course (dockerlab bundle forget to stop);"
                + " open it with: dockerlab\n");

        Run listed = run("list");
        assertThat(listed.status()).as(listed.all()).isZero();
        assertThat(listed.out()).startsWith("01  passing").doesNotContain("copy-on-write");
        assertThat(listed.err()).isEqualTo("dockerlab: using the course loaded from " + course
                + " (dockerlab bundle forget to stop)\n");

        Run json = run("list", "--json");
        assertThat(json.status()).as(json.all()).isZero();
        assertThat(new ObjectMapper().readTree(json.out()).toString()).contains("\"passing\"");
        assertThat(json.err()).contains("using the course loaded from " + course);

        Run doctor = run("doctor");
        assertThat(doctor.out()).as("the loaded course's lab image").containsPattern("ok +lab image +" + image);

        CliRun.Result forgotten = dockerlab.run("bundle", "forget");
        assertThat(forgotten.out()).isEqualTo("dockerlab no longer uses the course loaded from " + course + ".\n");
        Run after = run("list");
        assertThat(after.status()).as(after.all()).isZero();
        assertThat(after.out()).as("the course shipped with dockerlab again").contains("copy-on-write")
                .doesNotContain("passing");
        assertThat(after.err()).isEmpty();
        assertThat(dockerlab.run("bundle", "forget").out()).startsWith("No loaded course to forget;");
    }

    @Test
    void optionsTheEnvironmentAndALessonsFolderHereComeFirst() throws Exception {
        dockerlab.run("bundle", "load", course.toString());
        Path mine = Files.createDirectories(home.resolve("mine"));
        Files.copy(CliRun.fixture("wrong-solution").resolve("01-wrong-solution.md"), mine.resolve("01-wrong-solution.md"));

        assertThat(run("--lessons", mine.toString(), "list").out()).startsWith("01  wrong-solution");
        assertThat(run(Map.of("DOCKERLAB_LESSONS", mine.toString()), "list").out()).startsWith("01  wrong-solution");
        Files.copy(CliRun.fixture("wrong-solution").resolve("01-wrong-solution.md"),
                Files.createDirectories(elsewhere.resolve("lessons")).resolve("01-wrong-solution.md"));
        Run here = run("list");
        assertThat(here.out()).startsWith("01  wrong-solution");
        assertThat(here.err()).doesNotContain("using the course loaded");
    }

    @Test
    void removedLessonsAreUnpackedAgainAndAGoneBundleIsNamed() throws Exception {
        dockerlab.run("bundle", "load", course.toString());
        Path unpacked = home.resolve("state/dockerlab/bundles/course");
        deleteTree(unpacked);

        Run again = run("list");
        assertThat(again.out()).startsWith("01  passing");
        assertThat(unpacked.resolve("01-passing.md")).exists();

        deleteTree(unpacked);
        Files.delete(course);
        Run gone = run("list");
        assertThat(gone.err()).contains("dockerlab: the course loaded from " + course + " is gone (the file and its"
                + " unpacked lessons were removed); load it again with dockerlab bundle load FILE, or stop using it"
                + " with dockerlab bundle forget.");
    }

    @Test
    void theLoadedCourseIsTrustedOnlyAsAnyOtherCourse() throws Exception {
        dockerlab.run("bundle", "load", course.toString());
        Map<String, String> untrusted = new HashMap<>();
        untrusted.put("DOCKERLAB_TRUST", null);

        Run refused = run(untrusted, "check", "passing");

        assertThat(refused.status()).as(refused.all()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains("the course in " + home.resolve("state/dockerlab/bundles/course")
                + " is not trusted");
    }

    @Test
    void loadWithNoFileOutsideARunnableBundleAsksForOne() {
        CliRun.Result run = dockerlab.run("bundle", "load");

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("Name the bundle to load: dockerlab bundle load FILE.tar.\n");
        assertThat(home.resolve("state/dockerlab/loaded-course.json")).doesNotExist();
    }

    @Test
    void aMissingLessonFolderSaysEveryWayToNameOne() {
        Path nowhere = home.resolve("nowhere");

        CliRun.Result listed = dockerlab.env("DOCKERLAB_LESSONS", nowhere.toString()).run("list");

        assertThat(listed.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(listed.err()).isEqualTo("dockerlab: there is no lesson folder at " + nowhere + "; name one with"
                + " --lessons DIR or DOCKERLAB_LESSONS, or load a classroom bundle with dockerlab bundle load FILE.tar.\n");
    }

    private Run run(String... args) throws Exception {
        return run(Map.of(), args);
    }

    /** dockerlab in a process of its own, started in a folder with no lessons, stdout and stderr apart. */
    private Run run(Map<String, String> extra, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.dockerlab.cli.Main", "--no-color"));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(home, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", System.getenv("PATH"));
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
        env.put("DOCKERLAB_DIR", home.resolve("lab").toString());
        env.put("DOCKERLAB_TRUST", "1");
        if (System.getenv("DOCKER_HOST") != null) {
            env.put("DOCKER_HOST", System.getenv("DOCKER_HOST"));
        }
        extra.forEach((name, value) -> {
            if (value == null) {
                env.remove(name);
            } else {
                env.put(name, value);
            }
        });
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("dockerlab " + String.join(" ", args) + " ended").isTrue();
        return new Run(process.exitValue(), out, Files.readString(err));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private record Run(int status, String out, String err) {

        String all() {
            return out + err;
        }
    }
}
