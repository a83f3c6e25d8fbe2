package dev.dockerlab.run;

import dev.dockerlab.docker.DockerConnection;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Gives a verify run a lesson to itself on its daemon, so that no other run
 * removes its objects mid-check or shows it theirs: the lesson's lock in the
 * state folder ({@link LessonLocks}) and a marker on the daemon
 * ({@link DaemonMarker}) for runs from other state folders. Another verify of
 * the lesson is waited for, up to a bound; a REPL with the lesson open, which
 * may stay for hours, is not. What cannot be had is said in one sentence
 * naming the other run, and the lesson is not run: never a wrong verdict.
 */
public final class LessonGuard {

    private static final Duration POLL = Duration.ofMillis(500);

    private final LessonLocks locks;
    private final DaemonMarker marker;
    private final Duration wait;

    private LessonGuard(LessonLocks locks, DaemonMarker marker, Duration wait) {
        this.locks = locks;
        this.marker = marker;
        this.wait = wait;
    }

    /** The guard of a verify run of these lessons, which waits up to {@code wait} for another verify to end. */
    public static LessonGuard forVerify(Path stateDir, DockerConnection docker, List<String> lessons, Duration wait) {
        RunHolder me = RunHolder.thisProcess(RunHolder.VERIFY, lessons);
        return new LessonGuard(new LessonLocks(LessonLocks.folder(stateDir, docker.endpoint()), me),
                new DaemonMarker(docker.client(), me), wait);
    }

    /**
     * Takes the lesson, waiting while another verify has it; the entry says why
     * not when it could not. Lessons of one run may be entered from several
     * threads at once ({@code verify --jobs}): each waits on its own lesson,
     * and says so to its own {@code notices}.
     */
    public Entry enter(String lessonId, Consumer<String> notices) {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean toldWaiting = false;
        while (true) {
            Attempt attempt;
            try {
                attempt = attempt(lessonId);
            } catch (IOException cannotLock) {
                return Entry.refused("Not run: the lesson's lock in the state folder cannot be taken (" + cannotLock.getMessage() + ").");
            }
            if (attempt.entry().isPresent()) {
                return attempt.entry().get();
            }
            Optional<RunHolder> other = attempt.other();
            if (other.isPresent() && !other.get().kind().equals(RunHolder.VERIFY)) {
                return Entry.refused("Not run: " + other.get().describe() + " has this lesson open on the same daemon,"
                        + " and verify would remove what is made there; leave the lesson there, then run verify again.");
            }
            String who = other.map(RunHolder::describe).orElse("another dockerlab run");
            if (System.nanoTime() >= deadline) {
                return Entry.refused("Not run: " + who + " is verifying this lesson on the same daemon and did not end within "
                        + wait.toSeconds() + " s; run verify again when it has ended, or give --wait SECONDS to wait longer.");
            }
            if (!toldWaiting) {
                notices.accept("waiting for " + who + " to finish this lesson on the same daemon (up to " + wait.toSeconds() + " s)...");
                toldWaiting = true;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return Entry.refused("Not run: interrupted while waiting for " + who + ".");
            }
        }
    }

    private Attempt attempt(String lessonId) throws IOException {
        Optional<LessonLocks.Hold> hold = locks.tryHold(lessonId, true);
        if (hold.isEmpty()) {
            List<RunHolder> holders = locks.holders(lessonId);
            return new Attempt(Optional.empty(), holders.stream().filter(holder -> holder.kind().equals(RunHolder.VERIFY))
                    .findFirst().or(() -> holders.stream().findFirst()));
        }
        Optional<RunHolder> elsewhere;
        try {
            elsewhere = marker.claim(lessonId);
        } catch (RuntimeException daemonSaysNo) {
            // The marker only adds runs from other state folders; the daemon's trouble shows in the run itself.
            elsewhere = Optional.empty();
        }
        if (elsewhere.isPresent()) {
            hold.get().close();
            return new Attempt(Optional.empty(), elsewhere);
        }
        return new Attempt(Optional.of(new Entry(Optional.empty(), () -> {
            try {
                marker.release(lessonId);
            } catch (RuntimeException daemonGone) {
                // a marker left behind is taken for stale once this process has ended
            } finally {
                hold.get().close();
            }
        })), Optional.empty());
    }

    private record Attempt(Optional<Entry> entry, Optional<RunHolder> other) {
    }

    /** The lesson held until closed, or the sentence saying why it could not be had. */
    public static final class Entry implements AutoCloseable {

        private final Optional<String> refusal;
        private final Runnable release;

        private Entry(Optional<String> refusal, Runnable release) {
            this.refusal = refusal;
            this.release = release;
        }

        static Entry refused(String sentence) {
            return new Entry(Optional.of(sentence), () -> { });
        }

        public Optional<String> refusal() {
            return refusal;
        }

        @Override
        public void close() {
            release.run();
        }
    }
}
