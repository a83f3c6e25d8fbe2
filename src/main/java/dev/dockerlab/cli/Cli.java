package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;

/**
 * Builds the configured command line. Main and the tests both use it, so the
 * tests run exactly what a learner runs, with their own writers and context.
 */
public final class Cli {

    private Cli() {
    }

    public static CommandLine create(AppContext context) {
        CommandLine cli = new CommandLine(Dockerlab.class, new ContextFactory(context));
        cli.setExecutionExceptionHandler(new ErrorHandler(context.env().containsKey("DOCKERLAB_DEBUG")));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
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
