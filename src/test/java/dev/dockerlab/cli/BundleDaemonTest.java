package dev.dockerlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.dockerlab.AppContext;
import dev.dockerlab.Settings;
import dev.dockerlab.failure.DockerUnavailable;
import dev.dockerlab.repl.ReplLauncher;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import dev.dockerlab.testing.TestEnvironment;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classroom round trip on the real daemon: bundle the real course with a
 * lab image of this test's own name, remove that image, then load the bundle
 * and open the course from it.
 */
@DaemonTest
class BundleDaemonTest {

    private static final Path LESSONS = Path.of("lessons").toAbsolutePath();
    private static final List<String> LESSON_IDS = List.of("copy-on-write", "overlay-directories", "bind-mounts",
            "anonymous-volumes", "named-volumes", "managing-volumes", "sharing-data", "volumes-from", "backup-and-restore");

    @TempDir
    Path home;

    private TestDaemon daemon;
    private CliRun dockerlab;
    private String image;
    private Path course;

    @BeforeEach
    void setUp(TestDaemon daemon) {
        this.daemon = daemon;
        image = daemon.name("bundle") + ":1";
        daemon.owns("image", image);
        daemon.sh("docker tag \"$IMAGE\" " + image);
        dockerlab = new CliRun(home, daemon::connection);
        course = home.resolve("course.tar");
    }

    @Test
    void aBundleHoldsTheManifestTheLessonsAndTheSavedImage() throws IOException {
        Instant before = Instant.now();
        CliRun.Result made = makeBundle();

        assertThat(made.status()).as(made.all()).isEqualTo(ExitCode.OK);
        assertThat(made.out()).startsWith("Wrote " + course + " (")
                .contains("): 9 lessons and the lab image " + image + ".\n",
                        "On a classroom machine, with no network: dockerlab bundle load course.tar, then dockerlab\n");
        Map<String, byte[]> entries = entries(Files.newInputStream(course));
        assertThat(entries.keySet()).containsExactly(Stream.of(
                Stream.of("dockerlab-bundle.json"),
                LESSON_IDS.stream().map(id -> "lessons/%02d-%s.md".formatted(LESSON_IDS.indexOf(id) + 1, id)),
                Stream.of("image.tar")).flatMap(names -> names).toArray(String[]::new));
        assertThat(entries.get("lessons/03-bind-mounts.md")).isEqualTo(Files.readAllBytes(LESSONS.resolve("03-bind-mounts.md")));

        JsonNode manifest = new ObjectMapper().readTree(entries.get("dockerlab-bundle.json"));
        assertThat(manifest.path("format").asText()).isEqualTo("dockerlab-bundle/1");
        assertThat(manifest.path("dockerlabVersion").asText()).isNotBlank();
        assertThat(manifest.path("image").asText()).isEqualTo(image);
        assertThat(manifest.path("imageId").asText()).isEqualTo(imageId().orElseThrow());
        assertThat(new ObjectMapper().convertValue(manifest.path("lessons"), String[].class)).containsExactlyElementsOf(LESSON_IDS);
        assertThat(Instant.parse(manifest.path("created").asText())).isBetween(before, Instant.now());

        Map<String, byte[]> saved = entries(new ByteArrayInputStream(entries.get("image.tar")));
        assertThat(new String(saved.get("manifest.json"), StandardCharsets.UTF_8)).contains("\"" + image + "\"");
    }

