package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.Map;
import java.util.concurrent.Callable;

/** A completion script for the learner's shell: commands, options and the course's lesson ids. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a completion script for bash, zsh or fish: commands, options and lesson ids complete with Tab.",
                "bash:  source <(dockerlab completion bash)        (add the line to ~/.bashrc)",
                "zsh:   source <(dockerlab completion zsh)         (add the line to ~/.zshrc)",
                "fish:  dockerlab completion fish > ~/.config/fish/completions/dockerlab.fish"})
public final class Completion implements Callable<Integer> {

    enum ShellName { bash, zsh, fish }

    private final AppContext context;

    @Parameters(paramLabel = "SHELL", description = "bash, zsh or fish.")
    private ShellName shell;

    @Spec
    private CommandSpec spec;

    public Completion(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        CommandLine everything = Cli.create(context);
        String script = switch (shell) {
            // picocli's script serves zsh too, through zsh's bashcompinit, which it loads itself
            case bash, zsh -> AutoComplete.bash("dockerlab", everything);
            case fish -> fish(everything.getCommandSpec());
        };
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    /** fish has no bash compatibility: one {@code complete} line per command, option and lesson id. */
    private static String fish(CommandSpec root) {
        StringBuilder script = new StringBuilder("# fish completion for dockerlab, written by dockerlab completion fish\n")
                .append("complete -c dockerlab -f\n");
        for (OptionSpec option : root.options()) {
            script.append(fishOption("__fish_use_subcommand", option));
        }
        for (Map.Entry<String, CommandLine> verb : root.subcommands().entrySet()) {
            CommandSpec command = verb.getValue().getCommandSpec();
            script.append("complete -c dockerlab -n __fish_use_subcommand -a ").append(quote(verb.getKey()))
                    .append(" -d ").append(quote(firstLine(command.usageMessage().description()))).append('\n');
            String inVerb = "'__fish_seen_subcommand_from " + verb.getKey() + "'";
            for (OptionSpec option : command.options()) {
                script.append(fishOption(inVerb, option));
            }
            for (ArgSpec parameter : command.positionalParameters()) {
                if (parameter.completionCandidates() != null) {
                    script.append("complete -c dockerlab -n ").append(inVerb).append(" -a ")
                            .append(quote(String.join(" ", parameter.completionCandidates()))).append('\n');
                }
            }
        }
        return script.toString();
    }

    private static String fishOption(String condition, OptionSpec option) {
        StringBuilder line = new StringBuilder("complete -c dockerlab -n ").append(condition.startsWith("'") ? condition : quote(condition));
        for (String name : option.names()) {
            line.append(name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1));
        }
        if (option.arity().max() > 0) {
            line.append(" -r");
        }
        String description = firstLine(option.description()).replace("${DEFAULT-VALUE}", String.valueOf(option.defaultValue()));
        return line.append(" -d ").append(quote(description)).append('\n').toString();
    }

    private static String firstLine(String[] description) {
        return description.length == 0 ? "" : description[0].replace("$${", "${");
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
