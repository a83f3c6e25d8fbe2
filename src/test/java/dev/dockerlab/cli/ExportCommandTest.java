package dev.dockerlab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** dockerlab export --html: the handouts as a user writes them, no daemon needed. */
class ExportCommandTest {

    private static final String COURSE = Path.of("lessons").toAbsolutePath().toString();

    @TempDir
    Path home;

    private CliRun dockerlab() {
        return new CliRun(home, () -> {
            throw new AssertionError("export must not need the daemon");
        });
    }

    private static List<Path> pages(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void writesTheIndexAPagePerLessonAndTheStylesheet() throws IOException {
        Path out = home.resolve("handouts");

        CliRun.Result run = dockerlab().run("--lessons", COURSE, "export", "--html", out.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("wrote 9 lesson pages, the index, the whole course on one page for printing and the stylesheet (12 files); open "
                + out.resolve("index.html") + "\n");
        assertThat(pages(out)).hasSize(11);
        assertThat(out.resolve("course.html")).content().contains("<h1>Named volumes</h1>", "<h1>Bind mounts</h1>");
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve("handout.css")).isRegularFile();
        assertThat(out.resolve("05-named-volumes.html")).content().contains("<h1>Named volumes</h1>");
    }

    @Test
    void pagesShowTheVariablesNeverThisMachinesPaths() throws IOException {
        Path out = home.resolve("handouts");
        CliRun run = dockerlab();

        assertThat(run.run("--lessons", COURSE, "--image", "registry.example/secret:9", "export", "--html", out.toString())
                .status()).isEqualTo(ExitCode.OK);

        for (Path page : pages(out)) {
            assertThat(page).content().as(page.getFileName().toString())
                    .doesNotContain(run.lab().toString())
                    .doesNotContain(home.toString())
                    .doesNotContain("registry.example/secret:9");
        }
        assertThat(out.resolve("03-bind-mounts.html")).content()
                .contains("container bind-web1 mounts bind ${LAB}/bind-site at /srv/www")
                .contains("${IMAGE}");
    }

    @Test
    void solutionsOnlyWithWithSolutions() throws IOException {
        Path plain = home.resolve("plain");
        Path solved = home.resolve("solved");

        assertThat(dockerlab().run("--lessons", COURSE, "export", "--html", plain.toString()).status()).isZero();
        CliRun.Result run = dockerlab().run("--lessons", COURSE, "export", "--html", solved.toString(), "--with-solutions");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("wrote 9 lesson pages with solutions,");
        String solution = "docker run -d --name anon-web -v /srv/www &quot;$IMAGE&quot; httpd -f -p 80 -h /srv/www";
        assertThat(plain.resolve("04-anonymous-volumes.html")).content()
                .doesNotContain("<summary>Solution</summary>").doesNotContain(solution);
        assertThat(solved.resolve("04-anonymous-volumes.html")).content()
                .contains("<details class=\"solution\">\n<summary>Solution</summary>").contains(solution);
    }

    @Test
    void theFolderIsRequired() {
        CliRun.Result run = dockerlab().run("export");

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("Missing required option: '--html=DIR'");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsOneSentence() throws IOException {
        Path file = Files.writeString(home.resolve("notes.txt"), "mine");

        CliRun.Result run = dockerlab().run("--lessons", COURSE, "export", "--html", file.toString());

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("dockerlab: " + file + " is a file; --html names the folder to write the "
                + "handouts into.\n");
        assertThat(file).content().isEqualTo("mine");
    }

    @Test
    void lessonsWithProblemsAreNotExported() {
        Path out = home.resolve("handouts");

        CliRun.Result run = dockerlab().run("--lessons", Path.of("src/test/resources/lint/broken").toAbsolutePath().toString(),
                "export", "--html", out.toString());

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("dockerlab: the lesson files have problems; fix them first");
        assertThat(out).doesNotExist();
    }

    @Test
    void anEmptyLessonFolderIsSaidSo() throws IOException {
        Path empty = Files.createDirectories(home.resolve("empty"));

        CliRun.Result run = dockerlab().run("--lessons", empty.toString(), "export", "--html", home.resolve("out").toString());

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("dockerlab: there are no lessons in " + empty + " to export.\n");
    }
}