    @Test
    void onAMachineWithoutTheImageLoadBringsItBackAndTheBundleOpensTheCourse() throws IOException {
        makeBundle();
        String id = imageId().orElseThrow();
        daemon.sh("docker rmi " + image);
        assertThat(imageId()).isEmpty();

        CliRun.Result loaded = dockerlab.run("bundle", "load", course.toString());

        Path unpacked = home.resolve("state/dockerlab/bundles/course");
        assertThat(loaded.status()).as(loaded.all()).isEqualTo(ExitCode.OK);
        assertThat(loaded.out()).isEqualTo("Loading the lab image " + image + " from course.tar ...\n"
                + "Loaded the lab image " + image + " from course.tar; its 9 lessons are in " + unpacked + ".\n"
                + "dockerlab now uses this course (dockerlab bundle forget to stop); open it with: dockerlab\n");
        assertThat(imageId()).contains(id);
        assertThat(fileNames(unpacked)).containsExactlyElementsOf(
                LESSON_IDS.stream().map(lesson -> "%02d-%s.md".formatted(LESSON_IDS.indexOf(lesson) + 1, lesson)).toList());

        CliRun.Result listed = dockerlab.env("DOCKERLAB_LESSONS", home.resolve("no-lessons-here").toString())
                .run("--bundle", course.toString(), "list");

        assertThat(listed.status()).as(listed.all()).isEqualTo(ExitCode.OK);
        assertThat(listed.err()).isEmpty();
        assertThat(listed.out().lines().map(line -> line.substring(0, 4) + line.substring(4).split(" ")[0]).toList())
                .containsExactly("01  copy-on-write", "02  overlay-directories", "03  bind-mounts", "04  anonymous-volumes",
                        "05  named-volumes", "06  managing-volumes", "07  sharing-data", "08  volumes-from",
                        "09  backup-and-restore");
    }

    @Test
    void theBundleOptionLoadsTheImageOnceAndLoadingAgainIsANoOp() throws IOException {
        makeBundle();
        String id = imageId().orElseThrow();
        daemon.sh("docker rmi " + image);

        // list needs no daemon, so --bundle gives it the lessons and leaves the image for later
        CliRun.Result listed = new CliRun(home, () -> {
            throw new DockerUnavailable("No Docker daemon answers at unix:///nowhere/docker.sock.");
        }).run("--bundle", course.toString(), "list");
        assertThat(listed.status()).as(listed.all()).isEqualTo(ExitCode.OK);
        assertThat(listed.err()).isEmpty();
        assertThat(listed.out().lines()).hasSize(9);
        assertThat(imageId()).isEmpty();

        Instant firstSince = Instant.now();
        CliRun.Result first = dockerlab.run("--bundle", course.toString(), "doctor");
        Instant firstUntil = Instant.now();

        assertThat(first.out()).as(first.all()).contains("Loading the lab image " + image + " from course.tar ...\n")
                .containsPattern("ok +lab image +" + Pattern.quote(image));
        assertThat(imageId()).contains(id);
        assertThat(loadEvents(firstSince, firstUntil)).contains(id);
        Path bundles = home.resolve("state/dockerlab/bundles");
        List<String> lessonsBefore = fileNames(bundles.resolve("course"));

        Instant since = Instant.now();
        CliRun.Result again = dockerlab.run("bundle", "load", course.toString());
        Instant until = Instant.now();

        assertThat(again.status()).as(again.all()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).startsWith("The lab image " + image + " is already present (not loaded again);");
        assertThat(loadEvents(since, until)).doesNotContain(id);
        assertThat(fileNames(bundles.resolve("course"))).isEqualTo(lessonsBefore);
        assertThat(fileNames(bundles)).containsExactly("course");
    }

    @Test
    void hiddenFilesStayOutAndLongNamesSurviveTheRoundTrip() throws IOException {
        Path lessons = Files.createDirectories(home.resolve("my-course/pictures")).getParent();
        Files.copy(CliRun.fixture("passing").resolve("01-passing.md"), lessons.resolve("01-passing.md"));
        String longName = "pictures/" + "a-rather-long-picture-name-".repeat(6) + ".txt";
        Files.writeString(lessons.resolve(longName), "a picture\n");
        Files.writeString(Files.createDirectories(lessons.resolve(".git")).resolve("config"), "[core]\n");
        Files.writeString(lessons.resolve(".01-passing.md.swp"), "an editor's swap file");

        CliRun.Result made = dockerlab.run("--image", image, "--lessons", lessons.toString(), "bundle", course.toString());
        CliRun.Result loaded = dockerlab.run("bundle", "load", course.toString());

        assertThat(made.status()).as(made.all()).isEqualTo(ExitCode.OK);
        assertThat(made.out()).contains("): 1 lesson and the lab image " + image + ".");
        assertThat(entries(Files.newInputStream(course)).keySet()).containsExactly("dockerlab-bundle.json",
                "lessons/01-passing.md", "lessons/" + longName, "image.tar");
        assertThat(loaded.status()).as(loaded.all()).isEqualTo(ExitCode.OK);
        assertThat(loaded.out()).contains("its 1 lesson and 1 other file are in ");
        Path unpacked = home.resolve("state/dockerlab/bundles/course");
        assertThat(unpacked.resolve(longName)).hasContent("a picture");
        assertThat(fileNames(unpacked)).containsExactly("01-passing.md", "pictures");
    }

