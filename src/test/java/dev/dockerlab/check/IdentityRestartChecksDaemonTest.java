package dev.dockerlab.check;

import dev.dockerlab.lesson.CheckParser;
import dev.dockerlab.lesson.CheckSyntaxException;
import dev.dockerlab.model.StartState;
import dev.dockerlab.model.Variables;
import dev.dockerlab.model.Verdict;
import dev.dockerlab.shell.Shell;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that compare with the start of an exercise, and the restart order, on real state. */
@DaemonTest
class IdentityRestartChecksDaemonTest {

    @TempDir
    Path lab;

    private Map<String, String> names(TestDaemon daemon) {
        return Map.of("WEB", daemon.name("web"), "KEEP", daemon.name("keep"), "ANON", daemon.name("anon"),
                "RESCUE", daemon.name("rescue"), "IMPOSTOR", daemon.name("impostor"), "VOL", daemon.name("vol"),
                "KEPTVOL", daemon.name("keptvol"), "NEWC", daemon.name("newc"));
    }

    private Evaluation evaluation(TestDaemon daemon, boolean hostMayRead, StartState start) {
        Shell shell = new Shell(new Variables(lab.toString(), daemon.labImage(), "test"));
        return new Evaluation(daemon.connection(), shell, daemon.labImage(), hostMayRead, List.of(), start);
    }

    private static String sub(String line, Map<String, String> n) {
        String result = line;
        for (Map.Entry<String, String> name : n.entrySet()) {
            result = result.replace(name.getKey(), name.getValue());
        }
        return result;
    }

    @ParameterizedTest(name = "host may read: {0}")
    @ValueSource(booleans = {true, false})
    void replacedContainersAndVolumesAreToldFromTheOnesOfTheStart(boolean hostMayRead, TestDaemon daemon) {
        Map<String, String> n = names(daemon);
        String image = " --label \"$TEST_LABEL\" \"$IMAGE\" ";
        daemon.sh(sub("docker create --name WEB" + image + "true >/dev/null"
                + " && docker create --name KEEP" + image + "true >/dev/null"
                + " && docker create --name ANON -v /data" + image + "true >/dev/null"
                + " && docker volume create --label \"$TEST_LABEL\" VOL >/dev/null"
                + " && docker volume create --label \"$TEST_LABEL\" KEPTVOL >/dev/null", n));
        String anonymous = daemon.sh(sub("docker inspect -f '{{range .Mounts}}{{.Name}}{{end}}' ANON", n)).strip();
        daemon.owns("volume", anonymous);
        StartState start;
        try (Evaluation atStart = evaluation(daemon, hostMayRead, StartState.UNRECORDED)) {
            start = atStart.record();
        }
        // Replace WEB, remake VOL in the same second if it can, rescue ANON's volume into RESCUE, and an impostor with a new one.
        daemon.sh(sub("docker rm -f WEB >/dev/null && docker create --name WEB" + image + "true >/dev/null"
                + " && docker volume rm VOL >/dev/null && docker volume create --label \"$TEST_LABEL\" VOL >/dev/null"
                + " && docker rm ANON >/dev/null"
                + " && docker create --name RESCUE -v " + anonymous + ":/rescued" + image + "true >/dev/null"
                + " && docker create --name IMPOSTOR -v /data" + image + "true >/dev/null"
                + " && docker create --name NEWC" + image + "true >/dev/null", n));
        daemon.owns("volume", daemon.sh(sub("docker inspect -f '{{range .Mounts}}{{.Name}}{{end}}' IMPOSTOR", n)).strip());
        try (Evaluation evaluation = evaluation(daemon, hostMayRead, start)) {
            new Checklist(n)
                    .passes("container WEB is not the one from the start").fails("container WEB is the one from the start")
                    .passes("container KEEP is the one from the start").fails("container KEEP is not the one from the start")
                    .passes("container NEWC is not the one from the start").fails("container NEWC is the one from the start")
                    .fails("container ANON is the one from the start").fails("container ANON is not the one from the start")
                    .passes("container RESCUE mounts the volume that ANON had at /data")
                    .fails("container IMPOSTOR mounts the volume that ANON had at /data")
                    .fails("container RESCUE mounts the volume that ANON had at /elsewhere")
                    .passes("volume KEPTVOL is the one from the start").fails("volume KEPTVOL is not the one from the start")
                    .verify(evaluation);
            new Checklist(n).passes("volume VOL is not the one from the start").fails("volume VOL is the one from the start")
                    .verify(evaluation);
            assertThat(evaluation.evaluate(parse(sub("container IMPOSTOR mounts the volume that ANON had at /data", n))).observed())
                    .contains("had anonymous volume " + anonymous.substring(0, 12) + " at /data")
                    .contains("mounts anonymous volume");
        }
    }

