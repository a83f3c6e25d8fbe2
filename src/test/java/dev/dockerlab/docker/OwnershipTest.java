package dev.dockerlab.docker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OwnershipTest {

    private static final String DAEMON = "ABCD:EFGH /var/lib/docker";
    private static final Instant SINCE = Instant.parse("2026-11-30T10:00:00.400Z");
    private static final Map<ObjectKind, List<String>> DECLARED = Map.of(ObjectKind.CONTAINER, List.of("web", "bind"),
            ObjectKind.VOLUME, List.of("data"), ObjectKind.IMAGE, List.of());
    private static final RunIntent.Processes ALL_GONE = (pid, started) -> false;
    private static final RunIntent.Processes ALL_ALIVE = (pid, started) -> true;

    @TempDir
    Path state;

    private Path file() {
        return state.resolve("owned.json");
    }

    private static RunIntent intent(Set<String> before) {
        return new RunIntent("run-1", DAEMON, 4242, null, SINCE, SINCE.plus(Duration.ofSeconds(150)), false,
                Map.of(ObjectKind.CONTAINER, Set.of("web", "bind"), ObjectKind.VOLUME, Set.of("data")), before);
    }

    private static Ownership.Sighting container(String name, String id, String created) {
        return new Ownership.Sighting(ObjectKind.CONTAINER, name, id, Instant.parse(created));
    }

    private Set<String> claimAfterRestart(Ownership.Sighting... seen) {
        return Ownership.load(file()).claimInterrupted(DAEMON, List.of(seen), DECLARED,
                Instant.parse("2026-11-30T10:05:00Z"), ALL_GONE);
    }

    @Test
    void twoProcessesRecordingAtOnceKeepBothRecords() {
        Ownership verify = Ownership.load(file());
        Ownership repl = Ownership.load(file());

        verify.record(ObjectKind.CONTAINER, "aaa", DAEMON);
        repl.record(ObjectKind.VOLUME, "site@2026", DAEMON);
        verify.forget(ObjectKind.CONTAINER, "aaa");

        Ownership later = Ownership.load(file());
        assertThat(later.owns(ObjectKind.VOLUME, "site@2026")).isTrue();
        assertThat(later.owns(ObjectKind.CONTAINER, "aaa")).isFalse();
    }

    @Test
    void anUnreadableLedgerIsSetAsideAndStartsEmpty() throws Exception {
        Path file = Files.writeString(file(), "{ not json");

        Ownership ledger = Ownership.load(file);

        assertThat(ledger.owns(ObjectKind.CONTAINER, "x")).isFalse();
        try (var files = Files.list(state)) {
            assertThat(files.map(path -> path.getFileName().toString())).anyMatch(name -> name.startsWith("owned.json.corrupt-"));
        }
    }

    @Test
    void aLedgerOfTheOldFormatIsStillRead() throws Exception {
        Files.writeString(file(), "{\"containers\":[\"aaa\"],\"volumes\":[\"site@2026\"],\"images\":[]}");

        Ownership ledger = Ownership.load(file());

        assertThat(ledger.owns(ObjectKind.CONTAINER, "aaa")).isTrue();
        assertThat(ledger.owns(ObjectKind.VOLUME, "site@2026")).isTrue();
        assertThat(ledger.recordedOn(DAEMON)).as("no daemon can say an untagged entry is gone").isEmpty();
    }

    @Test
    void anIntentIsOnDiskTheMomentItIsOpened() {
        Ownership.load(file()).open(intent(Set.of()));

        assertThat(Ownership.load(file()).openRuns()).singleElement()
                .satisfies(run -> {
                    assertThat(run.since()).isEqualTo(SINCE);
                    assertThat(run.declared().get(ObjectKind.CONTAINER)).containsExactlyInAnyOrder("web", "bind");
                });
    }

    @Test
    void whatAKilledRunsScriptMadeIsClaimedAndTheIntentDropped() {
        Ownership.load(file()).open(intent(Set.of()));

        Set<String> claimed = claimAfterRestart(container("web", "c1", "2026-11-30T10:00:01.5Z"),
                container("bind", "c2", "2026-11-30T10:00:02Z"),
                new Ownership.Sighting(ObjectKind.VOLUME, "data", "data@2026-11-30T10:00:00Z", Instant.parse("2026-11-30T10:00:00Z")));

        assertThat(claimed).containsExactlyInAnyOrder("c1", "c2", "data@2026-11-30T10:00:00Z");
        Ownership later = Ownership.load(file());
        assertThat(later.owns(ObjectKind.CONTAINER, "c1")).isTrue();
        assertThat(later.owns(ObjectKind.VOLUME, "data@2026-11-30T10:00:00Z"))
                .as("a volume's creation is given in whole seconds: the second the intent was written counts").isTrue();
        assertThat(later.openRuns()).as("every name it declared was looked at").isEmpty();
    }

    @Test
    void anObjectThatExistedWhenTheIntentWasWrittenIsNeverClaimed() {
        Ownership.load(file()).open(intent(Set.of("learners")));

        Set<String> claimed = claimAfterRestart(container("web", "learners", "2026-11-30T10:00:00.100Z"));

        assertThat(claimed).isEmpty();
        assertThat(Ownership.load(file()).owns(ObjectKind.CONTAINER, "learners")).isFalse();
    }

    @Test
    void anObjectMadeBeforeOrAfterTheWindowIsNeverClaimed() {
        Ownership.load(file()).open(intent(Set.of()));

        Set<String> claimed = claimAfterRestart(container("web", "older", "2026-11-30T09:59:59.900Z"),
                container("bind", "later", "2026-11-30T10:02:31Z"));

        assertThat(claimed).isEmpty();
    }

    @Test
    void anUndeclaredNameOrAnotherDaemonIsNeverClaimed() {
        Ownership.load(file()).open(intent(Set.of()));

        Set<String> otherName = claimAfterRestart(container("db", "c3", "2026-11-30T10:00:01Z"));
        Ownership.load(file()).open(intent(Set.of()));
        Set<String> otherDaemon = Ownership.load(file()).claimInterrupted("WXYZ /srv/docker",
                List.of(container("web", "c4", "2026-11-30T10:00:01Z")), DECLARED, Instant.parse("2026-11-30T10:05:00Z"), ALL_GONE);

        assertThat(otherName).isEmpty();
        assertThat(otherDaemon).isEmpty();
    }

    @Test
    void aRunStillGoingIsLeftToRecordItsOwn() {
        Ownership.load(file()).open(intent(Set.of()));

        Set<String> claimed = Ownership.load(file()).claimInterrupted(DAEMON, List.of(container("web", "c1", "2026-11-30T10:00:01Z")),
                DECLARED, SINCE.plusSeconds(5), ALL_ALIVE);

        assertThat(claimed).isEmpty();
        assertThat(Ownership.load(file()).openRuns()).hasSize(1);
    }

    @Test
    void aRunThatEndedWithoutRecordingClaimsOnlyUpToItsEnd() {
        Ownership ledger = Ownership.load(file());
        RunIntent intent = intent(Set.of());
        ledger.open(intent);
        ledger.ended(intent, SINCE.plusSeconds(3));

        Set<String> claimed = Ownership.load(file()).claimInterrupted(DAEMON,
                List.of(container("web", "made", "2026-11-30T10:00:02Z"), container("bind", "afterwards", "2026-11-30T10:00:10Z")),
                DECLARED, SINCE.plusSeconds(20), ALL_ALIVE);

        assertThat(claimed).as("its process is alive (a REPL) but the script is over").containsExactly("made");
    }

    @Test
    void aClosedIntentClaimsNothing() {
        Ownership ledger = Ownership.load(file());
        RunIntent intent = intent(Set.of());
        ledger.open(intent);
        ledger.close(intent);

        assertThat(claimAfterRestart(container("web", "c1", "2026-11-30T10:00:01Z"))).isEmpty();
        assertThat(Ownership.load(file()).openRuns()).isEmpty();
    }

    @Test
    void anIntentOfAnotherLessonIsKeptUntilItsNamesAreLookedAt() {
        Ownership.load(file()).open(intent(Set.of()));

        Ownership.load(file()).claimInterrupted(DAEMON, List.of(), Map.of(ObjectKind.CONTAINER, List.of("web")),
                Instant.parse("2026-11-30T10:05:00Z"), ALL_GONE);

        assertThat(Ownership.load(file()).openRuns()).as("bind and data were not looked at").hasSize(1);
    }

    @Test
    void entriesOfThisDaemonThatAreGoneAreForgottenAndOthersKept() throws Exception {
        Files.writeString(file(), "{\"containers\":[\"legacy\"]}");
        Ownership ledger = Ownership.load(file());
        ledger.record(ObjectKind.CONTAINER, "gone", DAEMON);
        ledger.record(ObjectKind.CONTAINER, "here", DAEMON);
        ledger.record(ObjectKind.CONTAINER, "elsewhere", "WXYZ /srv/docker");

        assertThat(ledger.recordedOn(DAEMON)).containsOnlyKeys("gone", "here");
        ledger.forgetGone(List.of("gone"));

        Ownership later = Ownership.load(file());
        assertThat(later.owns(ObjectKind.CONTAINER, "gone")).isFalse();
        assertThat(later.owns(ObjectKind.CONTAINER, "here")).isTrue();
        assertThat(later.owns(ObjectKind.CONTAINER, "elsewhere")).isTrue();
        assertThat(later.owns(ObjectKind.CONTAINER, "legacy")).isTrue();
    }

    @Test
    void anIntentsProcessIsJudgedByPidAndStartSoAReusedPidDoesNotKeepItOpen() {
        ProcessHandle self = ProcessHandle.current();
        Instant started = self.info().startInstant().orElseThrow();

        assertThat(RunIntent.Processes.THIS_MACHINE.alive(self.pid(), started)).isTrue();
        assertThat(RunIntent.Processes.THIS_MACHINE.alive(self.pid(), started.minusSeconds(60))).isFalse();
    }
}
