package dev.dockerlab.lesson;

import dev.dockerlab.model.Variables;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The alternative and mistake blocks of an exercise: how they read, and every way lint rejects one, by line. */
class AttemptBlocksTest {

    private static final Variables VARIABLES = new Variables("/lab", "dockerlab/lab:1", "blocks");
    private static final Path FILE = Path.of("01-blocks.md");

    private static String lesson(String blocks) {
        return """
                ---
                resources: {containers: [web]}
                ---
                # Blocks

                ## Run it

                ```check
                container web is running
                ```

                ```hint
                Start a container named web.
                ```

                ```solution
                docker run -d --name web ${IMAGE} sleep 1d
                ```

                """ + blocks;
    }

    private static LoadedLesson load(String text) {
        return new LessonLoader(VARIABLES).parse(FILE, text);
    }

    private static List<String> problems(String text) {
        return load(text).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void readsTitlesAttributesAndScriptsOfBothKinds() {
        LoadedLesson loaded = load(lesson("""
                ```alternative --mount instead of -v
                docker run -d --name web --mount type=volume,target=/data ${IMAGE} sleep 1d
                ```

                ```mistake forgets -d {hint="Start a container" fails="is running"}
                docker create --name web ${IMAGE} sleep 1d
                ```
                """));

        assertThat(loaded.problems()).isEmpty();
        List<Attempt> attempts = loaded.lesson().exercises().get(0).attempts();
        assertThat(attempts).containsExactly(
                new Attempt(Attempt.Kind.ALTERNATIVE, "--mount instead of -v", new Script(
                        "docker run -d --name web --mount type=volume,target=/data ${IMAGE} sleep 1d\n", 20),
                        Optional.empty(), Optional.empty()),
                new Attempt(Attempt.Kind.MISTAKE, "forgets -d", new Script("docker create --name web ${IMAGE} sleep 1d\n", 24),
                        Optional.of("is running"), Optional.of("Start a container")));
    }

    @Test
    void anUntitledBlockIsNamedByItsFirstCommandAsWrittenAndVariablesInATitleAreSubstituted() {
        LoadedLesson loaded = load(lesson("""
                ```mistake
                # a comment is not a command

                docker create --name web ${IMAGE} sleep 1d
                ```

                ```alternative runs ${IMAGE} {}
                docker run -d --name web ${IMAGE} sleep 2d
                ```
                """));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.lesson().exercises().get(0).attempts()).extracting(Attempt::title)
                .containsExactly("docker create --name web ${IMAGE} sleep 1d", "runs dockerlab/lab:1");
    }

    @Test
    void blocksAreHiddenFromTheLearner() {
        LoadedLesson loaded = load(lesson("""
                ```mistake secret mistake
                docker create --name web ${IMAGE} sleep 1d
                ```
                """));

        assertThat(loaded.lesson().steps().get(0).markdown()).doesNotContain("secret mistake", "docker create");
    }

    @Test
    void everyBadAttributeFormIsALintErrorAtTheBlocksLine() {
        String at = FILE + ":";
        assertThat(problems(lesson("""
                ```mistake m {hnt="x"}
                true
                ```

                ```alternative a {hint="x"}
                true
                ```

                ```mistake m {hint="x"
                true
                ```

                ```mistake m {hint="x}
                true
                ```

                ```mistake m {hint=x}
                true
                ```

                ```mistake m {fails="a" fails="b"}
                true
                ```

                ```mistake m {fails="a"} trailing
                true
                ```

                ```alternative nothing to run
                # only a comment
                ```

                ```mistake m {fails=" "}
                true
                ```

                ```mistake twice
                true
                ```

                ```mistake twice
                false
                ```
                """))).containsExactly(
                at + "20: unknown attribute 'hnt' of a mistake block; known are hint and fails",
                at + "24: unknown attribute 'hint': an alternative block takes no attributes",
                at + "28: the attributes of the mistake block are never closed: end them with }",
                at + "32: unclosed quote: the value of 'hint' in the mistake block has no closing \"",
                at + "36: attributes of the mistake block are written key=\"value\": expected one at column 2 of '{hint=x}'",
                at + "40: attribute 'fails' is given twice in the mistake block",
                at + "44: text after the attributes of the mistake block: 'trailing'; the braces {...} come last",
                at + "48: the alternative block has no command to run",
                at + "52: the value of 'fails' in the mistake block is empty, so any state would match it",
                at + "60: a second mistake named 'twice' in this exercise (the first is at line 56); give each its own title");
    }

    @Test
    void aBlockOutsideAnExerciseIsALintError() {
        assertThat(problems("""
                # Blocks

                ```mistake before any step
                true
                ```

                ## Reading only

                ```alternative in a step without checks
                true
                ```
                """)).containsExactly(
                FILE + ":3: 'mistake' block before the first step (##) belongs to no exercise",
                FILE + ":9: 'alternative' block in a step without a check block");
    }

    @Test
    void aBlockInAnExerciseWithoutASolutionIsALintError() {
        assertThat(problems("""
                ---
                resources: {containers: [web]}
                ---
                # Blocks

                ## Run it

                ```check
                container web is running
                ```

                ```alternative another way
                docker run -d --name web ${IMAGE} sleep 1d
                ```
                """)).containsExactly(
                FILE + ":6: exercise 'Run it' has no solution block",
                FILE + ":12: the alternative block is proven from where the solution starts, "
                        + "and exercise 'Run it' has no solution block");
    }

    @Test
    void aMistakeThatNamesAHintNeedsAnExerciseWithHints() {
        assertThat(problems("""
                ---
                resources: {containers: [web]}
                ---
                # Blocks

                ## Run it

                ```check
                container web is running
                ```

                ```solution
                docker run -d --name web ${IMAGE} sleep 1d
                ```

                ```mistake {hint="Start"}
                docker create --name web ${IMAGE} sleep 1d
                ```
                """)).containsExactly(
                FILE + ":16: the mistake names a hint, and exercise 'Run it' has no hint block");
    }

    @Test
    void aMisspeltKindIsStillUnknown() {
        assertThat(problems(lesson("""
                ```mistakes wrong word
                true
                ```
                """))).singleElement().asString().startsWith(FILE + ":20: unknown code block kind 'mistakes'");
    }
}
