package dev.dockerlab.verify;

import dev.dockerlab.lesson.Lesson;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Proves the lessons of one verify run on up to {@code jobs} threads at once
 * ({@code verify --jobs}). A worker takes the first lesson, in course order,
 * that no running lesson shares a declared object with ({@link SharedObjects})
 * and that comes after every lesson it shares one with: lessons that share
 * are proven one after the other, in course order, never side by side.
 * The console reads as a serial run does ({@link InOrderConsole}), and the
 * results come back in course order. Under fail-fast no lesson starts after
 * a failure; those running finish, and those not reached are reported so.
 * With one job it is the serial run, on the calling thread.
 */
public final class SideBySide {

    /** One lesson's proof, its console lines written to {@code out}. */
    @FunctionalInterface
    public interface Proof {
        VerifiedLesson verify(Lesson lesson, PrintWriter out);
    }

    private enum State { WAITING, RUNNING, DONE }

    private final List<Lesson> lessons;
    private final SharedObjects shared;
    private final boolean failFast;
    private final State[] states;
    private final VerifiedLesson[] results;
    private final InOrderConsole console;
    private boolean stopped;
    private Throwable broke;

    private SideBySide(List<Lesson> lessons, boolean failFast, PrintWriter out) {
        this.lessons = List.copyOf(lessons);
        this.shared = SharedObjects.among(lessons);
        this.failFast = failFast;
        this.states = new State[lessons.size()];
        Arrays.fill(states, State.WAITING);
        this.results = new VerifiedLesson[lessons.size()];
        this.console = new InOrderConsole(out, lessons.size());
    }

    /**
     * The lessons' results in course order; {@code unreached} makes the result
     * of a lesson fail-fast kept from starting. A daemon that went away, or any
     * other failure of a proof, stops the run and is thrown here once the
     * lessons running have ended.
     */
    public static List<VerifiedLesson> verify(List<Lesson> lessons, int jobs, boolean failFast, PrintWriter out, Proof proof,
                                              Function<Lesson, VerifiedLesson> unreached) {
        SideBySide run = new SideBySide(lessons, failFast, out);
        int workers = Math.max(1, Math.min(jobs, lessons.size()));
        if (workers == 1) {
            run.work(proof);
        } else {
            List<Thread> threads = new ArrayList<>();
            for (int i = 1; i <= workers; i++) {
                Thread thread = new Thread(() -> run.work(proof), "verify-" + i);
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                joinUninterruptibly(thread);
            }
        }
        return run.collect(unreached);
    }

    /** A worker: takes lessons until none is left to take. */
    private void work(Proof proof) {
        for (Optional<Integer> next = next(); next.isPresent(); next = next()) {
            int index = next.get();
            try (PrintWriter out = console.lesson(index)) {
                VerifiedLesson result = proof.verify(lessons.get(index), out);
                done(index, result, null);
            } catch (RuntimeException | Error failure) {
                done(index, null, failure);
            }
        }
    }

    /** The next lesson this worker may prove, waiting while each left shares an object with one running; empty at the end. */
    private synchronized Optional<Integer> next() {
        while (true) {
            if (stopped) {
                return Optional.empty();
            }
            boolean waiting = false;
            for (int i = 0; i < states.length; i++) {
                if (states[i] == State.WAITING) {
                    waiting = true;
                    if (mayStart(i)) {
                        states[i] = State.RUNNING;
                        return Optional.of(i);
                    }
                }
            }
            if (!waiting) {
                return Optional.empty();
            }
            try {
                wait();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                stop(new IllegalStateException("verify was interrupted"));
                return Optional.empty();
            }
        }
    }

    /** Every lesson before it that shares an object with it is done. */
    private boolean mayStart(int index) {
        for (int before = 0; before < index; before++) {
            if (states[before] != State.DONE && shared.share(before, index)) {
                return false;
            }
        }
        return true;
    }

    private synchronized void done(int index, VerifiedLesson result, Throwable failure) {
        states[index] = State.DONE;
        results[index] = result;
        if (failure != null) {
            stop(failure);
        } else if (failFast && !result.result().ok()) {
            stop(null);
        }
        console.finished(index);
        notifyAll();
    }

    /** No lesson starts from now on; those not started are done, so the console goes on past them. */
    private void stop(Throwable failure) {
        stopped = true;
        if (broke == null) {
            broke = failure;
        }
        for (int i = 0; i < states.length; i++) {
            if (states[i] == State.WAITING) {
                states[i] = State.DONE;
                console.finished(i);
            }
        }
    }

    private synchronized List<VerifiedLesson> collect(Function<Lesson, VerifiedLesson> unreached) {
        if (broke instanceof RuntimeException failure) {
            throw failure;
        }
        if (broke instanceof Error failure) {
            throw failure;
        }
        List<VerifiedLesson> all = new ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            all.add(results[i] != null ? results[i] : unreached.apply(lessons.get(i)));
        }
        return all;
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException again) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
