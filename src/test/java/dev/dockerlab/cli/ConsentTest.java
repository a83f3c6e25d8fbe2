package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.Settings;
import dev.dockerlab.failure.BadInput;
import dev.dockerlab.trust.CourseDigest;
import dev.dockerlab.trust.TrustStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** At a terminal an untrusted course is shown and asked about once. */
class ConsentTest {

    @TempDir
    Path home;

    @TempDir
    Path course;

    private AppContext context;
    private Settings settings;
    private final StringWriter shown = new StringWriter();
    private final List<String> questions = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        Files.writeString(course.resolve("01-asked.md"), """
                ---
                title: Asked
                ---

                # Asked

                ## One

                ```check
                command "true" succeeds
                ```

                ```setup
                touch "$LAB/x"
                ```

                ```solution
                true
                ```
                """);
        context = new AppContext(Map.of("XDG_STATE_HOME", home.toString()), home, () -> {
            throw new AssertionError("no daemon is needed to ask");
        });
        settings = new Settings("img", home.resolve("lab"), Optional.empty(), course, false);
    }

    @Test
    void yesTrustsTheCourseByItsDigestAndDoesNotAskAgain() {
        consent("y").requireFolder(course);

        assertThat(shown.toString()).contains("is not trusted yet", "asked: 2 scripts, 1 check command",
                "dockerlab trust show --lessons " + course);
        assertThat(new TrustStore(home.resolve("dockerlab")).trusts(CourseDigest.of(course))).isTrue();
        consent("n").requireFolder(course);
        assertThat(questions).hasSize(1);
    }

    @Test
    void anythingButYesRefusesAndTrustsNothing() {
        assertThatThrownBy(() -> consent("").requireFolder(course)).isInstanceOf(BadInput.class)
                .hasMessage("not trusted, so nothing of the course in " + course + " was run.");
        assertThat(home.resolve("dockerlab/trusted.json")).doesNotExist();
    }

    private Consent consent(String answer) {
        return new Consent(context, settings, false, null, new PrintWriter(shown), new Consent.Asker() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public String ask(String question) {
                questions.add(question);
                return answer;
            }
        });
    }
}
