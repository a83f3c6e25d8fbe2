package dev.dockerlab.docker;

import com.github.dockerjava.transport.DockerHttpClient;
import dev.dockerlab.failure.DaemonSilent;
import dev.dockerlab.failure.DockerUnavailable;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Every request to the daemon ends within a bound. A plain question (list,
 * inspect, create, remove) goes through the quick client, whose bound is a few
 * seconds; the calls that may rightly stay silent longer (build, load, pull,
 * save, exec, logs, wait) go through the patient one, and their callers set
 * their own, shorter limits on top. A silence past the bound becomes one
 * sentence naming the daemon and the call.
 *
 * <p>The bound is kept here, not left to the transport: zerodep reads a unix
 * socket through a blocking channel that ignores its response timeout. A
 * watchdog interrupts the waiting thread instead, which closes the channel.
 */
final class BoundedHttpClient implements DockerHttpClient {

    /** Calls whose answer may take long; each caller bounds it itself (awaitCompletion, a read of a stream). */
    private static final List<Pattern> PATIENT = List.of(
            Pattern.compile("/build"), Pattern.compile("/images/load"), Pattern.compile("/images/create"),
            Pattern.compile("/images/[^?]+/get"), Pattern.compile("/images/get"), Pattern.compile("/exec/[^/]+/start"),
            Pattern.compile("/containers/[^/]+/(logs|wait|attach)"));

    /** What the daemon was asked, in words, by the path's resource; the path itself when none fits. */
    private static final Map<Pattern, String> DOING = Map.ofEntries(
            Map.entry(Pattern.compile("GET /containers/json"), "listing containers"),
            Map.entry(Pattern.compile("GET /containers/[^/]+/json"), "inspecting a container"),
            Map.entry(Pattern.compile("GET /containers/[^/]+/archive"), "reading files from a container"),
            Map.entry(Pattern.compile("POST /containers/create"), "creating a container"),
            Map.entry(Pattern.compile("DELETE /containers/.*"), "removing a container"),
            Map.entry(Pattern.compile("GET /volumes(/json)?"), "listing volumes"),
            Map.entry(Pattern.compile("GET /volumes/.+"), "inspecting a volume"),
            Map.entry(Pattern.compile("GET /images/json"), "listing images"),
            Map.entry(Pattern.compile("GET /images/[^/]+.*/json"), "inspecting an image"),
            Map.entry(Pattern.compile("GET /info"), "asking for the daemon's info"),
            Map.entry(Pattern.compile("GET /version"), "asking for the daemon's version"),
            Map.entry(Pattern.compile("(GET|HEAD) /_ping"), "pinging the daemon"),
            Map.entry(Pattern.compile("POST /containers/[^/]+/exec"), "starting a command in a container"),
            Map.entry(Pattern.compile("POST /exec/[^/]+/start"), "running a command in a container"),
            Map.entry(Pattern.compile("GET /containers/[^/]+/logs"), "reading a container's logs"),
            Map.entry(Pattern.compile("POST /build"), "building an image"),
            Map.entry(Pattern.compile("POST /images/load"), "loading an image"),
            Map.entry(Pattern.compile("POST /images/create"), "pulling an image"));

    private static final Pattern VERSION_PREFIX = Pattern.compile("^/v[0-9.]+");

    private static final Pattern PING = Pattern.compile("/_ping");

    private final DockerHttpClient quick;
    private final DockerHttpClient patient;
    private final Endpoint endpoint;
    private final Duration probeBound;
    private final Duration quickBound;
    private final Duration patientBound;
    private final DaemonSilence lastAnswer;

    /**
     * @param probeBound the bound on a ping, and on any plain question while the
     *                   daemon's last answer was a silence: a daemon that fell
     *                   silent costs each later call seconds, not the full bound
     */
    BoundedHttpClient(DockerHttpClient quick, Duration probeBound, Duration quickBound, DockerHttpClient patient,
            Duration patientBound, Endpoint endpoint, DaemonSilence silence) {
        this.quick = quick;
        this.probeBound = probeBound;
        this.quickBound = quickBound;
        this.patient = patient;
        this.patientBound = patientBound;
        this.endpoint = endpoint;
        this.lastAnswer = silence;
    }

