package dev.dockerlab.classroom.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The dashboard's live stream (Server-Sent Events). Changes are gathered
 * and, every {@value #TICK_MILLIS} ms, each changed class is drawn once and
 * sent to every viewer as an {@code update} event naming the learners that
 * changed. Each viewer has its own writer thread and bounded queue, so a slow
 * browser holds neither the request pool nor the other viewers; one that
 * falls too far behind is dropped (its EventSource reconnects).
 */
final class LiveUpdates implements AutoCloseable {

    static final long TICK_MILLIS = 200;
    private static final long HEARTBEAT_SECONDS = 15;
    /** Durations and "stuck" change with time alone: classes are drawn again this often. */
    private static final long REDRAW_SECONDS = 5;
    private static final int QUEUED_MESSAGES = 64;

    private final ServerOptions options;
    private final ObjectMapper json;
    private final Consumer<String> log;
    private final Map<ClassRoom, Set<String>> pending = new LinkedHashMap<>();
    private final List<Viewer> viewers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService ticker =
            Executors.newSingleThreadScheduledExecutor(ClassServer.named("dockerlab-class-live"));
    private Classes classes;

    /** One update as the dashboard's script reads it. */
    record Update(String code, List<String> changed, String html) {
    }

    LiveUpdates(ServerOptions options, ObjectMapper json, Consumer<String> log) {
        this.options = options;
        this.json = json;
        this.log = log;
    }

    void watch(Classes watched) {
        this.classes = watched;
    }

    void start() {
        ticker.scheduleWithFixedDelay(this::sendChanges, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        ticker.scheduleAtFixedRate(() -> broadcast(": heartbeat\n\n"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        ticker.scheduleAtFixedRate(this::redrawAll, REDRAW_SECONDS, REDRAW_SECONDS, TimeUnit.SECONDS);
    }

    void changed(ClassRoom room, String learnerId) {
        synchronized (pending) {
            pending.computeIfAbsent(room, r -> new LinkedHashSet<>()).add(learnerId);
        }
    }

    private void redrawAll() {
        synchronized (pending) {
            classes.all().forEach(room -> pending.computeIfAbsent(room, r -> new LinkedHashSet<>()));
        }
    }

    private void sendChanges() {
        Map<ClassRoom, Set<String>> due;
        synchronized (pending) {
            due = new LinkedHashMap<>(pending);
            pending.clear();
        }
        if (viewers.isEmpty()) {
            return;
        }
        try {
            due.forEach((room, learners) -> broadcast(message(room, learners)));
        } catch (RuntimeException failure) {
            log.accept("class server: drawing the live view failed: " + failure);
        }
    }

    private String message(ClassRoom room, Set<String> learners) {
        ClassView view = room.view(options.clock().instant(), options.stuckAfter());
        try {
            String data = json.writeValueAsString(new Update(room.code(), new ArrayList<>(learners), ClassPanel.html(view)));
            return "event: update\ndata: " + data + "\n\n";
        } catch (JsonProcessingException cannot) {
            throw new UncheckedIOException(cannot);
        }
    }

    private void broadcast(String message) {
        viewers.forEach(viewer -> viewer.offer(message));
    }

    /** Answers a {@code GET /events}: the stream stays open, written by the viewer's own thread. */
    void subscribe(HttpExchange exchange) throws IOException {
        if (viewers.size() >= options.limits().maxLiveViewers()) {
            throw new Refusal(503, "too many dashboards are open (" + options.limits().maxLiveViewers() + ").", 5);
        }
        Viewer viewer = new Viewer(exchange);
        viewer.offer("retry: 2000\n\n");
        // what changed between drawing the page and opening this stream went to nobody: start from now,
        // and take part in every change from before the browser hears the stream is open
        classes.all().forEach(room -> viewer.offer(message(room, Set.of())));
        viewers.add(viewer);
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        try {
            exchange.sendResponseHeaders(200, 0);
        } catch (IOException gone) {
            viewers.remove(viewer);
            throw gone;
        }
        ClassServer.named("dockerlab-class-viewer").newThread(viewer::write).start();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        viewers.forEach(Viewer::close);
    }

    /** One open dashboard. */
    private final class Viewer {
        private static final String CLOSE = "";
        private final HttpExchange exchange;
        private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(QUEUED_MESSAGES);

        Viewer(HttpExchange exchange) {
            this.exchange = exchange;
        }

        void offer(String message) {
            if (!queue.offer(message)) {
                close();
            }
        }

        void write() {
            try (OutputStream out = exchange.getResponseBody()) {
                while (true) {
                    String message = queue.take();
                    if (message.equals(CLOSE)) {
                        return;
                    }
                    out.write(message.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException | InterruptedException gone) {
                // the browser went away, or the server stops: this viewer ends either way
            } finally {
                viewers.remove(this);
                exchange.close();
            }
        }

        void close() {
            viewers.remove(this);
            queue.clear();
            queue.offer(CLOSE);
        }
    }
}
