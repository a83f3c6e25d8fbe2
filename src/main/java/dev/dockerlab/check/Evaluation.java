package dev.dockerlab.check;

import dev.dockerlab.docker.DockerConnection;
import dev.dockerlab.failure.DockerUnavailable;
import dev.dockerlab.model.ArchiveAssertion;
import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.CheckLine;
import dev.dockerlab.model.CommandAssertion;
import dev.dockerlab.model.ContainerAssertion;
import dev.dockerlab.model.HostAssertion;
import dev.dockerlab.model.ImageAssertion;
import dev.dockerlab.model.Judged;
import dev.dockerlab.model.Judgement;
import dev.dockerlab.model.Negation;
import dev.dockerlab.model.Quoting;
import dev.dockerlab.model.StartState;
import dev.dockerlab.model.TypedAssertion;
import dev.dockerlab.model.Verdict;
import dev.dockerlab.model.VolumeAssertion;
import dev.dockerlab.shell.Shell;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * One pass over a checklist against the daemon's state now. Inspections and
 * file reads are shared by all assertions of the pass; read helpers it made
 * are removed on close. Build a new one for the next pass: state changes.
 */
public final class Evaluation implements AutoCloseable {

    private static final ExecutorService SIDE_BY_SIDE = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "dockerlab-check");
        thread.setDaemon(true);
        return thread;
    });

    private final DockerState state;
    private final Judge judge;

    /**
     * @param typed       the command lines the learner entered during the exercise
     *                    (in verify: the solution's lines), for {@code typed} checks
     * @param hostMayRead whether the daemon's directories may be read from this
     *                    host's file system when readable (a local daemon)
     */
    public Evaluation(DockerConnection docker, Shell shell, String labImage, boolean hostMayRead, List<String> typed) {
        this(docker, shell, labImage, hostMayRead, typed, StartState.UNRECORDED);
    }

    /** @param start what existed when the exercise started, for the checks that compare with it */
    public Evaluation(DockerConnection docker, Shell shell, String labImage, boolean hostMayRead, List<String> typed,
                      StartState start) {
        this(new LiveDockerState(docker, labImage, hostMayRead), shell, typed, start);
    }

    /** An evaluation that asks {@code state}, which it closes when it is closed. */
    public Evaluation(DockerState state, Shell shell, List<String> typed) {
        this(state, shell, typed, StartState.UNRECORDED);
    }

    public Evaluation(DockerState state, Shell shell, List<String> typed, StartState start) {
        this.state = state;
        this.judge = new Judge(state, shell, typed, start);
    }

    /** What exists now, to be compared later as the start of an exercise (see {@link StartState}). */
    public StartState record() {
        return StartRecorder.record(state);
    }

    /**
     * One assertion's verdict, with this run's ${TOKEN} put into its quoted
     * text; what could not be looked at is unknown. A daemon that is not there
     * (or fell silent) is not one unknown among many, each waiting out its
     * bound: it ends the evaluation, as {@link DockerUnavailable}.
     */
    public Verdict evaluate(Assertion assertion) {
        try {
            return assertion.withText(judge.shell::fillToken).accept(judge);
        } catch (DockerUnavailable daemonAway) {
            throw daemonAway;
        } catch (RuntimeException cannotLook) {
            return Verdict.unknown("could not be checked: " + Observed.reason(cannotLook));
        }
    }

    /**
     * Judges a checklist. Page fetches and log reads wait on a process in a
     * container, so each starts at once and runs beside the rest. Command
     * checks run next, in their order, before any check that may make a read
     * helper (a command that lists containers must not see one); then the
     * checks that read state, in order.
     */
    public List<Verdict> evaluateAll(List<? extends Assertion> assertions) {
        List<CompletableFuture<Verdict>> verdicts = new ArrayList<>();
        for (Assertion assertion : assertions) {
            verdicts.add(lane(assertion) == Lane.OWN ? CompletableFuture.supplyAsync(() -> evaluate(assertion), SIDE_BY_SIDE) : null);
        }
        for (Lane lane : List.of(Lane.COMMANDS, Lane.HERE)) {
            for (int i = 0; i < assertions.size(); i++) {
                if (lane(assertions.get(i)) == lane) {
                    verdicts.set(i, CompletableFuture.completedFuture(evaluate(assertions.get(i))));
                }
            }
        }
        return verdicts.stream().map(Evaluation::verdict).toList();
    }

    /** A verdict judged beside the rest; a daemon found away there ends the evaluation as it would here. */
    private static Verdict verdict(CompletableFuture<Verdict> judged) {
        try {
            return judged.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof DockerUnavailable daemonAway) {
                throw daemonAway;
            }
            throw failed;
        }
    }

    /** Command checks first (see evaluateAll), then the others in order, stopping at the first that does not hold. */
    public boolean allHold(List<? extends Assertion> assertions) {
        for (Lane lane : List.of(Lane.COMMANDS, Lane.OWN, Lane.HERE)) {
            for (Assertion assertion : assertions) {
                if (lane(assertion) == lane && !evaluate(assertion).passed()) {
                    return false;
                }
            }
        }
        return true;
    }

    private enum Lane { HERE, OWN, COMMANDS }

    private static Lane lane(Assertion assertion) {
        Assertion inner = assertion instanceof Negation negation ? negation.inner() : assertion;
        if (inner instanceof CommandAssertion) {
            return Lane.COMMANDS;
        }
        boolean waitsOnAProcess = inner instanceof ContainerAssertion.Serves || inner instanceof ContainerAssertion.Logs;
        return waitsOnAProcess ? Lane.OWN : Lane.HERE;
    }

    /** Sends each kind of assertion to the checks of its family. */
    private final class Judge implements Assertion.Visitor<Verdict> {

        private final Shell shell;
        private final List<String> typed;
        private final ContainerChecks containerChecks;
        private final VolumeChecks volumeChecks;
        private final ImageChecks imageChecks;

        Judge(DockerState state, Shell shell, List<String> typed, StartState start) {
            this.shell = shell;
            this.typed = List.copyOf(typed);
            IdentityChecks identities = new IdentityChecks(state, start);
            this.containerChecks = new ContainerChecks(state, identities, shell.labDir());
            this.volumeChecks = new VolumeChecks(state, identities);
            this.imageChecks = new ImageChecks(state);
        }

        @Override
        public Verdict negation(Negation negation) {
            return evaluate(negation.inner()).negated();
        }

        @Override
        public Verdict container(ContainerAssertion container) {
            return containerChecks.check(container);
        }

        @Override
        public Verdict volume(VolumeAssertion volume) {
            return volumeChecks.check(volume);
        }

        @Override
        public Verdict image(ImageAssertion image) {
            return imageChecks.check(image);
        }

        @Override
        public Verdict host(HostAssertion host) {
            return HostChecks.check(host, shell.labDir());
        }

        @Override
        public Verdict archive(ArchiveAssertion archive) {
            return ArchiveChecks.check(archive, shell.labDir());
        }

        @Override
        public Verdict command(CommandAssertion command) {
            return CommandChecks.check(command, shell);
        }

        @Override
        public Verdict typed(TypedAssertion typedText) {
            return typed.stream().filter(line -> TypedCommands.matches(line, typedText.text())).findFirst()
                    .map(line -> Verdict.of(true, "you typed: " + line))
                    .orElseGet(() -> Verdict.of(false, typed.isEmpty()
                            ? "no command typed yet in this exercise"
                            : "none of your " + typed.size() + " commands in this exercise contains "
                            + Quoting.quote(typedText.text())));
        }
    }

    @Override
    public void close() {
        state.close();
    }

    /** Judges every check line in one pass (see {@link #evaluateAll}), into the checklist with each line's own verdict. */
    public Judgement judge(List<CheckLine> checks) {
        return judge(checks, check -> true);
    }

    /** Judges the lines {@code judgedHere} accepts in one pass; the others stay unjudged, in their place. */
    public Judgement judge(List<CheckLine> checks, Predicate<CheckLine> judgedHere) {
        List<CheckLine> judged = checks.stream().filter(judgedHere).toList();
        List<Verdict> verdicts = evaluateAll(judged.stream().map(CheckLine::assertion).toList());
        List<Judged> lines = new ArrayList<>();
        int next = 0;
        for (CheckLine check : checks) {
            lines.add(judgedHere.test(check) ? Judged.of(check, verdicts.get(next++)) : Judged.unjudged(check));
        }
        return new Judgement(lines);
    }
}