    @Test
    void aBundleWhoseImageWouldAlsoTagAnotherImageIsRefusedBeforeTheDaemonSeesIt() throws IOException {
        makeBundle();
        String victim = daemon.name("victim") + ":1";
        daemon.owns("image", victim);
        daemon.sh("docker tag \"$IMAGE\" " + victim);
        Path saved = home.resolve("two-tags.tar");
        daemon.sh("docker save -o " + saved + " " + image + " " + victim);
        Map<String, byte[]> entries = entries(Files.newInputStream(course));
        entries.put("image.tar", Files.readAllBytes(saved));
        Path crafted = home.resolve("crafted.tar");
        try (var tar = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(Files.newOutputStream(crafted))) {
            tar.setLongFileMode(org.apache.commons.compress.archivers.tar.TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                TarArchiveEntry header = new TarArchiveEntry(entry.getKey());
                header.setSize(entry.getValue().length);
                tar.putArchiveEntry(header);
                tar.write(entry.getValue());
                tar.closeArchiveEntry();
            }
        }
        daemon.sh("docker rmi " + image + " " + victim + " >/dev/null");

        CliRun.Result refused = dockerlab.run("bundle", "load", crafted.toString());

        assertThat(refused.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains("is refused: its image would also be tagged " + victim);
        assertThat(daemon.trySh("docker image inspect " + victim).status()).as("the other tag was never applied").isNotZero();
        assertThat(daemon.trySh("docker image inspect " + image).status()).as("nothing was loaded").isNotZero();

        // --bundle refuses it before even its lessons are used, also for a command that needs no daemon
        CliRun.Result listed = dockerlab.run("--bundle", crafted.toString(), "list");
        assertThat(listed.status()).as(listed.all()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(listed.err()).contains("is refused: its image would also be tagged " + victim);
        assertThat(home.resolve("state/dockerlab/bundles/crafted")).doesNotExist();

        // and when the REPL comes to load its image, the refusal is a sentence, not a crash
        StringWriter screen = new StringWriter();
        Settings settings = new Settings(image, home.resolve("lab"), Optional.empty(), LESSONS, false,
                Optional.of(crafted));
        AppContext context = new AppContext(TestEnvironment.process(Map.of("XDG_STATE_HOME", home.resolve("state").toString())), home,
                daemon::connection);
        // a docker command makes the REPL ask for the lab, and so for the bundle's image
        String typed = "docker ps -q --filter name=nothing-at-all\n/exit\n";
        ReplLauncher.scripted(context, settings, Optional.of("copy-on-write"), new StringReader(typed),
                new PrintWriter(screen));
        assertThat(screen.toString()).contains("is refused: its image would also be tagged " + victim)
                .doesNotContain("internal error");
        assertThat(daemon.trySh("docker image inspect " + victim).status()).as("the other tag was never applied").isNotZero();
    }

    private CliRun.Result makeBundle() {
        return dockerlab.run("--image", image, "--lessons", LESSONS.toString(), "bundle", course.toString());
    }

    private Optional<String> imageId() {
        try {
            return Optional.of(daemon.client().inspectImageCmd(image).exec().getId());
        } catch (NotFoundException absent) {
            return Optional.empty();
        }
    }

    /** The IDs of the images the daemon loaded in this time window, one a line. */
    private String loadEvents(Instant since, Instant until) {
        return daemon.sh("docker events --filter type=image --filter event=load --format '{{.ID}}'"
                + " --since " + timestamp(since) + " --until " + timestamp(until));
    }

    private static String timestamp(Instant instant) {
        return "%d.%09d".formatted(instant.getEpochSecond(), instant.getNano());
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    /** Every entry of a tar stream and its content, in archive order. */
    private static Map<String, byte[]> entries(InputStream in) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                entries.put(entry.getName(), tar.readAllBytes());
            }
        }
        return entries;
    }
}