    /**
     * The API's CreatedAt has whole seconds; the change time of the volume's
     * folder tells a remake in the same second, read by a helper when this
     * host may not read the daemon's folders (a user in the docker group).
     */
    @ParameterizedTest(name = "host may read: {0}")
    @ValueSource(booleans = {true, false})
    void aVolumeRemadeInTheSameSecondIsANewOne(boolean hostMayRead, TestDaemon daemon) {
        Map<String, String> n = names(daemon);
        String create = "docker volume create --label \"$TEST_LABEL\" VOL >/dev/null";
        String createdAt = "docker volume inspect -f '{{.CreatedAt}}' VOL";
        for (int attempt = 1; attempt <= 20; attempt++) {
            daemon.sh(sub("docker volume rm -f VOL >/dev/null && " + create, n));
            StartState start;
            try (Evaluation atStart = evaluation(daemon, hostMayRead, StartState.UNRECORDED)) {
                start = atStart.record();
            }
            String[] times = daemon.sh(sub(createdAt + " && docker volume rm VOL >/dev/null && " + create + " && " + createdAt, n))
                    .strip().split("\n");
            if (times[0].equals(times[1])) {
                try (Evaluation evaluation = evaluation(daemon, hostMayRead, start)) {
                    new Checklist(n).passes("volume VOL is not the one from the start").fails("volume VOL is the one from the start")
                            .verify(evaluation);
                }
                return;
            }
        }
        throw new AssertionError("no remake of the volume in 20 came in the same second as the first");
    }

    @Test
    void withoutARecordedStartIdentityChecksCannotLookAndNotDoesNotPass(TestDaemon daemon) {
        Map<String, String> n = names(daemon);
        daemon.sh(sub("docker create --name WEB --label \"$TEST_LABEL\" \"$IMAGE\" true >/dev/null", n));
        try (Evaluation evaluation = evaluation(daemon, true, StartState.UNRECORDED)) {
            Verdict same = evaluation.evaluate(parse(sub("container WEB is the one from the start", n)));
            Verdict negated = evaluation.evaluate(parse(sub("not container WEB is the one from the start", n)));

            assertThat(same.status()).isEqualTo(Verdict.Status.UNKNOWN);
            assertThat(negated.status()).isEqualTo(Verdict.Status.UNKNOWN);
            assertThat(same.observed()).isEqualTo("the start of this exercise was not recorded, so nothing can be compared with it");
        }
    }

    @ParameterizedTest(name = "host may read: {0}")
    @ValueSource(booleans = {true, false})
    void aRestartCountsOnlyAfterTheChange(boolean hostMayRead, TestDaemon daemon) {
        Map<String, String> n = names(daemon);
        String server = " --label \"$TEST_LABEL\" \"$IMAGE\" httpd -f -p 80 -h /srv/www >/dev/null";
        // KEEP: changed, then restarted (right). WEB: restarted, then changed a second later (the order the audit found).
        daemon.sh(sub("docker run -d --name KEEP" + server + " && docker run -d --name WEB" + server
                + " && docker exec KEEP sh -c 'echo changed > /srv/www/index.html' && docker restart -t 0 KEEP >/dev/null"
                + " && docker restart -t 0 WEB >/dev/null && sleep 1.1"
                + " && docker exec WEB sh -c 'echo changed > /srv/www/index.html'"
                + " && docker create --name NEWC" + server, n));
        try (Evaluation evaluation = evaluation(daemon, hostMayRead, StartState.UNRECORDED)) {
            new Checklist(n)
                    .passes("container KEEP was restarted after its files changed")
                    .passes("container KEEP was restarted after file /srv/www/index.html changed")
                    .fails("container WEB was restarted after its files changed")
                    .fails("container WEB was restarted after file /srv/www/index.html changed")
                    .fails("container NEWC was restarted after its files changed")
                    .verify(evaluation);
            assertThat(evaluation.evaluate(parse(sub("container WEB was restarted after its files changed", n))).observed())
                    .contains("/srv/www/index.html changed at").endsWith("after that: restart it again");
        }
    }

