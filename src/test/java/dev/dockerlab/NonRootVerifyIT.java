package dev.dockerlab;

import dev.dockerlab.testing.CliProcess;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.OwnDaemon;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged CLI run by a user who is not root but is in the docker group,
 * as on GitHub's runners: files a container writes as root into ${LAB} must
 * not make the second run of {@code verify --repeat 2} fail, nor the exercise
 * "flaky". The test makes the system user {@code dockerlab-ci} when it is
 * missing, so it runs only as root (and fails under CI=true when not root).
 */
@DaemonTest
class NonRootVerifyIT {

    private static final String USER = "dockerlab-ci";

    private Path home;

    @BeforeEach
    void asRoot(TestDaemon daemon) throws Exception {
        if (!OwnDaemon.isRoot()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("this test makes a system user and must run as root under CI=true");
            }
            org.junit.jupiter.api.Assumptions.abort("a test that makes a system user runs only as root");
        }
        daemon.labImage();
        home = Files.createTempDirectory("dlci");
    }

    @AfterEach
    void removeHome() throws IOException {
        if (home != null) {
            try (Stream<Path> paths = Files.walk(home)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void verifyTwiceAsAUserInTheDockerGroupPassesAndCallsNothingFlaky() throws Exception {
        ensureUserInDockerGroup();
        Path socket = daemonSocket();
        root("chgrp", "docker", socket.toString());
        root("chmod", "g+rw", socket.toString());
        Path jar = Files.copy(Path.of("target/dockerlab.jar"), home.resolve("dockerlab.jar"));
        Path lessons = Files.createDirectories(home.resolve("lessons"));
        Files.copy(Path.of("src/test/resources/lessons/root-writes/01-root-writes.md"), lessons.resolve("01-root-writes.md"),
                StandardCopyOption.REPLACE_EXISTING);
        root("chown", "-R", USER, home.toString());

        CliProcess.Result run = new CliProcess(jar.toString(), home).as(USER).env("DOCKER_HOST", "unix://" + socket)
                .run("verify", "--repeat", "2", lessons.toString());

        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.output()).contains("Run 2 of 2", "No flaky exercise in 1 exercise.",
                "1 lesson, 1 exercise, 2 runs each: 2 passed, 0 failed").doesNotContain("Permission denied", "sudo rm");
        assertThat(home.resolve("lab/out")).doesNotExist();
    }

    private static void ensureUserInDockerGroup() throws Exception {
        if (!succeeds("getent", "group", "docker")) {
            root("groupadd", "--system", "docker");
        }
        if (!succeeds("id", "-u", USER)) {
            root("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "--groups", "docker", USER);
        } else {
            root("usermod", "--append", "--groups", "docker", USER);
        }
    }

    /** The unix socket the daemon tests use: DOCKER_HOST's, else the usual one. */
    private static Path daemonSocket() {
        String host = System.getenv("DOCKER_HOST");
        if (host == null || host.isEmpty()) {
            return Path.of("/var/run/docker.sock");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(host.startsWith("unix://"), "the daemon is not on a unix socket: " + host);
        return Path.of(host.substring("unix://".length()));
    }

    private static void root(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + output);
        }
    }

    private static boolean succeeds(String... command) throws Exception {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
