package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.doctor.Checkup;
import dev.dockerlab.doctor.DoctorLine;
import dev.dockerlab.output.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
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

    @Option(names = "--json", description = "Print the findings as JSON (schema dockerlab/doctor/1, in docs/JSON.md).")
    private boolean json;

    /** {@code doctor --json}: the schema docs/JSON.md documents; add fields, never rename or remove them. */
    record Report(String schema, boolean ready, List<Finding> findings) {
    }

    record Finding(String status, String topic, String finding, String fix) {
    }

    public Doctor(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!json) {
            boolean ready = new Checkup(context).run(root.settings(), spec.commandLine().getOut());
            return ready ? ExitCode.OK : ExitCode.NOT_OK;
        }
        // a lab image build shows its progress on stderr, so that stdout is only the JSON
        List<DoctorLine> lines = new Checkup(context).examine(root.settings(), spec.commandLine().getErr());
        List<Finding> findings = lines.stream().map(line -> new Finding(line.status().name().toLowerCase(Locale.ROOT),
                line.topic(), line.finding(), line.fix())).toList();
        PrintWriter out = spec.commandLine().getOut();
        out.println(Json.write(new Report("dockerlab/doctor/1", Checkup.ready(lines), findings)));
        out.flush();
        return Checkup.ready(lines) ? ExitCode.OK : ExitCode.NOT_OK;
    }
}
