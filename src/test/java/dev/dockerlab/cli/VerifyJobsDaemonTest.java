package dev.dockerlab.cli;

import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * verify --jobs on the daemon. Lessons that must run at the same time show it
 * by meeting: each solution leaves a marker file and waits (bounded) for the
 * other's; proven one after the other, the first would give up and fail.
 */
@DaemonTest
class VerifyJobsDaemonTest {

    /** How long a solution waits for another lesson's marker: 600 times 0.1 s. */
    private static final String WAIT_FOR = "for i in $(seq 600); do [ -e \"%1$s\" ] && break; sleep 0.1; done; test -e \"%1$s\"";

    @TempDir
    Path home;

    private Path marks;
    private Path course;
    private CliRun dockerlab;

    @BeforeEach
    void setUp(TestDaemon daemon) throws IOException {
        daemon.labImage();
        marks = Files.createDirectories(home.resolve("marks"));
        course = Files.createDirectories(home.resolve("course"));
        dockerlab = new CliRun(home, daemon::connection);
    }

    @Test
    void twoLessonsRunAtOnceAndReportAsASerialRunWould() throws Exception {
        write("01-first.md", """
                ---
                title: The first
                resources:
                  paths: [first-met, first-waited]
                ---
                # The first

                ## Meet the second

                ```check
                command "test -f ${LAB}/first-met" succeeds
                ```

                ```solution
                touch "%1$s/first-here"
                %2$s
                touch "$LAB/first-met"
                ```

                ## Outlast the second

                ```check
                command "test -f ${LAB}/first-waited" succeeds
                ```

                ```solution
                %3$s
                touch "$LAB/first-waited"
                ```
                """.formatted(marks, waitFor("second-here"), waitFor("second-ended")));
        write("02-second.md", """
                ---
                title: The second
                resources:
                  paths: [second-met]
                ---
                # The second

                ## Meet the first

                ```check
                command "test -f ${LAB}/second-met" succeeds
                ```

                ```solution
                touch "%1$s/second-here"
                %2$s
                touch "$LAB/second-met"
                ```

                ```cleanup
                touch "%1$s/second-ended"
                ```
                """.formatted(marks, waitFor("first-here")));
        Path report = home.resolve("report.xml");

        CliRun.Result run = dockerlab.run("verify", "--jobs", "2", course.toString(), "--junit-xml", report.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.OK);
        String out = run.out();
        // the second ended before the first's last exercise did, yet prints after the whole first lesson
        assertThat(out).containsSubsequence("01 first", "PASS 1 Meet the second", "PASS 2 Outlast the second",
                "02 second", "PASS 1 Meet the first", "2 lessons, 3 exercises: 3 passed, 0 failed");
        assertThat(out.indexOf("02 second")).isGreaterThan(out.indexOf("PASS 2 Outlast the second"));
        JUnitXml xml = JUnitXml.read(report);
        assertThat(xml.elements("testsuite")).extracting(suite -> suite.getAttribute("name")).containsExactly("first", "second");
        assertThat(xml.names()).containsExactly("1 Meet the second", "2 Outlast the second", "1 Meet the first");
    }

    @Test
    void failFastLetsTheRunningLessonFinishAndStartsNoOther() throws Exception {
        write("01-fails.md", """
                ---
                title: Fails
                resources:
                  paths: [never]
                ---
                # Fails

                ## Fail while the next one runs

                ```check
                command "test -f ${LAB}/never" succeeds
                ```

                ```solution
                %1$s
                false
                ```
                """.formatted(waitFor("running-here")));
        // it waits for the failing lesson's hold on the daemon to go, so it ends after the failure is known
        write("02-running.md", """
                ---
                title: Running
                resources:
                  paths: [running-done]
                ---
                # Running

                ## Finish after the failure

                ```check
                command "test -f ${LAB}/running-done" succeeds
                ```

                ```solution
                touch "%1$s/running-here"
                for i in $(seq 600); do docker volume inspect dockerlab-run-fails >/dev/null 2>&1 || break; sleep 0.1; done
                ! docker volume inspect dockerlab-run-fails >/dev/null 2>&1
                touch "$LAB/running-done"
                ```
                """.formatted(marks));
        write("03-later.md", """
                ---
                title: Later
                resources:
                  paths: [later-done]
                ---
                # Later

                ## Never started

                ```check
                command "test -f ${LAB}/later-done" succeeds
                ```

                ```solution
                touch "$LAB/later-done"
                touch "%1$s/later-ran"
                ```
                """.formatted(marks));
        Path report = home.resolve("report.xml");

        CliRun.Result run = dockerlab.run("verify", "--jobs", "2", "--fail-fast", course.toString(),
                "--junit-xml", report.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.NOT_OK);
        assertThat(run.out()).containsSubsequence("01 fails", "FAIL 1 Fail while the next one runs",
                "02 running", "PASS 1 Finish after the failure", "3 lessons, 3 exercises: 1 passed, 1 failed, 1 not run")
                .doesNotContain("03 later");
        assertThat(marks.resolve("later-ran")).doesNotExist();
        JUnitXml xml = JUnitXml.read(report);
        assertThat(xml.names()).containsExactly("1 Fail while the next one runs", "1 Finish after the failure", "1 Never started");
        assertThat(JUnitXml.outcome(xml.testcase("1 Never started")).getAttribute("message"))
                .isEqualTo("not run: --fail-fast stopped at an earlier failure");
    }

    @Test
    void repeatedRunsGoSideBySideEachTime() throws Exception {
        for (String[] pair : new String[][] {{"01-ping.md", "ping", "pong"}, {"02-pong.md", "pong", "ping"}}) {
            String me = pair[1];
            write(pair[0], """
                    ---
                    title: %1$s
                    resources:
                      paths: [%1$s-met]
                    ---
                    # %1$s

                    ## Meet %2$s

                    ```check
                    command "test -f ${LAB}/%1$s-met" succeeds
                    ```

                    ```solution
                    touch "%3$s/%1$s-here-$TOKEN"
                    for i in $(seq 600); do ls "%3$s" | grep -q '^%2$s-here-' && [ "$(ls "%3$s" | grep -c '^%2$s-here-')" -ge "$(ls "%3$s" | grep -c '^%1$s-here-')" ] && break; sleep 0.1; done
                    [ "$(ls "%3$s" | grep -c '^%2$s-here-')" -ge "$(ls "%3$s" | grep -c '^%1$s-here-')" ]
                    touch "$LAB/%1$s-met"
                    ```
                    """.formatted(me, pair[2], marks));
        }

        CliRun.Result run = dockerlab.run("verify", "--jobs", "2", "--repeat", "2", course.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).containsSubsequence("Run 1 of 2", "01 ping", "02 pong", "Run 2 of 2", "01 ping", "02 pong",
                "2 lessons, 2 exercises, 2 runs each: 4 passed, 0 failed");
    }

    private String waitFor(String mark) {
        return WAIT_FOR.formatted(marks.resolve(mark));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(course.resolve(name), text);
    }
}
