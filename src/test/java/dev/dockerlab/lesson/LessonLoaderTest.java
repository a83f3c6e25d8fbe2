package dev.dockerlab.lesson;

import dev.dockerlab.model.CheckLine;
import dev.dockerlab.model.ContainerAssertion;
import dev.dockerlab.model.MountAccess;
import dev.dockerlab.model.MountSource;
import dev.dockerlab.model.Variables;
import dev.dockerlab.model.VolumeAssertion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LessonLoaderTest {

    private static final Variables VARIABLES = new Variables("/lab", "dockerlab/lab:1", "ignored");
    private static final LessonLoader LOADER = new LessonLoader(VARIABLES);

    private static final String LESSON = """
            ---
            summary: Keep data in ${LESSON}
            resources:
              containers: [web, client]
              volumes: [website]
            ---
            # Named `volumes`

            Files live in ${LAB}.

            ```cleanup
            docker rm -f web
            ```

            ## Look around

            Run this:

            ```sh
            docker volume ls
            ```

            ```console
            $ docker ps
            ```

            ```text
            plain ${IMAGE}
            ```

            ## Make a volume

            Mount `website` at `/data`.

            ```setup
            docker rm -f web || true
            ```

            ```bash
            docker run -d --name web -v website:/data ${IMAGE}
            ```

            ```check
            # F9
            container web mounts volume website at /data   # F10 in a trailing comment does not count
            # F11 F17: volumes outlive containers
            volume website is used by web
            ```

            ```hint
            Use `-v NAME:PATH`.
            ```

            ```hint when container web mounts anonymous volume at /data
            That volume has no name.
            ```

            ```solution
            docker run -d --name web -v website:/data "$IMAGE"
            ```

            ```cleanup
            docker volume rm website
            ```

            ## Share it

            ```check
            not container client exists
            ```

            ```solution
            true
            ```
            """;

    @Test
    void readsTheLessonOnce() {
        LoadedLesson loaded = LOADER.parse(Path.of("lessons/05-named-volumes.md"), LESSON);

        assertThat(loaded.problems()).isEmpty();
        Lesson lesson = loaded.lesson();
        assertThat(lesson.id()).isEqualTo("named-volumes");
        assertThat(lesson.number()).isEqualTo(5);
        assertThat(lesson.title()).isEqualTo("Named volumes");
        assertThat(lesson.summary()).isEqualTo("Keep data in named-volumes");
        assertThat(lesson.introduction()).isEqualTo("Files live in /lab.");
        assertThat(lesson.requires()).isEqualTo(Requirements.NONE);
        assertThat(lesson.steps()).extracting(Step::number, Step::title, Step::line, Step::isExercise)
                .containsExactly(
                        tuple(1, "Look around", 15, false),
                        tuple(2, "Make a volume", 31, true),
                        tuple(3, "Share it", 66, true));
        assertThat(lesson.cleanup()).containsExactly(
                new Script("docker rm -f web\n", 11), new Script("docker volume rm website\n", 62));
    }

    @Test
    void numbersExamplesPerStepAndKeepsTheirShellText() {
        Lesson lesson = LOADER.parse(Path.of("05-named-volumes.md"), LESSON).lesson();

        assertThat(lesson.steps().get(0).examples()).containsExactly(
                new Example(1, "docker volume ls\n", 19), new Example(2, "$ docker ps\n", 23));
        assertThat(lesson.steps().get(1).examples()).containsExactly(
                new Example(1, "docker run -d --name web -v website:/data ${IMAGE}\n", 39));
    }

    @Test
    void readsExercisesWithChecksHintsAndFacts() {
        List<Exercise> exercises = LOADER.parse(Path.of("05-named-volumes.md"), LESSON).lesson().exercises();

        assertThat(exercises).extracting(Exercise::number, Exercise::title)
                .containsExactly(tuple(1, "Make a volume"),
                        tuple(2, "Share it"));
        Exercise first = exercises.get(0);
        assertThat(first.line()).isEqualTo(31);
        assertThat(first.setup()).isEqualTo(new Script("docker rm -f web || true\n", 35));
        assertThat(first.solution()).isEqualTo(new Script("docker run -d --name web -v website:/data \"$IMAGE\"\n", 58));
        assertThat(first.checks()).containsExactly(
                new CheckLine(45, "container web mounts volume website at /data   # F10 in a trailing comment does not count",
                        new ContainerAssertion.Mount("web", new MountSource.Volume("website"), "/data", MountAccess.ANY)),
                new CheckLine(47, "volume website is used by web",
                        new VolumeAssertion.UsedBy("website", "web")));
        assertThat(first.facts()).containsExactlyInAnyOrder("F9", "F11", "F17");
        assertThat(first.hints()).containsExactly(
                new Hint("Use `-v NAME:PATH`.", null, 50),
                new Hint("That volume has no name.",
                        new ContainerAssertion.Mount("web", new MountSource.AnonymousVolume(), "/data", MountAccess.ANY), 54));
        assertThat(exercises.get(1).setup()).isNull();
    }

    @Test
    void stepMarkdownHidesSetupSolutionHintAndCleanupButShowsExamplesAndChecks() {
        Step step = LOADER.parse(Path.of("05-named-volumes.md"), LESSON).lesson().steps().get(1);

        assertThat(step.markdown()).isEqualTo("""
                Mount `website` at `/data`.

                ```bash
                docker run -d --name web -v website:/data dockerlab/lab:1
                ```

                ```check
                # F9
                container web mounts volume website at /data   # F10 in a trailing comment does not count
                # F11 F17: volumes outlive containers
                volume website is used by web
                ```""");
    }

    @Test
    void aStepThatOpensWithAnIndentedDiagramKeepsItAsCode() {
        String lesson = """
                # Diagrams

                ## The picture first

                    host  <--->  container

                Then the words.
                """;

        Step step = LOADER.parse(Path.of("01-diagrams.md"), lesson).lesson().steps().get(0);

        assertThat(step.markdown()).isEqualTo("    host  <--->  container\n\nThen the words.");
    }

    @Test
    void replacesVariablesInShownTextButNotInScripts() {
        Lesson lesson = LOADER.parse(Path.of("05-named-volumes.md"), LESSON).lesson();

        assertThat(lesson.steps().get(0).markdown()).contains("plain dockerlab/lab:1");
        assertThat(lesson.exercises().get(0).solution().body()).contains("\"$IMAGE\"");
    }

    @Test
    void titleComesFromTheFrontMatterFirst() {
        Lesson lesson = LOADER.parse(Path.of("01-a.md"), "---\ntitle: From YAML\n---\n# From heading\n\nIntro.\n").lesson();

        assertThat(lesson.title()).isEqualTo("From YAML");
        assertThat(lesson.introduction()).isEqualTo("Intro.");
    }

    @Test
    void aLessonWithoutTitleIsReportedAndNamedByItsId() {
        LoadedLesson loaded = LOADER.parse(Path.of("01-untitled.md"), "Just text.\n");

        assertThat(loaded.lesson().title()).isEqualTo("untitled");
        assertThat(loaded.problems()).extracting(Problem::toString).containsExactly(
                "01-untitled.md:1: lesson has no title: begin it with '# Title' or set 'title:' in the front matter");
    }

    @Test
    void aBadFileNameIsReportedButTheLessonStillLoads() {
        LoadedLesson loaded = LOADER.parse(Path.of("Named Volumes.md"), "# T\n");

        assertThat(loaded.lesson().id()).isEqualTo("Named Volumes");
        assertThat(loaded.problems()).extracting(Problem::message)
                .containsExactly("file name must be NN-slug.md, like 05-named-volumes.md");
    }

    @Test
    void frontMatterProblemsCarryTheirLines() {
        String source = """
                ---
                title: T
                tittle: typo
                requires:
                  storage-driver: overlay2
                  kernel: 6
                resources:
                  containers: {web: 1}
                  networks: [n]
                ---
                ## S
                """;
        assertThat(LOADER.parse(Path.of("01-a.md"), source).problems()).extracting(Problem::toString).containsExactly(
                "01-a.md:3: unknown key 'tittle' in front matter; expected one of: title, summary, requires, resources",
                "01-a.md:6: unknown key 'kernel' in requires; expected one of: storage-driver",
                "01-a.md:8: 'containers' must be a list, like [web1, web2]",
                "01-a.md:9: unknown key 'networks' in resources; expected one of: containers, volumes, images, paths");
    }

    @Test
    void badYamlIsReportedAndSkipsTheTitleAndDeclarationChecks() {
        String source = """
                ---
                title: T
                resources: [unclosed
                ---
                ## S

                ```check
                container web exists
                ```

                ```solution
                true
                ```
                """;
        assertThat(LOADER.parse(Path.of("01-a.md"), source).problems()).extracting(Problem::toString).containsExactly(
                "01-a.md:3: resources must be keys with values",
                "01-a.md:3: bad YAML in front matter: while parsing a flow sequence: "
                        + "expected ',' or ']', but got <stream end>");
    }

    @Test
    void anUnclosedFrontMatterIsReported() {
        assertThat(LOADER.parse(Path.of("01-a.md"), "---\ntitle: T\n# T\n").problems()).extracting(Problem::message)
                .contains("front matter opened here is never closed with '---'");
    }

    @Test
    void unknownVariablesAreReportedOutsideShellBlocksOnly() {
        String source = """
                # T ${NAME}

                ```sh
                echo ${HOME}
                ```

                ## S

                ```check
                host ${LAB}/${WHERE} exists
                ```

                ```hint when host ${HOST} exists
                ${ALSO}
                ```

                ```solution
                echo ${HOME}
                ```
                """;
        assertThat(LOADER.parse(Path.of("01-a.md"), source).problems()).extracting(Problem::toString).containsExactly(
                "01-a.md:1: unknown variable ${NAME}; known are ${LAB}, ${IMAGE}, ${LESSON} and ${TOKEN}",
                "01-a.md:10: unknown variable ${WHERE}; known are ${LAB}, ${IMAGE}, ${LESSON} and ${TOKEN}",
                "01-a.md:13: unknown variable ${HOST}; known are ${LAB}, ${IMAGE}, ${LESSON} and ${TOKEN}",
                "01-a.md:14: unknown variable ${ALSO}; known are ${LAB}, ${IMAGE}, ${LESSON} and ${TOKEN}");
    }

    @Test
    void reportsMisplacedMalformedAndDuplicateBlocks() {
        String source = """
                # T

                ```check
                host /x exists
                ```

                ## Reading

                ```hint
                Nothing to hint at.
                ```

                ## Exercise

                ```chek
                host /x exists
                ```

                ```hint later
                x
                ```

                ```hint when
                x
                ```

                ```hint when host /x smells
                x
                ```

                ```check
                # only comments
                ```

                ```solution
                true
                ```

                ```solution
                false
                ```

                ```yaml
                a: b
                ```

                ```sh
                never closed
                """;
        assertThat(LOADER.parse(Path.of("01-a.md"), source).problems()).extracting(Problem::toString).containsExactly(
                "01-a.md:3: 'check' block before the first step (##) belongs to no exercise",
                "01-a.md:9: 'hint' block in a step without a check block",
                "01-a.md:15: unknown code block kind 'chek'; expected sh, console, bash, setup, solution, check, hint, "
                        + "hint when ASSERTION, alternative, mistake, cleanup, or a language such as text, yaml, json or dockerfile",
                "01-a.md:19: unknown hint kind 'hint later'; use 'hint' or 'hint when ASSERTION'",
                "01-a.md:23: 'hint when' needs an assertion, like 'hint when container web is running'",
                "01-a.md:27: hint when: unknown check verb 'smells' for host; expected one of: exists, is absent, "
                        + "is a directory, is a file, contains",
                "01-a.md:31: check block has no assertions",
                "01-a.md:39: a second 'solution' block in this step; an exercise has one (the first is at line 35)",
                "01-a.md:47: code block is never closed, so the rest of the file is read as its code");
    }

    @Test
    void checksAndHintsMustNameDeclaredResources() {
        String source = """
                ---
                resources:
                  containers: [web]
                  volumes: [data]
                  images: [mine:1]
                ---
                # T

                ## S

                ```check
                container web has volumes from server
                container web mounts volume other at /x
                volume data is used by client
                image mine:1 exists
                image ${IMAGE} exists
                image theirs:2 exists
                not container ghost exists
                container web uses image busybox
                ```

                ```hint when volume cache exists
                x
                ```

                ```solution
                true
                ```
                """;
        assertThat(LOADER.parse(Path.of("01-a.md"), source).problems()).extracting(Problem::toString).containsExactly(
                "01-a.md:12: container 'server' is not declared in resources: containers",
                "01-a.md:13: volume 'other' is not declared in resources: volumes",
                "01-a.md:14: container 'client' is not declared in resources: containers",
                "01-a.md:17: image 'theirs:2' is not declared in resources: images",
                "01-a.md:18: container 'ghost' is not declared in resources: containers",
                "01-a.md:22: volume 'cache' is not declared in resources: volumes");
    }

    @Test
    void hintWhenKeepsItsEscapesAsWritten() {
        String source = """
                ---
                resources: {containers: [web]}
                ---
                # T

                ## S

                ```check
                container web exists
                ```

                ```hint when container web logs contain "say \\"hi\\""
                x
                ```

                ```solution
                true
                ```
                """;
        LoadedLesson loaded = LOADER.parse(Path.of("01-a.md"), source);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.lesson().exercises().get(0).hints().get(0).when())
                .isEqualTo(new ContainerAssertion.Logs("web", "say \"hi\""));
    }

    @Test
    void anUnreadableFileIsAProblemNotAnException(@TempDir Path folder) {
        LoadedLesson loaded = LOADER.load(folder.resolve("01-missing.md"));

        assertThat(loaded.lesson()).isNull();
        assertThat(loaded.problems()).extracting(Problem::message).containsExactly("cannot read the lesson: no such file");
    }

    @Test
    void loadsFromDiskIgnoringAByteOrderMark(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("02-bom.md"), "\uFEFF---\ntitle: With BOM\n---\n");

        assertThat(LOADER.load(file).lesson().title()).isEqualTo("With BOM");
    }
}
