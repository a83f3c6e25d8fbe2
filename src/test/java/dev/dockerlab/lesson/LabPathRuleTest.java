package dev.dockerlab.lesson;

import dev.dockerlab.model.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lint refuses a host, archive or layer list check, in a check block or a hint condition, whose path is not under ${LAB}. */
class LabPathRuleTest {

    private static final Linter LINTER = new Linter(new Variables("/home/learner/dockerlab", "dockerlab/lab:1", "unused"));

    @Test
    void hostAndArchivePathsOutsideTheLabAreProblemsAtTheirLines(@TempDir Path folder) throws IOException {
        Path lesson = Files.writeString(folder.resolve("01-reads.md"), """
                ---
                resources: {paths: [site]}
                ---
                # Reads

                ## Look around

                ```check
                host ${LAB}/site/index.html contains "Hello"
                host /etc/shadow contains "x"
                not host ${LAB}/../.ssh/id_rsa exists
                archive /tmp/backup.tar has entry etc/passwd
                archive ${LAB}/backup.tar entry a contains "b"
                host relative/path exists
                ```

                ```hint when host /etc/passwd exists
                A hint.
                ```

                ```solution
                mkdir -p "$LAB/site"
                ```
                """);

        String rule = " checks read only files under the lab folder: write the path as ${LAB}/..., without '..' (";
        assertThat(LINTER.lint(List.of(lesson))).extracting(Problem::toString).containsExactly(
                lesson + ":10: host" + rule + "/etc/shadow is outside it)",
                lesson + ":11: host" + rule + "/home/learner/dockerlab/../.ssh/id_rsa is outside it)",
                lesson + ":12: archive" + rule + "/tmp/backup.tar is outside it)",
                lesson + ":14: host" + rule + "relative/path is outside it)",
                lesson + ":17: host" + rule + "/etc/passwd is outside it)");
    }

    @Test
    void aLayerListOutsideTheLabIsAProblem(@TempDir Path folder) throws IOException {
        Path lesson = Files.writeString(folder.resolve("01-layers.md"), """
                ---
                resources: {containers: [web], paths: [lower.txt]}
                ---
                # Layers

                ## List them

                ```check
                container web lower layers are listed in ${LAB}/lower.txt
                container web lower layers are listed in /etc/shadow
                ```

                ```solution
                true
                ```
                """);

        assertThat(LINTER.lint(List.of(lesson))).extracting(Problem::toString).containsExactly(lesson
                + ":10: layer list checks read only files under the lab folder: write the path as ${LAB}/..., without"
                + " '..' (/etc/shadow is outside it)");
    }

    @Test
    void theShippedLessonsKeepTheirChecksInsideTheLab() {
        assertThat(LINTER.lint(List.of(Path.of("lessons")))).isEmpty();
    }
}
