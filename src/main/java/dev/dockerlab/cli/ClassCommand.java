package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.classroom.ClassProtocol;
import dev.dockerlab.classroom.server.ClassServer;
import dev.dockerlab.classroom.server.ServerOptions;
import dev.dockerlab.classroom.server.ServerAddresses;
import dev.dockerlab.failure.BadInput;
import dev.dockerlab.progress.StateDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code dockerlab class}: the instructor's side of a classroom. Named
 * ClassCommand because "class" is taken in Java; the verb users type is "class".
 */
@Command(name = "class", mixinStandardHelpOptions = true,
        description = {"Run a class: learners join with a code, the instructor watches the whole class live.",
                "See docs/CLASSROOM.md."},
        subcommands = ClassCommand.Serve.class)
public final class ClassCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.OK;
    }

    /** {@code dockerlab class serve}: the class server, until Ctrl-C. */
    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = {"Start a class server: print the dashboard's URL and the command learners type, then"
                    + " serve until Ctrl-C. Classes and their events are kept in --data; a restart loses nothing.",
                    "Token and join code are generated when not given."})
    static final class Serve implements Callable<Integer> {

        private static final int SHORTEST_TOKEN = 12;
        private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/=-]{" + SHORTEST_TOKEN + ",}");

        private final AppContext context;

        @Spec
        private CommandSpec spec;

        @Option(names = "--port", paramLabel = "N", description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
        private int port = ClassProtocol.DEFAULT_PORT;

        @Option(names = "--bind", paramLabel = "ADDR",
                description = "The address to listen on (default: all interfaces, for a room's network; 127.0.0.1 for"
                        + " this machine only).")
        private String bind = "0.0.0.0";

        @Option(names = "--token", paramLabel = "TOKEN",
                description = "The instructor's secret for the dashboard and API (default: $DOCKERLAB_CLASS_TOKEN,"
                        + " else a random one).")
        private String token;

        @Option(names = "--join-code", paramLabel = "CODE",
                description = "A class's join code; repeat for several classes on one server (default: a random one"
                        + " such as dock-4821, when no class exists in --data yet).")
        private List<String> joinCodes = List.of();

        @Option(names = "--data", paramLabel = "DIR",
                description = "Where the classes' event logs are kept (default: the state folder's classes/).")
        private Path data;

        @Option(names = "--stuck-after", paramLabel = "DURATION", converter = DurationConverter.class,
                description = "A learner is stuck after this long on one exercise without progress: 90s, 5m, 1h"
                        + " (default: 5m).")
        private Duration stuckAfter = Duration.ofMinutes(5);

        Serve(AppContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException, InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path dataDir = (data != null ? data : StateDir.resolve(context.env(), context.home()).resolve("classes"))
                    .toAbsolutePath().normalize();
            String secret = token != null ? token : context.env("DOCKERLAB_CLASS_TOKEN", null);
            if (secret != null && !TOKEN.matcher(secret).matches()) {
                throw new BadInput("a token is at least " + SHORTEST_TOKEN + " characters, letters, digits and"
                        + " - . _ ~ + / = only (it travels in a URL and a cookie); leave --token out for a random one.");
            }
            ServerOptions options = new ServerOptions(address(), port, secret != null ? secret : ServerAddresses.newToken(),
                    joinCodes, dataDir, stuckAfter, ServerOptions.Limits.standard(), Clock.systemUTC());
            ClassServer server = start(ServerAddresses.withDefaultCode(options), err);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "dockerlab-class-stop"));
            String url = ServerAddresses.url(server.address());
            out.println("Class server on " + url + " (data in " + dataDir + "); Ctrl-C stops it.");
            out.println("Dashboard (keep the token to yourself): " + url + "/?token=" + server.token());
            for (String code : server.codes()) {
                out.println("Learners of class " + code + " type:");
                out.println("  dockerlab learn --class " + url + " --join-code " + code + " --name \"YOUR NAME\"");
            }
            out.flush();
            stopped.await();
            return ExitCode.OK;
        }

        private InetAddress address() {
            try {
                return InetAddress.getByName(bind);
            } catch (UnknownHostException unknown) {
                throw new BadInput("--bind " + bind + " is not an address of this machine.");
            }
        }

        private static ClassServer start(ServerOptions options, PrintWriter err) throws IOException {
            try {
                return ClassServer.start(options, err);
            } catch (BindException taken) {
                throw new BadInput("cannot listen on " + options.bind().getHostAddress() + " port " + options.port()
                        + " (" + taken.getMessage() + "); choose another with --port or --bind.");
            } catch (IllegalArgumentException badCode) {
                throw new BadInput(badCode.getMessage() + ".");
            }
        }
    }

    /** "90s", "5m", "1h", "2m30s" or ISO-8601 ("PT5M"); more than zero. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

        private static final Pattern PART = Pattern.compile("(\\d+)(h|m|min|s)");

        @Override
        public Duration convert(String value) {
            Duration duration = parse(value.strip().toLowerCase(Locale.ROOT));
            if (duration == null || duration.isZero() || duration.isNegative()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration such as 90s, 5m or 1h");
            }
            return duration;
        }

        private static Duration parse(String text) {
            if (text.startsWith("pt")) {
                try {
                    return Duration.parse(text);
                } catch (DateTimeParseException notIso) {
                    return null;
                }
            }
            Matcher part = PART.matcher(text);
            Duration total = Duration.ZERO;
            int end = 0;
            while (part.find() && part.start() == end) {
                long amount = Long.parseLong(part.group(1));
                total = total.plus(switch (part.group(2)) {
                    case "h" -> Duration.ofHours(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    default -> Duration.ofMinutes(amount);
                });
                end = part.end();
            }
            return end == text.length() && end > 0 ? total : null;
        }
    }
}
