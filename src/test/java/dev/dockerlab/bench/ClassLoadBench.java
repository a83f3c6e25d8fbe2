package dev.dockerlab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * scripts/bench class: simulated learners join a class server (its own
 * process, on loopback) and each sends an event every interval; a dashboard
 * subscriber on the live stream times each event from its POST to the first
 * update naming its learner. At the end: did every event land (the API's
 * lastSeq per learner against what each sent), the latency percentiles, and
 * the server's peak resident memory (VmRSS, sampled every 100 ms).
 *
 * Arguments: URL TOKEN CODE LEARNERS SECONDS INTERVAL_MS SERVER_PID
 */
public final class ClassLoadBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LESSON = "04-anonymous-volumes";

    private final String url;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Per learner, the send times of its events not yet seen on the live stream. */
    private final Map<String, ConcurrentLinkedQueue<Long>> unseen = new ConcurrentHashMap<>();
    private final List<Long> latenciesNanos = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger retried = new AtomicInteger();

    private ClassLoadBench(String url, String token) {
        this.url = url;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String token = args[1];
        String code = args[2];
        int learners = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        long intervalMillis = Long.parseLong(args[5]);
        long serverPid = Long.parseLong(args[6]);
        System.exit(new ClassLoadBench(url, token).run(code, learners, seconds, intervalMillis, serverPid));
    }

    private record Learner(String id, String key, AtomicLong seq) {
    }

    private int run(String code, int count, int seconds, long intervalMillis, long serverPid) throws Exception {
        AtomicLong peakRss = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peakRss.accumulateAndGet(rssKb(serverPid), Math::max), 0, 100, TimeUnit.MILLISECONDS);
        Thread stream = liveStream();
        List<Learner> learners = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            learners.add(join(code, "Learner " + (i + 1)));
        }
        learners.forEach(learner -> unseen.put(learner.id(), new ConcurrentLinkedQueue<>()));
        System.out.printf("  %d learners joined; each sends an event every %d ms for %d s%n", count, intervalMillis, seconds);

        ScheduledExecutorService senders = Executors.newScheduledThreadPool(16);
        long rounds = seconds * 1000L / intervalMillis;
        CountDownLatch finished = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            Learner learner = learners.get(i);
            long offset = intervalMillis * i / count;
            AtomicLong round = new AtomicLong();
            senders.scheduleAtFixedRate(() -> {
                if (round.getAndIncrement() >= rounds) {
                    finished.countDown();
                    throw new IllegalStateException("this learner is done");
                }
                send(learner);
            }, offset, intervalMillis, TimeUnit.MILLISECONDS);
        }
        finished.await();
        senders.shutdown();
        senders.awaitTermination(30, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (unseen.values().stream().anyMatch(queue -> !queue.isEmpty()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        stream.interrupt();
        sampler.shutdownNow();

        long sent = learners.stream().mapToLong(learner -> learner.seq().get()).sum();
        JsonNode view = JSON.readTree(get("/api/class?code=" + code).body());
        long landed = 0;
        int short_ = 0;
        Map<String, Learner> byId = new ConcurrentHashMap<>();
        learners.forEach(learner -> byId.put(learner.id(), learner));
        for (JsonNode row : view.get("learners")) {
            Learner learner = byId.get(row.get("id").asText());
            if (learner != null) {
                landed += row.get("lastSeq").asLong();
                short_ += row.get("lastSeq").asLong() == learner.seq().get() ? 0 : 1;
            }
        }
        long notSeen = unseen.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
        List<Long> sorted = new ArrayList<>(latenciesNanos);
        Collections.sort(sorted);
        System.out.printf("  events sent %d, landed %d (learners short: %d), failed requests %d, retried after 429: %d%n",
                sent, landed, short_, failures.get(), retried.get());
        System.out.printf("  POST to live update: p50 %.0f ms, p99 %.0f ms, max %.0f ms over %d events (%d never seen)%n",
                millis(sorted, 0.50), millis(sorted, 0.99), millis(sorted, 1.0), sorted.size(), notSeen);
        System.out.printf("  server peak RSS %d MB%n", peakRss.get() / 1024);
        boolean ok = landed == sent && short_ == 0 && failures.get() == 0 && notSeen == 0;
        System.out.println(ok ? "  every event landed" : "  NOT every event landed");
        return ok ? 0 : 1;
    }

    private Learner join(String code, String name) throws Exception {
        while (true) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/join"))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode().put("code", code).put("name", name)
                            .toString())).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 429) {
                retried.incrementAndGet();
                Thread.sleep(1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
                continue;
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("join answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode reply = JSON.readTree(response.body());
            return new Learner(reply.get("learner").asText(), reply.get("key").asText(), new AtomicLong());
        }
    }

    private void send(Learner learner) {
        long seq = learner.seq().incrementAndGet();
        int exercise = (int) (1 + seq / 4 % 6);
        String type = switch ((int) (seq % 4)) {
            case 0 -> "done";
            case 1 -> "step";
            case 2 -> "judged";
            default -> "hint";
        };
        String event = "{\"seq\":" + seq + ",\"type\":\"" + type + "\",\"lesson\":\"" + LESSON + "\",\"exercise\":"
                + exercise + ",\"exerciseTitle\":\"Exercise " + exercise + "\",\"passing\":1,\"total\":3,"
                + "\"failing\":[{\"line\":\"container web mounts a volume at /data\",\"observed\":\"no mount at /data\"}]}";
        long sentAt = System.nanoTime();
        unseen.get(learner.id()).add(sentAt);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/events"))
                    .header("Authorization", "Bearer " + learner.key())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"events\":[" + event + "]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                failures.incrementAndGet();
                System.err.println("events answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException | InterruptedException failed) {
            failures.incrementAndGet();
            System.err.println("events failed: " + failed);
        }
    }

    /** The dashboard's stream: each update's changed learners settle their events sent before it arrived. */
    private Thread liveStream() throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url + "/events"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the live stream answered " + response.statusCode());
        }
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data: ")) {
                        long arrived = System.nanoTime();
                        for (JsonNode learner : JSON.readTree(line.substring(6)).get("changed")) {
                            ConcurrentLinkedQueue<Long> queue = unseen.get(learner.asText());
                            Long sentAt;
                            while (queue != null && (sentAt = queue.peek()) != null && sentAt < arrived) {
                                queue.poll();
                                latenciesNanos.add(arrived - sentAt);
                            }
                        }
                    }
                }
            } catch (IOException streamEnded) {
                // the bench is over
            }
        }, "live-stream");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static double millis(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // the server ended: its last sample stands
        }
        return 0;
    }
}
