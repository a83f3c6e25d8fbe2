package dev.dockerlab.check;

import dev.dockerlab.model.Variables;
import dev.dockerlab.shell.Shell;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Host paths, tar archives made by a container, command checks and typed checks. */
@DaemonTest
class HostArchiveCommandChecksDaemonTest {

    @TempDir
    Path lab;

    @Test
    void hostArchiveCommandAndTyped(TestDaemon daemon) {
        String data = daemon.name("data");
        String vol = daemon.name("vol");
        Map<String, String> n = Map.of("LAB", lab.toString(), "DATA", data, "VOL", vol, "IMAGE", daemon.labImage());
        daemon.sh("mkdir -p " + lab + "/html && echo Hello > " + lab + "/html/index.html"
                + " && docker volume create --label \"$TEST_LABEL\" " + vol + " >/dev/null"
                + " && docker run -d --name " + data + " --label \"$TEST_LABEL\" -v " + vol + ":/data/html \"$IMAGE\" sleep 300 >/dev/null"
                + " && docker exec " + data + " sh -c 'echo Hello > /data/html/index.html'"
                + " && docker run --rm --label \"$TEST_LABEL\" --volumes-from " + data + " -v " + lab + ":/backup \"$IMAGE\""
                + " tar cf /backup/backup.tar /data/html 2>/dev/null");
        List<String> typed = List.of("docker volume create site", "docker run --volumes-from data-server busybox ls");
        Shell shell = new Shell(new Variables(lab.toString(), daemon.labImage(), "test"));
        try (Evaluation evaluation = new Evaluation(daemon.connection(), shell, daemon.labImage(), true, typed)) {
            new Checklist(n)
                    .passes("host LAB/html exists").fails("host LAB/nothing exists")
                    .passes("host LAB/html is a directory").fails("host LAB/html/index.html is a directory")
                    .passes("host LAB/html/index.html is a file").fails("host LAB/html is a file")
                    .passes("host LAB/html/index.html contains \"Hello\"").fails("host LAB/html/index.html contains \"Bye\"")
                    .passes("host LAB/old.txt is absent").fails("host LAB/html is absent")
                    .passes("archive LAB/backup.tar has entry data/html/index.html")
                    .passes("archive LAB/backup.tar has entry /data/html/index.html")
                    .fails("archive LAB/backup.tar has entry html/index.html")
                    .fails("archive LAB/missing.tar has entry data/html/index.html")
                    .passes("archive LAB/backup.tar entry data/html/index.html contains \"Hello\"")
                    .fails("archive LAB/backup.tar entry data/html/index.html contains \"Bye\"")
                    .passes("typed \"--volumes-from\"").passes("typed \"docker volume create\"").fails("typed \"docker volume rm\"")
                    .passes("command \"docker run --rm --volumes-from DATA IMAGE true\" succeeds")
                    .fails("command \"docker run --rm --volumes-from DATA-missing IMAGE true\" succeeds")
                    .passes("command \"docker run --rm --volumes-from DATA-missing IMAGE true\" fails")
                    .fails("command \"docker run --rm --volumes-from DATA IMAGE true\" fails")
                    .passes("command \"docker volume rm VOL\" fails with \"in use\"")
                    .fails("command \"docker volume rm VOL\" fails with \"no such volume\"")
                    .passes("command \"docker exec DATA cat /data/html/index.html\" output contains \"Hello\"")
                    .fails("command \"docker exec DATA cat /data/html/index.html\" output contains \"Bye\"")
                    .passes("command \"test $LESSON = test && test -f html/index.html\" succeeds")
                    .verify(evaluation);
            assertThat(new Checklist(n).evaluate(evaluation, "archive LAB/backup.tar has entry html/index.html").observed())
                    .isEqualTo("archive backup.tar has no entry html/index.html; its entries: data/html, data/html/index.html");
        }
        assertThat(daemon.sh("docker volume ls -q")).contains(vol);
    }
}
