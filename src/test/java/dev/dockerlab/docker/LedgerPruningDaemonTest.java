package dev.dockerlab.docker;

import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@DaemonTest
class LedgerPruningDaemonTest {

    @TempDir
    Path state;

    @Test
    void entriesWhoseObjectsThisDaemonNoLongerHasAreForgotten(TestDaemon daemon) {
        String volume = daemon.name("pruned");
        daemon.owns("volume", volume);
        String container = daemon.sh("docker create --label \"$TEST_LABEL\" \"$IMAGE\" true").strip();
        String removedVolume = daemon.sh("docker volume create --label \"$TEST_LABEL\" " + volume + " >/dev/null; "
                + "docker volume inspect -f '{{.Name}}@{{.CreatedAt}}' " + volume).strip();
        daemon.sh("docker volume rm " + volume);
        String here = DaemonIdentity.of(daemon.client());
        Ownership ledger = Ownership.load(state.resolve("owned.json"));
        ledger.record(ObjectKind.CONTAINER, container, here);
        ledger.record(ObjectKind.CONTAINER, "f".repeat(64), here);
        ledger.record(ObjectKind.VOLUME, removedVolume, here);
        ledger.record(ObjectKind.CONTAINER, "e".repeat(64), "another daemon");

        int forgotten = LedgerPruning.forgetGone(daemon.connection(), ledger);

        Ownership later = Ownership.load(state.resolve("owned.json"));
        assertThat(forgotten).isEqualTo(2);
        assertThat(later.owns(ObjectKind.CONTAINER, container)).isTrue();
        assertThat(later.owns(ObjectKind.CONTAINER, "f".repeat(64))).isFalse();
        assertThat(later.owns(ObjectKind.VOLUME, removedVolume)).isFalse();
        assertThat(later.owns(ObjectKind.CONTAINER, "e".repeat(64))).as("another daemon's entry").isTrue();
    }
}
