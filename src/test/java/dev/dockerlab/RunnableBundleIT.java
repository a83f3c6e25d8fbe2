package dev.dockerlab;

import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bundle --with-jar, with the packaged jar: a classroom machine needs the
 * one file and Java. {@code java -jar course.tar} runs the course in it,
 * loads it, and makes another runnable bundle from itself; tar still reads
 * the file as the bundle it is.
 */
@DaemonTest
class RunnableBundleIT {

    @TempDir
    Path scratch;

    private Path classroom;
    private String image;

    @BeforeEach
    void setUp(TestDaemon daemon) throws Exception {
        image = daemon.name("runnable") + ":1";
        daemon.owns("image", image);
        daemon.sh("docker tag \"$IMAGE\" " + image);
        classroom = Files.createDirectories(scratch.resolve("classroom"));
    }

    @Test
    void javaDashJarOnTheBundleRunsItsCourse() throws Exception {
        Path course = scratch.resolve("course.tar");
        String made = run(List.of("-jar", ShadedJarIT.JAR.toAbsolutePath().toString()), "--image", image, "--lessons",
                Path.of("src/test/resources/lessons/passing").toAbsolutePath().toString(), "bundle", "--with-jar",
                course.toString());
        assertThat(made).startsWith("0\n").contains(" and the lab image " + image + ", with the dockerlab jar.",
                "java -jar course.tar bundle load course.tar, then java -jar course.tar");

        assertThat(command("tar", "tf", course.toString())).isEqualTo("0\ndockerlab-bundle.json\nlessons/01-passing.md\nimage.tar\n");
        assertThat(bundle(course, "--version")).startsWith("0\ndockerlab ");
        // started from the bundle, dockerlab uses its course as --bundle would
        assertThat(bundle(course, "list")).startsWith("0\n01  passing");

        assertThat(bundle(course, "bundle", "load")).startsWith("0\n")
                .endsWith("dockerlab now uses this course (dockerlab bundle forget to stop); open it with: java -jar "
                        + course + "\n");
        assertThat(run(List.of("-jar", ShadedJarIT.JAR.toAbsolutePath().toString()), "list"))
                .as("the plain jar, after load").contains("using the course loaded from " + course, "01  passing");

        Path again = scratch.resolve("again.tar");
        assertThat(bundle(course, "bundle", "--with-jar", again.toString())).startsWith("0\n");
        assertThat(bundle(again, "list")).startsWith("0\n01  passing");
    }

    private String bundle(Path bundle, String... args) throws Exception {
        return run(List.of("-jar", bundle.toString()), args);
    }

    /** "EXIT\nOUTPUT" of java JAVA_ARGS ARGS in the classroom folder, with state kept in the scratch folder. */
    private String run(List<String> javaArgs, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(javaArgs);
        command.add("--no-color");
        command.addAll(List.of(args));
        return command(command.toArray(String[]::new));
    }

    private String command(String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(classroom.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("HOME", scratch.toString());
        builder.environment().put("XDG_STATE_HOME", scratch.resolve("state").toString());
        builder.environment().put("DOCKERLAB_DIR", scratch.resolve("lab").toString());
        builder.environment().put("DOCKERLAB_TRUST", "1");
        builder.environment().remove("DOCKERLAB_LESSONS");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return process.exitValue() + "\n" + output;
    }
}
