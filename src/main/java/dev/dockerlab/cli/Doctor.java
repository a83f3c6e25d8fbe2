package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.doctor.Checkup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** Checks that everything a lesson needs is there, and says how to fix what is not. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Check the daemon, the docker CLI, the lab image and the lab folder.",
                "Builds the lab image when it is missing. Exits 0 only when everything required is there."})
public final class Doctor implements Callable<Integer> {

    private final AppContext context;

    @ParentCommand
    private Dockerlab root;

    @Spec
    private CommandSpec spec;

    public Doctor(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        boolean ready = new Checkup(context).run(root.settings(), spec.commandLine().getOut());
        return ready ? ExitCode.OK : ExitCode.NOT_OK;
    }
}
