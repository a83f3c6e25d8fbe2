package dev.dockerlab.doctor;

import dev.dockerlab.AppContext;
import dev.dockerlab.docker.TimeLimits;
import dev.dockerlab.shell.BoundedProcess;
import dev.dockerlab.shell.ShellResult;

import java.time.Duration;

/**
 * The docker command the learner types: lessons need it on PATH, reaching the
 * daemon doctor found. It is asked in the learner's environment, and within
 * the first-contact bound: a CLI waiting on a wedged daemon is stopped.
 */
final class DockerCli {

    private DockerCli() {
    }

    static DoctorLine probe(AppContext context) {
        Duration limit = TimeLimits.fromEnvironment(context.env()).firstContact();
        ProcessBuilder builder = new ProcessBuilder("docker", "version", "--format", "{{.Client.Version}}");
        builder.environment().clear();
        builder.environment().putAll(context.env());
        ShellResult asked = BoundedProcess.run(builder, limit);
        if (asked.status() == 127 && !asked.timedOut()) {
            return DoctorLine.fail("docker CLI", "no docker command on PATH",
                    "install the Docker CLI (Debian: apt-get install docker.io); lessons type docker commands.");
        }
        if (asked.timedOut()) {
            return DoctorLine.warn("docker CLI", "`docker version` " + asked.ending(),
                    "the daemon it reaches may be stuck: is `docker ps` answering? Restart the daemon (scripts/docker-up).");
        }
        String version = asked.stdout().strip();
        if (version.isEmpty()) {
            return DoctorLine.warn("docker CLI", "found, but it did not say its version", null);
        }
        return DoctorLine.ok("docker CLI", "docker " + version);
    }
}
