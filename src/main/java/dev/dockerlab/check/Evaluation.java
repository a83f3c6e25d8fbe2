package dev.dockerlab.check;

import dev.dockerlab.docker.DaemonFiles;
import dev.dockerlab.docker.DockerConnection;
import dev.dockerlab.shell.Shell;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
    private final DaemonFiles files;
    private final Shell shell;
    private final List<String> typed;
    private final ContainerChecks containerChecks;
    private final VolumeChecks volumeChecks;
    private final ImageChecks imageChecks;

    /**
     * @param typed       the command lines the learner entered during the exercise
     *                    (in verify: the solution's lines), for {@code typed} checks
     * @param hostMayRead whether the daemon's directories may be read from this
     *                    host's file system when readable (a local daemon)
     */
    public Evaluation(DockerConnection docker, Shell shell, String labImage, boolean hostMayRead, List<String> typed) {
        this.state = new DockerState(docker);
        this.files = new DaemonFiles(docker.client(), labImage, hostMayRead);
        this.shell = shell;
        this.typed = List.copyOf(typed);
        this.containerChecks = new ContainerChecks(state, files);
        this.volumeChecks = new VolumeChecks(state, files);
        this.imageChecks = new ImageChecks(state, files);
    }

    public Verdict evaluate(Assertion assertion) {
        try {
            return dispatch(assertion);
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
        return verdicts.stream().map(CompletableFuture::join).toList();
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
        boolean waitsOnAProcess = inner instanceof ContainerAssertion container
                && (container.kind() == ContainerAssertion.Kind.SERVES || container.kind() == ContainerAssertion.Kind.LOGS_CONTAIN);
        return waitsOnAProcess ? Lane.OWN : Lane.HERE;
    }

    private Verdict dispatch(Assertion assertion) {
        if (assertion instanceof Negation negation) {
            return evaluate(negation.inner()).negated();
        }
        if (assertion instanceof ContainerAssertion container) {
            return containerChecks.check(container);
        }
        if (assertion instanceof VolumeAssertion volume) {
            return volumeChecks.check(volume);
        }
        if (assertion instanceof ImageAssertion image) {
            return imageChecks.check(image);
        }
        if (assertion instanceof HostAssertion host) {
            return HostChecks.check(host);
        }
        if (assertion instanceof ArchiveAssertion archive) {
            return ArchiveChecks.check(archive);
        }
        if (assertion instanceof CommandAssertion command) {
            return CommandChecks.check(command, shell);
        }
        TypedAssertion typedText = (TypedAssertion) assertion;
        return typed.stream().filter(line -> line.contains(typedText.text())).findFirst()
                .map(line -> Verdict.of(true, "you typed: " + line))
                .orElseGet(() -> Verdict.of(false, typed.isEmpty()
                        ? "no command typed yet in this exercise"
                        : "none of your " + typed.size() + " commands in this exercise contains " + Quoting.quote(typedText.text())));
    }

    @Override
    public void close() {
        files.close();
    }
}
