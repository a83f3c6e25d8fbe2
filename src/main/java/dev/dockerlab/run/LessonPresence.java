package dev.dockerlab.run;

import dev.dockerlab.docker.DockerConnection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A REPL's hold on the lesson the learner is in: shared with other REPLs,
 * but not with a verify of the lesson on the same daemon, which removes the
 * lesson's objects as it goes and would judge the learner's as its own. While
 * one runs, the REPL does not touch the lesson's objects and says why.
 */
public final class LessonPresence implements AutoCloseable {

    private final Path stateDir;
    private final RunHolder me;
    private String heldLesson;
    private LessonLocks.Hold hold;

    public LessonPresence(Path stateDir) {
        this.stateDir = stateDir;
        this.me = RunHolder.thisProcess(RunHolder.REPL, List.of());
    }

    /**
     * Holds the lesson (letting go of the one before).
     *
     * @return the sentence to show, when a verify has the lesson now
     */
    public Optional<String> enter(DockerConnection docker, String lessonId) {
        if (!lessonId.equals(heldLesson)) {
            close();
            RunHolder here = new RunHolder(me.kind(), me.pid(), me.host(), me.since(), List.of(lessonId));
            LessonLocks locks = new LessonLocks(LessonLocks.folder(stateDir, docker.endpoint()), here);
            try {
                Optional<LessonLocks.Hold> taken = locks.tryHold(lessonId, false);
                if (taken.isEmpty()) {
                    return Optional.of(busy(locks.holders(lessonId).stream().findFirst(), lessonId));
                }
                hold = taken.get();
                heldLesson = lessonId;
            } catch (IOException cannotLock) {
                // An unwritable state folder must not stop the learner; the daemon's marker still speaks.
            }
        }
        Optional<RunHolder> elsewhere;
        try {
            elsewhere = new DaemonMarker(docker.client(), me).holder(lessonId);
        } catch (RuntimeException daemonTrouble) {
            elsewhere = Optional.empty();
        }
        return elsewhere.map(other -> busy(Optional.of(other), lessonId));
    }

    private static String busy(Optional<RunHolder> other, String lessonId) {
        return "Not run: " + other.map(RunHolder::describe).orElse("a verify") + " is verifying lesson " + lessonId
                + " on the same daemon now, removing its objects as it goes; wait until it has ended.";
    }

    @Override
    public void close() {
        if (hold != null) {
            hold.close();
            hold = null;
        }
        heldLesson = null;
    }
}
