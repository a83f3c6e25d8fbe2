package dev.dockerlab.check;

import com.github.dockerjava.api.command.InspectContainerResponse;
import dev.dockerlab.model.ContainerAssertion;
import dev.dockerlab.model.Verdict;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code was restarted after ... changed}: the container's last start
 * (State.StartedAt) against the newest change of its files (see
 * {@link ChangeTimes}), so a restart before the change does not count.
 */
final class RestartChecks {

    private final DockerState state;

    RestartChecks(DockerState state) {
        this.state = state;
    }

    Verdict restarted(ContainerAssertion.Restarted claim, InspectContainerResponse container) {
        String name = claim.name();
        Optional<Instant> started = instant(container.getState().getStartedAt());
        if (started.isEmpty()) {
            return Verdict.of(false, "container " + name + " was never started");
        }
        List<FileChange> changes = state.changeTimes(state.containerTree(name).orElseThrow(), claim.path());
        String start = "container " + name + " was last started at " + time(started.get());
        if (changes.isEmpty()) {
            return Verdict.of(false, start + (claim.path().isPresent()
                    ? " and has no file " + claim.path().get() + " to compare with"
                    : " and none of its files has changed since it was created"));
        }
        String about = claim.path().isPresent() ? "" : "its newest change, ";
        Optional<FileChange> after = newest(changes, started.get(), FileChange.Order.AFTER);
        if (after.isPresent()) {
            return Verdict.of(false, start + "; " + about + after.get().path() + " changed at " + time(after.get().changed())
                    + ", after that: restart it again");
        }
        Optional<FileChange> untold = newest(changes, started.get(), FileChange.Order.UNTOLD);
        if (untold.isPresent()) {
            return Verdict.unknown(start + "; " + untold.get().path() + " changed in that same second, and its time has"
                    + " whole seconds only: could not tell which came first");
        }
        FileChange newest = changes.stream().max(Comparator.comparing(FileChange::changed)).orElseThrow();
        return Verdict.of(true, start + "; " + about + newest.path() + " changed at " + time(newest.changed()) + ", before that");
    }

    private static Optional<FileChange> newest(List<FileChange> changes, Instant started, FileChange.Order order) {
        return changes.stream().filter(change -> change.against(started) == order).max(Comparator.comparing(FileChange::changed));
    }

    private static Optional<Instant> instant(String timestamp) {
        if (timestamp == null || timestamp.startsWith("0001-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(timestamp));
        } catch (DateTimeParseException unparsable) {
            return Optional.empty();
        }
    }

    /** "12:04:05.123" in UTC: the order of two times is what matters. */
    private static String time(Instant instant) {
        String text = instant.truncatedTo(ChronoUnit.MILLIS).toString();
        return text.substring(text.indexOf('T') + 1).replace("Z", " UTC");
    }
}
