package dev.dockerlab.lesson;

import dev.dockerlab.model.Variables;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The check, alternative and mistake examples of the project's own docs read, so the docs cannot rot. */
class DocsExamplesTest {

    private static final Pattern CHECK_BLOCK = Pattern.compile("(?m)^```check\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern ATTEMPT_BLOCK = Pattern.compile("(?m)^```(alternative|mistake)\\b.*?^```$", Pattern.DOTALL);
    private static final Variables VARIABLES = new Variables("/home/learner/dockerlab", "dockerlab/busybox:1", "demo");

    @Test
    void everyCheckBlockInTheAuthorsGuideAndReadmeParses() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path doc : List.of(Path.of("docs/lesson-authoring.md"), Path.of("README.md"))) {
            Matcher block = CHECK_BLOCK.matcher(Files.readString(doc));
            while (block.find()) {
                block.group(1).lines().filter(CheckParser::isAssertionLine).forEach(lines::add);
            }
        }
        List<String> failures = new ArrayList<>();
        for (String line : lines) {
            try {
                CheckParser.parse(line, VARIABLES);
            } catch (CheckSyntaxException wrong) {
                failures.add(line + " -> " + wrong.getMessage());
            }
        }

        assertThat(lines).hasSizeGreaterThan(8);
        assertThat(failures).isEmpty();
    }

    @Test
    void everyAlternativeAndMistakeBlockInTheAuthorsGuideReads() throws IOException {
        Matcher block = ATTEMPT_BLOCK.matcher(Files.readString(Path.of("docs/lesson-authoring.md")));
        List<String> blocks = new ArrayList<>();
        while (block.find()) {
            blocks.add(block.group());
        }
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
        for (String attempt : blocks) {
            LoadedLesson loaded = new LessonLoader(VARIABLES).parse(Path.of("01-guide.md"), """
                    ---
                    resources: {containers: [web, rescue], volumes: [website]}
                    ---
                    # Guide

                    ## An exercise

                    ```check
                    container web is running
                    ```

                    ```hint
                    A hint.
                    ```

                    ```solution
                    docker run -d --name web ${IMAGE} httpd -f
                    ```

                    """ + attempt);

            assertThat(loaded.problems()).as(attempt).isEmpty();
            assertThat(loaded.lesson().exercises().get(0).attempts()).as(attempt).hasSize(1);
        }
    }
}
