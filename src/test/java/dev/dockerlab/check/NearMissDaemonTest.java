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

/** A check on a name that is missing names the one the learner probably meant, and only a near one. */
@DaemonTest
class NearMissDaemonTest {

    @TempDir
    Path lab;

    @Test
    void aMissingNameSaysWhichNearNameExists(TestDaemon daemon) {
        String id = daemon.name("x").substring("dlt-x-".length());
        Map<String, String> n = Map.of("COW_WEB", "dlt-cow_web-" + id, "COW-WEB", "dlt-cow-web-" + id,
                "UNDERSCORED_SITE", "dlt-web_site-" + id, "DASHED_SITE", "dlt-web-site-" + id,
                "UNDERSCORED_IMAGE", "dlt-lab_img-" + id + ":v1", "DASHED_IMAGE", "dlt-lab-img-" + id + ":v1", "FAR", "dlt-far-away-" + id,
                "LAB_REPOSITORY", "dlt-lab_img-" + id);
        daemon.owns("image", n.get("UNDERSCORED_IMAGE"));
        daemon.sh("docker create --name " + n.get("COW_WEB") + " --label \"$TEST_LABEL\" \"$IMAGE\" true >/dev/null"
                + " && docker volume create --label \"$TEST_LABEL\" " + n.get("UNDERSCORED_SITE") + " >/dev/null"
                + " && docker tag \"$IMAGE\" " + n.get("UNDERSCORED_IMAGE"));

        try (Evaluation evaluation = new Evaluation(daemon.connection(),
                new Shell(new Variables(lab.toString(), daemon.labImage(), "test")), daemon.labImage(), false, List.of())) {
            Checklist checks = new Checklist(n);
            assertThat(checks.evaluate(evaluation, "container COW-WEB is running").observed()).isEqualTo(
                    "there is no container named " + n.get("COW-WEB") + "; did you mean " + n.get("COW_WEB") + "?");
            assertThat(checks.evaluate(evaluation, "container COW-WEB has file /etc/hostname").observed())
                    .isEqualTo(checks.evaluate(evaluation, "container COW-WEB is running").observed());
            assertThat(checks.evaluate(evaluation, "volume DASHED_SITE file index.html contains \"Hello\"").observed()).isEqualTo(
                    "there is no volume named " + n.get("DASHED_SITE") + "; did you mean " + n.get("UNDERSCORED_SITE") + "?");
            assertThat(checks.evaluate(evaluation, "image DASHED_IMAGE exists").observed()).isEqualTo(
                    "there is no image " + n.get("DASHED_IMAGE") + "; did you mean " + n.get("UNDERSCORED_IMAGE") + "?");

            assertThat(checks.evaluate(evaluation, "image LAB_REPOSITORY exists").observed()).isEqualTo(
                    "there is no image " + n.get("LAB_REPOSITORY") + "; did you mean " + n.get("UNDERSCORED_IMAGE") + "?");

            assertThat(checks.evaluate(evaluation, "container FAR is running").observed())
                    .isEqualTo("there is no container named " + n.get("FAR"));
            assertThat(checks.evaluate(evaluation, "volume FAR exists").observed())
                    .isEqualTo("there is no volume named " + n.get("FAR"));
            assertThat(checks.evaluate(evaluation, "image FAR exists").observed())
                    .isEqualTo("there is no image " + n.get("FAR"));
        }
    }
}
