package dev.dockerlab.doctor;

import dev.dockerlab.AppContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The docker command the learner types: lessons need it on PATH. */
final class DockerCli {

    private DockerCli() {
    }

    static DoctorLine probe(AppContext context) {
        try {
            Process process = new ProcessBuilder("docker", "version", "--format", "{{.Client.Version}}")
                    .redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            if (version.isEmpty()) {
                return DoctorLine.warn("docker CLI", "found, but it did not say its version", null);
            }
            return DoctorLine.ok("docker CLI", "docker " + version);
        } catch (IOException notFound) {
            return DoctorLine.fail("docker CLI", "no docker command on PATH",
                    "install the Docker CLI (Debian: apt-get install docker.io); lessons type docker commands.");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return DoctorLine.warn("docker CLI", "interrupted while asking its version", null);
        }
    }
}
