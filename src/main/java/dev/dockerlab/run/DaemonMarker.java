package dev.dockerlab.run;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.exception.NotFoundException;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The daemon's side of "this lesson is being verified": a small volume,
 * {@code dockerlab-run-LESSON}, labelled with who made it. Two state folders
 * (two users, two machines, two CI jobs) share a daemon but not their lock
 * files; the marker lets them see each other. Creating a volume whose name is
 * taken leaves the first one's labels, so whoever finds its own token on it
 * has it. A marker of a dead process of this host is removed; one of another
 * host, which cannot be asked, counts as stale after {@link #OTHER_HOST_STALE}.
 */
final class DaemonMarker {

    static final Duration OTHER_HOST_STALE = Duration.ofHours(6);
    private static final String PREFIX = "dev.dockerlab.run.";

    private final DockerClient client;
    private final RunHolder me;
    private final String token = UUID.randomUUID().toString();

    DaemonMarker(DockerClient client, RunHolder me) {
        this.client = client;
        this.me = me;
    }

    static String volumeName(String lessonId) {
        return "dockerlab-run-" + lessonId;
    }

    /** Puts this run's marker on the lesson. @return the other run that has it, if one does */
    Optional<RunHolder> claim(String lessonId) {
        for (int attempt = 0; attempt < 3; attempt++) {
            client.createVolumeCmd().withName(volumeName(lessonId)).withLabels(labels()).exec();
            Optional<InspectVolumeResponse> marker = inspect(lessonId);
            if (marker.isEmpty()) {
                continue;
            }
            Map<String, String> labels = Optional.ofNullable(marker.get().getLabels()).orElse(Map.of());
            if (token.equals(labels.get(PREFIX + "token"))) {
                return Optional.empty();
            }
            RunHolder other = holderOf(labels);
            if (!stale(other)) {
                return Optional.of(other);
            }
            removeQuietly(lessonId);
        }
        return Optional.empty();
    }

    /** The run whose marker is on the lesson, if it may still run. */
    Optional<RunHolder> holder(String lessonId) {
        return inspect(lessonId).map(marker -> holderOf(Optional.ofNullable(marker.getLabels()).orElse(Map.of())))
                .filter(other -> !stale(other));
    }

    /** Takes this run's marker off the lesson (never another's). */
    void release(String lessonId) {
        inspect(lessonId).filter(marker -> marker.getLabels() != null && token.equals(marker.getLabels().get(PREFIX + "token")))
                .ifPresent(mine -> removeQuietly(lessonId));
    }

    private Optional<InspectVolumeResponse> inspect(String lessonId) {
        try {
            return Optional.of(client.inspectVolumeCmd(volumeName(lessonId)).exec());
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    private void removeQuietly(String lessonId) {
        try {
            client.removeVolumeCmd(volumeName(lessonId)).exec();
        } catch (NotFoundException alreadyGone) {
            // another run removed the stale marker first
        }
    }

    private static boolean stale(RunHolder other) {
        if (!other.mayRun()) {
            return true;
        }
        return !other.host().equals(RunHolder.thisHost()) && other.sinceInstant()
                .map(since -> since.plus(OTHER_HOST_STALE).isBefore(Instant.now())).orElse(true);
    }

    private Map<String, String> labels() {
        return Map.of(PREFIX + "kind", me.kind(), PREFIX + "pid", String.valueOf(me.pid()), PREFIX + "host", me.host(),
                PREFIX + "since", me.since(), PREFIX + "lessons", String.join(",", me.lessons()), PREFIX + "token", token);
    }

    private static RunHolder holderOf(Map<String, String> labels) {
        long pid;
        try {
            pid = Long.parseLong(labels.getOrDefault(PREFIX + "pid", "0"));
        } catch (NumberFormatException notAPid) {
            pid = 0;
        }
        String lessons = labels.getOrDefault(PREFIX + "lessons", "");
        List<String> named = lessons.isEmpty() ? List.of() : Arrays.asList(lessons.split(","));
        return new RunHolder(labels.getOrDefault(PREFIX + "kind", "another run"), pid, labels.getOrDefault(PREFIX + "host", "?"),
                labels.getOrDefault(PREFIX + "since", "?"), named);
    }
}
