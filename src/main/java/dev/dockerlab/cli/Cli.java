package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.failure.FailureReport;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the configured command line. Main and the tests both use it, so the
 * tests run exactly what a learner runs, with their own writers and context.
 */
public final class Cli {

    private Cli() {
    }

    /** Every verb, in the order --help lists them. */
    private static final List<Class<?>> VERBS = List.of(Learn.class, ListLessons.class, Lint.class, Check.class,
            Verify.class, Reset.class, Present.class, ProgressCommand.class, Doctor.class, Export.class, Bundle.class,
            Trust.class, ClassCommand.class, Completion.class);
    private static final Set<String> ASKS_FOR_HELP = Set.of("-h", "--help", "help", "-V", "--version");

    public static CommandLine create(AppContext context) {
        return create(context, VERBS);
    }

    /**
     * For a run of the program: the command line with only the verb the
     * arguments name (none for the REPL), because picocli reads every verb's
     * annotations when it is built, and for all of them that costs as much as
     * the JVM's own start. Help, version, an unknown verb or arguments that do
     * not parse get every verb, so what they print is complete.
     */
    public static CommandLine forArguments(AppContext context, String... args) {
        Optional<List<Class<?>>> needed = verbNamed(args);
        if (needed.isEmpty()) {
            return create(context);
        }
        CommandLine lean = create(context, needed.get());
        try {
            lean.parseArgs(args);
            return lean;
        } catch (CommandLine.ParameterException notForTheLeanOne) {
            return create(context);
        }
    }

    private static CommandLine create(AppContext context, List<Class<?>> verbs) {
        CommandLine cli = new CommandLine(Dockerlab.class, new ContextFactory(context));
        verbs.forEach(cli::addSubcommand);
        ExitCode.describeIn(cli);
        cli.setExecutionExceptionHandler(new ErrorHandler(new FailureReport(context.env())));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    /** The verb among the arguments (skipping the global options' values); empty when help or the full list is needed. */
    private static Optional<List<Class<?>>> verbNamed(String[] args) {
        Map<String, Boolean> globalOptions = globalOptions();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (ASKS_FOR_HELP.contains(arg) || arg.startsWith("@")) {
                return Optional.empty();
            }
            if (arg.startsWith("-")) {
                Boolean takesValue = globalOptions.get(arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg);
                if (takesValue == null) {
                    return Optional.empty();
                }
                if (takesValue && !arg.contains("=")) {
                    i++;
                }
                continue;
            }
            return VERBS.stream().filter(verb -> verbName(verb).equals(arg)).findFirst().map(List::of);
        }
        return Optional.of(List.of());
    }

    /**
     * The global options' names, and whether each takes a value (all but the
     * boolean flags), read from their annotations: building a picocli model
     * to ask would cost as much as the lean command line saves.
     */
    private static Map<String, Boolean> globalOptions() {
        Map<String, Boolean> options = new HashMap<>();
        for (Field field : Dockerlab.class.getDeclaredFields()) {
            CommandLine.Option option = field.getAnnotation(CommandLine.Option.class);
            if (option != null) {
                boolean flag = field.getType() == boolean.class || field.getType() == Boolean.class;
                for (String name : option.names()) {
                    options.put(name, !flag);
                }
            }
        }
        return options;
    }

    private static String verbName(Class<?> verb) {
        return verb.getAnnotation(CommandLine.Command.class).name();
    }

    public static CommandLine create(AppContext context, PrintWriter out, PrintWriter err) {
        CommandLine cli = create(context);
        cli.setOut(out);
        cli.setErr(err);
        return cli;
    }

    /** Gives every command that asks for it the AppContext in its constructor. */
    private static final class ContextFactory implements CommandLine.IFactory {

        private final AppContext context;

        ContextFactory(AppContext context) {
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                Constructor<K> withContext = type.getDeclaredConstructor(AppContext.class);
                return withContext.newInstance(context);
            } catch (NoSuchMethodException plain) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