    /**
     * A change right after the restart, in the same second: the archive API's
     * whole seconds cannot order them, stat in the running container can; a
     * stopped container has only the archive, and then the check says it cannot tell.
     */
    @ParameterizedTest(name = "host may read: {0}")
    @ValueSource(booleans = {true, false})
    void aChangeInTheSecondOfTheRestartIsAfterIt(boolean hostMayRead, TestDaemon daemon) {
        Map<String, String> n = names(daemon);
        daemon.sh(sub("docker run -d --name WEB --label \"$TEST_LABEL\" \"$IMAGE\" httpd -f -p 80 -h /srv/www >/dev/null", n));
        for (int attempt = 1; attempt <= 20; attempt++) {
            String seconds = daemon.sh(sub("docker restart -t 0 WEB >/dev/null"
                    + " && docker exec WEB sh -c 'echo changed > /srv/www/index.html; stat -c %Y /srv/www/index.html'"
                    + " && docker inspect -f '{{.State.StartedAt}}' WEB", n));
            String[] lines = seconds.strip().split("\n");
            if (java.time.Instant.parse(lines[1]).getEpochSecond() != Long.parseLong(lines[0])) {
                continue;
            }
            try (Evaluation evaluation = evaluation(daemon, hostMayRead, StartState.UNRECORDED)) {
                new Checklist(n)
                        .fails("container WEB was restarted after its files changed")
                        .fails("container WEB was restarted after file /srv/www/index.html changed")
                        .verify(evaluation);
            }
            daemon.sh(sub("docker stop -t 0 WEB >/dev/null", n));
            try (Evaluation evaluation = evaluation(daemon, false, StartState.UNRECORDED)) {
                for (String line : List.of("container WEB was restarted after its files changed",
                        "not container WEB was restarted after its files changed",
                        "container WEB was restarted after file /srv/www/index.html changed")) {
                    Verdict verdict = evaluation.evaluate(parse(sub(line, n)));
                    assertThat(verdict.status()).as(line).isEqualTo(Verdict.Status.UNKNOWN);
                    assertThat(verdict.observed()).as(line).endsWith("could not tell which came first");
                }
            }
            return;
        }
        throw new AssertionError("no change in 20 came in the same second as the restart");
    }

    @Test
    void aTmpfsIsReadThroughTheRunningContainer(TestDaemon daemon) {
        Map<String, String> n = names(daemon);
        daemon.sh(sub("docker run -d --name WEB --tmpfs /cache --mount type=tmpfs,destination=/scratch"
                + " --label \"$TEST_LABEL\" \"$IMAGE\" sleep 600 >/dev/null"
                + " && docker exec WEB sh -c 'echo secret note > /cache/note.txt; mkdir /scratch/dir'", n));
        try (Evaluation evaluation = evaluation(daemon, true, StartState.UNRECORDED)) {
            new Checklist(n)
                    .passes("container WEB has file /cache/note.txt").fails("container WEB has no file /cache/note.txt")
                    .passes("container WEB file /cache/note.txt contains \"secret note\"")
                    .fails("container WEB file /cache/note.txt contains \"other\"")
                    .passes("container WEB has no file /cache/gone.txt").fails("container WEB has file /cache/gone.txt")
                    .passes("container WEB has file /scratch/dir")
                    .verify(evaluation);
            assertThat(evaluation.evaluate(parse(sub("container WEB has file /cache/gone.txt", n))).observed())
                    .isEqualTo("container " + n.get("WEB") + " holds no file /cache/gone.txt; beside it: note.txt");
        }
        daemon.sh(sub("docker stop -t 0 WEB >/dev/null", n));
        try (Evaluation evaluation = evaluation(daemon, true, StartState.UNRECORDED)) {
            new Checklist(n).fails("container WEB has file /cache/note.txt").passes("container WEB has no file /cache/note.txt")
                    .verify(evaluation);
            assertThat(evaluation.evaluate(parse(sub("container WEB has file /cache/note.txt", n))).observed())
                    .isEqualTo("container " + n.get("WEB") + " is not running, and /cache/note.txt is on its tmpfs at /cache,"
                            + " which holds nothing while the container is stopped");
        }
    }

    private static dev.dockerlab.model.Assertion parse(String line) {
        try {
            return CheckParser.parse(line);
        } catch (CheckSyntaxException wrong) {
            throw new AssertionError(line + ": " + wrong.getMessage());
        }
    }
}
