package dev.dockerlab.run;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Who holds a lesson on a daemon: a verify run or a REPL, its process and
 * host, since when, and (for verify) every lesson the run proves, so that a
 * second run can name it in one sentence.
 */
public record RunHolder(String kind, long pid, String host, String since, List<String> lessons) {

    public static final String VERIFY = "verify";
    public static final String REPL = "a REPL";

    public RunHolder {
        lessons = lessons == null ? List.of() : List.copyOf(lessons);
    }

    /** This process, starting now. */
    public static RunHolder thisProcess(String kind, List<String> lessons) {
        return new RunHolder(kind, ProcessHandle.current().pid(), thisHost(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), lessons);
    }

    static String thisHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException noName) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("localhost");
        }
    }

    /**
     * Whether the holder may still run. A process of this host is asked of
     * the OS (a killed run must never block the next); one of another host
     * cannot be, and is taken to run.
     */
    public boolean mayRun() {
        if (!host.equals(thisHost())) {
            return true;
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** "verify (pid 4711 on build-3, since 10:02:07 UTC, lessons bind-mounts, sharing-data)" */
    public String describe() {
        String at = sinceInstant().map(instant -> DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC).format(instant))
                .orElse(since);
        String what = lessons.isEmpty() ? "" : (lessons.size() == 1 ? ", lesson " : ", lessons ") + String.join(", ", lessons);
        return kind + " (pid " + pid + " on " + host + ", since " + at + what + ")";
    }

    Optional<Instant> sinceInstant() {
        try {
            return Optional.of(Instant.parse(since));
        } catch (RuntimeException notATime) {
            return Optional.empty();
        }
    }
}
