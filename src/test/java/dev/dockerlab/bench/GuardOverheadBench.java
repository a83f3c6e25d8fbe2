package dev.dockerlab.bench;

import dev.dockerlab.guard.DockerGuard;
import dev.dockerlab.lesson.Resources;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the guard costs a lesson's docker commands: the same command run
 * straight at the daemon and through the guard, alternating, median of each.
 *
 * <p>Usage: GuardOverheadBench IMAGE RUNS (DOCKER_HOST names the daemon, unix:// only)
 */
public final class GuardOverheadBench {

    private GuardOverheadBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String image = args[0];
        int runs = Integer.parseInt(args[1]);
        String host = Optional.ofNullable(System.getenv("DOCKER_HOST")).orElse("unix:///var/run/docker.sock");
        try (DockerGuard guard = DockerGuard.forEndpoint(URI.create(host)).orElseThrow(
                () -> new IllegalArgumentException("the guard needs a daemon on a Unix socket, not " + host))) {
            Map<String, String> guarded = guard.environment("bench", Optional.of(Resources.NONE));
            for (List<String> command : List.of(List.of("docker", "ps"), List.of("docker", "run", "--rm", image, "true"))) {
                List<Long> direct = new ArrayList<>();
                List<Long> through = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    direct.add(time(command, Map.of()));
                    through.add(time(command, guarded));
                }
                long plain = median(direct);
                long viaGuard = median(through);
                System.out.printf(Locale.ROOT, "  %-28s direct %6.1f ms, through the guard %6.1f ms (%+.1f ms, %.2fx)%n",
                        String.join(" ", command).replace(image, "IMAGE"), plain / 1e6, viaGuard / 1e6,
                        (viaGuard - plain) / 1e6, (double) viaGuard / plain);
            }
        }
    }

    private static long time(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        int status = builder.start().waitFor();
        long took = System.nanoTime() - started;
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with status " + status);
        }
        return took;
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