    @Override
    public Response execute(Request request) {
        String path = VERSION_PREFIX.matcher(request.path()).replaceFirst("");
        boolean slow = PATIENT.stream().anyMatch(pattern -> pattern.matcher(path).lookingAt());
        boolean probe = PING.matcher(path).lookingAt() || lastAnswer.fell();
        Duration bound = slow ? patientBound : probe && probeBound.compareTo(quickBound) < 0 ? probeBound : quickBound;
        String call = request.method().toUpperCase(Locale.ROOT) + " " + path.replaceFirst("\\?.*", "");
        Watchdog watch = Watchdog.start(bound);
        try {
            Response response = (slow ? patient : quick).execute(request);
            if (watch.stop()) {
                response.close();
                throw silent(call, bound, null);
            }
            lastAnswer.answered();
            return new BoundedResponse(response, bound, () -> {
                lastAnswer.fellSilent();
                return silence(call, bound);
            });
        } catch (RuntimeException failure) {
            if (watch.stop() || timedOut(failure)) {
                throw silent(call, bound, failure);
            }
            throw failure;
        }
    }

    private DockerUnavailable silent(String call, Duration bound, RuntimeException failure) {
        lastAnswer.fellSilent();
        return new DockerUnavailable(silence(call, bound), failure);
    }

    /** Interrupts the thread that started it unless stopped within the bound; the interrupt is not left behind. */
    private static final class Watchdog {

        private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "dockerlab-daemon-watchdog");
            thread.setDaemon(true);
            return thread;
        });

        private final Thread waiting = Thread.currentThread();
        private boolean stopped;
        private boolean fired;
        private ScheduledFuture<?> alarm;

        static Watchdog start(Duration bound) {
            Watchdog watch = new Watchdog();
            watch.alarm = TIMER.schedule(watch::fire, bound.toMillis(), TimeUnit.MILLISECONDS);
            return watch;
        }

        private synchronized void fire() {
            if (!stopped) {
                fired = true;
                waiting.interrupt();
            }
        }

        /** True when the bound passed first; clears the interrupt it caused. */
        synchronized boolean stop() {
            if (!stopped) {
                stopped = true;
                alarm.cancel(false);
                if (fired) {
                    Thread.interrupted();
                }
            }
            return fired;
        }
    }

    /** "The Docker daemon at unix:///run/docker.sock did not answer within 20 s (while listing containers); ..." */
    String silence(String call, Duration bound) {
        String doing = DOING.entrySet().stream()
                .filter(entry -> entry.getKey().matcher(call).matches())
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("on " + call);
        return "The Docker daemon at " + endpoint.describe() + " did not answer within " + bound.toSeconds()
                + " s (while " + doing + "); is it paused or overloaded? Restart it "
                + "(scripts/docker-up), or give it longer with DOCKERLAB_DAEMON_TIMEOUT=SECONDS.";
    }

    static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return true;
            }
            String name = cause.getClass().getSimpleName();
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (name.contains("Timeout") || message.contains("timed out")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        try {
            quick.close();
        } finally {
            patient.close();
        }
    }

    /** A response whose body, read as a stream, says the same sentence when the daemon falls silent. */
    private record BoundedResponse(Response response, Duration bound, Supplier<String> sentence)
            implements Response {

        @Override
        public int getStatusCode() {
            return response.getStatusCode();
        }

        @Override
        public Map<String, List<String>> getHeaders() {
            return response.getHeaders();
        }

        @Override
        public String getHeader(String name) {
            return response.getHeader(name);
        }

        @Override
        public InputStream getBody() {
            return new FilterInputStream(response.getBody()) {
                @Override
                public int read() throws IOException {
                    Watchdog watch = Watchdog.start(bound);
                    try {
                        int read = super.read();
                        if (watch.stop()) {
                            throw new DaemonSilent(sentence.get());
                        }
                        return read;
                    } catch (IOException failure) {
                        throw translated(failure, watch.stop());
                    }
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    Watchdog watch = Watchdog.start(bound);
                    try {
                        int read = super.read(buffer, offset, length);
                        if (watch.stop()) {
                            throw new DaemonSilent(sentence.get());
                        }
                        return read;
                    } catch (IOException failure) {
                        throw translated(failure, watch.stop());
                    }
                }
            };
        }

        private IOException translated(IOException failure, boolean fired) {
            if (failure instanceof DaemonSilent || !fired && !timedOut(failure)) {
                return failure;
            }
            DaemonSilent silent = new DaemonSilent(sentence.get());
            silent.initCause(failure);
            return silent;
        }

        @Override
        public void close() {
            response.close();
        }
    }
}
