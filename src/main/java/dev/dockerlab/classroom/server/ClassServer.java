package dev.dockerlab.classroom.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.dockerlab.classroom.ClassProtocol;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The class server on the JDK's own HTTP server: learners' requests and the
 * instructor's pages share a bounded pool of threads; the live streams hold
 * none of them (see {@link LiveUpdates}).
 */
public final class ClassServer implements AutoCloseable {

    private static final int THREADS = 8;
    private static final int QUEUED_REQUESTS = 2000;

    private final HttpServer http;
    private final ExecutorService pool;
    private final Classes classes;
    private final LiveUpdates live;
    private final String token;

    private ClassServer(HttpServer http, ExecutorService pool, Classes classes, LiveUpdates live, String token) {
        this.token = token;
        this.http = http;
        this.pool = pool;
        this.classes = classes;
        this.live = live;
    }

    /** Opens the classes (replaying their logs), binds and starts serving. */
    public static ClassServer start(ServerOptions options, PrintWriter err) throws IOException {
        closeStalledRequests();
        ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Consumer<String> log = Route.logTo(err);
        LiveUpdates live = new LiveUpdates(options, json, log);
        Classes classes = new Classes(options.dataDir(), options.joinCodes(), options.limits(), json, live::changed);
        live.watch(classes);
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 256);
        } catch (IOException cannotListen) {
            classes.close();
            throw cannotListen;
        }
        InstructorGate gate = new InstructorGate(options.token());
        LearnerApi learners = new LearnerApi(classes, json, options);
        InstructorApi instructor = new InstructorApi(classes, gate, json, options);
        Dashboard dashboard = new Dashboard(instructor, gate, live);
        GradeExport export = new GradeExport(instructor, json);
        List.of(new Route("POST", ClassProtocol.JOIN_PATH, learners::join, json, log),
                new Route("POST", ClassProtocol.EVENTS_PATH, learners::events, json, log),
                new Route("GET", ClassProtocol.CLASS_PATH, instructor::classView, json, log),
                new Route("GET", "/events", dashboard::stream, json, log),
                new Route("GET", "/export.csv", export::csv, json, log),
                new Route("GET", "/export.json", export::json, json, log),
                new Route("GET", "/", dashboard::page, json, log))
                .forEach(route -> http.createContext(route.path(), route));
        ExecutorService pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUED_REQUESTS), named("dockerlab-class-http"),
                new ThreadPoolExecutor.CallerRunsPolicy());
        http.setExecutor(pool);
        http.start();
        live.start();
        return new ClassServer(http, pool, classes, live, options.token());
    }

    /**
     * The JDK's server reads a request on a pool thread, so a client that
     * never finishes its request would hold one for good; this makes the
     * server close a request not read within 30 s. A JVM-wide property, read
     * once when the first server starts: set only when nobody set it. Not
     * maxRspTime: the live streams are responses meant to last.
     */
    private static void closeStalledRequests() {
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", "30");
        }
    }

    static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    public InetSocketAddress address() {
        return http.getAddress();
    }

    public String token() {
        return token;
    }

    /** The join codes of the classes served. */
    public List<String> codes() {
        return classes.codes();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        live.close();
        http.stop(0);
        pool.shutdownNow();
        classes.close();
    }
}
