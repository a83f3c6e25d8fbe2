package dev.dockerlab.docker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class OwnershipTest {

    @TempDir
    Path state;

    @Test
    void twoProcessesRecordingAtOnceKeepBothRecords() {
        Path file = state.resolve("owned.json");
        Ownership verify = Ownership.load(file);
        Ownership repl = Ownership.load(file);

        verify.record(ObjectKind.CONTAINER, "aaa");
        repl.record(ObjectKind.VOLUME, "site@2026");
        verify.forget(ObjectKind.CONTAINER, "aaa");

        Ownership later = Ownership.load(file);
        assertThat(later.owns(ObjectKind.VOLUME, "site@2026")).isTrue();
        assertThat(later.owns(ObjectKind.CONTAINER, "aaa")).isFalse();
    }

    @Test
    void anUnreadableLedgerIsSetAsideAndStartsEmpty() throws Exception {
        Path file = Files.writeString(state.resolve("owned.json"), "{ not json");

        Ownership ledger = Ownership.load(file);

        assertThat(ledger.owns(ObjectKind.CONTAINER, "x")).isFalse();
        try (var files = Files.list(state)) {
            assertThat(files.map(path -> path.getFileName().toString())).anyMatch(name -> name.startsWith("owned.json.corrupt-"));
        }
    }
}
