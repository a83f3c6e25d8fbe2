package dev.dockerlab.lesson;

import dev.dockerlab.model.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LinterTest {

    private static final Path FIXTURES = Path.of("src/test/resources/lint");
    private static final Linter LINTER = new Linter(new Variables("/lab", "dockerlab/lab:1", "unused"));

    @Test
    void reportsEveryProblemOfABrokenLessonAtOnce() {
        Path file = FIXTURES.resolve("broken/03-broken-lesson.md");
        String at = file + ":";

        assertThat(LINTER.lint(List.of(file))).extracting(Problem::toString).containsExactly(
                at + "6: unknown key 'colour' in front matter; expected one of: title, summary, requires, resources",
                at + "10: unknown variable ${LABB}; known are ${LAB}, ${IMAGE}, ${LESSON} and ${TOKEN}",
                at + "15: unknown check verb 'runs' for container; expected one of: exists, is absent, is running, "
                        + "is stopped, exited with code, uses image, mounts volume, mounts anonymous volume, mounts bind, "
                        + "mounts tmpfs, has no mount, has volumes from, has file, has no file, file, diff shows, "
                        + "upper layer has, upper layer has whiteout, upper layer file, lower layers have, lower layers file, lower layers are listed in, serves, logs contain, is the one from the start, "
                        + "is not the one from the start, mounts the volume that, was restarted after its files changed, "
                        + "was restarted after file",
                at + "16: unclosed quote: the string starting at column 28 has no closing \"",
                at + "17: container 'db' is not declared in resources: containers",
                at + "18: volume 'cache' is not declared in resources: volumes",
                at + "19: unknown variable ${LESSONS}; known are ${LAB}, ${IMAGE}, ${LESSON} and ${TOKEN}",
                at + "26: duplicate step title 'Start a server' (first at line 12)",
                at + "32: unknown code block kind 'hints'; expected sh, console, bash, setup, solution, check, hint, "
                        + "hint when ASSERTION, alternative, mistake, cleanup, or a language such as text, yaml, json or dockerfile",
                at + "40: exercise 'Mount a volume' has no solution block",
                at + "44: container 'client' is not declared in resources: containers",
                at + "47: 'hint when' needs an assertion, like 'hint when container web is running'");
    }

    @Test
    void reportsLessonsOfOneFolderThatShareANumberOrAnId() {
        Path folder = FIXTURES.resolve("clashes");

        assertThat(LINTER.lint(List.of(folder))).extracting(Problem::toString).containsExactly(
                folder.resolve("01-beta.md") + ":1: lesson number 1 is also used by 01-alpha.md",
                folder.resolve("02-alpha.md") + ":1: lesson id 'alpha' is also used by 01-alpha.md");
    }

    @Test
    void sortsProblemsByFileThenLineAcrossPaths(@TempDir Path folder) throws IOException {
        Path second = Files.writeString(folder.resolve("02-b.md"), "No title\n\n## S\n\n```chek\n```\n");
        Path first = Files.writeString(folder.resolve("01-a.md"), "# A\n\n## S\n\n```sh\necho ${HOME}\n```\n\n${X}\n");

        assertThat(LINTER.lint(List.of(second, folder.resolve("missing"), first)))
                .extracting(problem -> problem.file().getFileName() + ":" + problem.line())
                .containsExactly("01-a.md:9", "02-b.md:1", "02-b.md:5", "missing:1");
    }

    @Test
    void aCleanLessonHasNoProblems(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("01-clean.md"), """
                ---
                resources: {containers: [web]}
                ---
                # Clean

                ## Run it

                ```check
                container web is running
                ```

                ```solution
                docker run -d --name web "$IMAGE" sleep 60
                ```
                """);

        assertThat(LINTER.lint(List.of(folder))).isEmpty();
    }

    @Test
    void warnsAboutACommandCheckOrHintConditionThatMayChangeStateUnlessItSaysWhy(@TempDir Path folder) throws IOException {
        Path lesson = Files.writeString(folder.resolve("01-writes.md"), """
                ---
                resources: {containers: [web]}
                ---
                # Writes

                ## Make it read-only

                ```check
                container web is running
                command "docker exec web touch /srv/www/probe" fails with "Read-only file system"
                not command "echo x > ${LAB}/marker" succeeds
                # may write: the rm runs only while web uses the volume, and then Docker refuses it
                command "docker ps -aq --filter volume=site | grep -q . && docker volume rm site" fails with "in use"
                command "docker exec web cat /srv/www/index.html 2>/dev/null" output contains "Hello"
                ```

                ```hint when command "docker run --rm --volumes-from web ${IMAGE} true" succeeds
                The server still exists.
                ```

                ```solution
                docker run -d --name web "$IMAGE" sleep 60
                ```
                """);
        String at = lesson + ":";

        Linter.Report report = LINTER.report(List.of(folder));

        assertThat(report.problems()).isEmpty();
        assertThat(report.warnings()).extracting(Problem::toString).containsExactly(
                at + "10: warning: this command check may change state ('touch'), and checks are judged every time the"
                        + " learner asks; read the state instead, or say why it must write on a '# may write: WHY' line right above it",
                at + "11: warning: this command check may change state ('> /lab/marker'), and checks are judged every time the"
                        + " learner asks; read the state instead, or say why it must write on a '# may write: WHY' line right above it",
                at + "17: warning: this 'hint when' command may change state ('docker run'), and it is judged on every /hint;"
                        + " read the state instead");
    }

    @Test
    void warnsAboutABindSourceDockerMakesAsRootThatTheHostThenWritesInto(@TempDir Path folder) throws IOException {
        Path lesson = Files.writeString(folder.resolve("01-binds.md"), """
                ---
                resources: {containers: [web, job], paths: [site, made, reports]}
                ---
                # Binds

                ```sh
                docker create --name web -v ${LAB}/site:/srv/www ${IMAGE} true
                mkdir -p ${LAB}/made/deeper
                docker run --rm --mount type=bind,source="$LAB/made",target=/out ${IMAGE} true
                docker run --rm -v "$LAB/reports":/out ${IMAGE} touch /out/report.txt
                ```

                ## Serve it

                ```setup
                mkdir -p "$LAB/site"
                echo hello > "$LAB/site/index.html"
                echo made > "$LAB/made/index.html"
                ```

                ```check
                container web exists
                ```

                ```solution
                docker create --name web -v "$LAB/site":/srv/www "$IMAGE" true
                ```
                """);

        Linter.Report report = LINTER.report(List.of(folder));

        assertThat(report.problems()).isEmpty();
        assertThat(report.warnings()).extracting(Problem::toString).containsExactly(lesson + ":7: warning: this line"
                + " bind-mounts ${LAB}/site, which no earlier line makes, and line 17 writes into it from the host:"
                + " Docker makes a missing bind source as root, so that write fails for a learner who is not root;"
                + " make the folder first (mkdir -p ${LAB}/site)");
    }

    @Test
    void theCourseHasNoCheckThatMayChangeStateWithoutSayingWhy() {
        Linter.Report report = LINTER.report(List.of(Path.of("lessons")));

        assertThat(report.problems()).isEmpty();
        assertThat(report.warnings()).isEmpty();
    }
}
