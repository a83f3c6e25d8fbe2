package dev.dockerlab.testing;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import dev.dockerlab.docker.DockerConnection;
import dev.dockerlab.docker.LabImage;
import dev.dockerlab.docker.Labels;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The daemon as one test sees it. Every object the test makes through
 * {@link #sh} carries the label {@code dev.dockerlab.test=<this test's id>}
 * (use {@code $TEST_LABEL} in commands) or is registered with
 * {@link #owns}; after the test exactly those are removed, never anything else.
 */
public final class TestDaemon {

    /** The daemons (by endpoint) on which the lab image is known to be there. */
    private static final Set<String> LAB_IMAGE_READY = ConcurrentHashMap.newKeySet();

    private final DockerConnection connection;
    private final Map<String, String> cliEnvironment;
    private final String testId = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> ownedContainers = new ArrayList<>();
    private final List<String> ownedVolumes = new ArrayList<>();
    private final List<String> ownedImages = new ArrayList<>();

    TestDaemon(DockerConnection connection) {
        this(connection, Map.of());
    }

    /** @param cliEnvironment what the docker CLI needs to reach this daemon (DOCKER_HOST), when not this process's */
    TestDaemon(DockerConnection connection, Map<String, String> cliEnvironment) {
        this.connection = connection;
        this.cliEnvironment = Map.copyOf(cliEnvironment);
    }

    public DockerConnection connection() {
        return connection;
    }

    public DockerClient client() {
        return connection.client();
    }

    public String labImage() {
        String daemon = connection.endpoint().uri().toString();
        if (!LAB_IMAGE_READY.contains(daemon)) {
            synchronized (TestDaemon.class) {
                new LabImage(client(), LabImage.DEFAULT_REFERENCE, Optional.empty(),
                        new PrintWriter(new StringWriter())).ensure();
                LAB_IMAGE_READY.add(daemon);
            }
        }
        return LabImage.DEFAULT_REFERENCE;
    }

    /** A name no other test and no learner uses: {@code dlt-BASE-ID}. */
    public String name(String base) {
        return "dlt-" + base + "-" + testId;
    }

    public String label() {
        return Labels.TEST + "=" + testId;
    }

    public TestDaemon owns(String kind, String name) {
        switch (kind) {
            case "container" -> ownedContainers.add(name);
            case "volume" -> ownedVolumes.add(name);
            case "image" -> ownedImages.add(name);
            default -> throw new IllegalArgumentException(kind);
        }
        return this;
    }

    /** Runs a bash command with IMAGE and TEST_LABEL set; fails the test when it fails. */
    public String sh(String command) {
        ShellResult result = trySh(command);
        if (result.status() != 0) {
            throw new AssertionError("command failed (" + result.status() + "): " + command + "\n" + result.output());
        }
        return result.output();
    }

    public ShellResult trySh(String command) {
        try {
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true);
            builder.environment().putAll(cliEnvironment);
            builder.environment().put("IMAGE", labImage());
            builder.environment().put("TEST_LABEL", label());
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("command timed out: " + command);
            }
            return new ShellResult(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException failed) {
            throw new AssertionError("cannot run bash: " + failed.getMessage(), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", interrupted);
        }
    }

    public record ShellResult(int status, String output) {
    }

    void removeWhatThisTestMade() {
        DockerClient client = client();
        String label = label();
        List<String> containers = new ArrayList<>(ownedContainers);
        client.listContainersCmd().withShowAll(true).withLabelFilter(List.of(label)).exec().stream()
                .map(Container::getId).forEach(containers::add);
        for (String container : containers) {
            quietly(() -> client.removeContainerCmd(container).withForce(true).withRemoveVolumes(true).exec());
        }
        List<String> volumes = new ArrayList<>(ownedVolumes);
        Optional.ofNullable(client.listVolumesCmd().withFilter("label", List.of(label)).exec().getVolumes())
                .orElse(List.of()).stream().map(InspectVolumeResponse::getName).forEach(volumes::add);
        for (String volume : volumes) {
            quietly(() -> client.removeVolumeCmd(volume).exec());
        }
        List<String> images = new ArrayList<>(ownedImages);
        client.listImagesCmd().withLabelFilter(label).exec().stream().map(Image::getId).forEach(images::add);
        for (String image : images) {
            quietly(() -> client.removeImageCmd(image).withForce(true).exec());
        }
    }

    private static void quietly(Runnable removal) {
        try {
            removal.run();
        } catch (NotFoundException alreadyGone) {
            // removed by the test itself
        }
    }
}
