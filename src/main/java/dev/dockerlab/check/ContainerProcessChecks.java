package dev.dockerlab.check;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * What a container's processes show: its logs, and the page it serves, fetched
 * with wget from inside its own network namespace (no published port, no
 * address outside the container). Both calls are bounded.
 */
final class ContainerProcessChecks {

    private static final long LOGS_SECONDS = 10;
    /** busybox 1.35's static wget crashes with -T, so the exec itself is what is bounded. */
    private static final long FETCH_SECONDS = 10;

    private final DockerClient client;

    ContainerProcessChecks(DockerClient client) {
        this.client = client;
    }

    Verdict check(ContainerAssertion assertion, InspectContainerResponse container, String life) {
        if (assertion.kind() == ContainerAssertion.Kind.LOGS_CONTAIN) {
            return logs(assertion, container);
        }
        if (!ContainerChecks.isRunning(container)) {
            return Verdict.of(false, life + ", so it serves nothing");
        }
        return serves(assertion, container);
    }

    private Verdict logs(ContainerAssertion assertion, InspectContainerResponse container) {
        Collected logs = new Collected();
        try (logs) {
            if (!client.logContainerCmd(container.getId()).withStdOut(true).withStdErr(true).withTailAll()
                    .exec(logs).awaitCompletion(LOGS_SECONDS, TimeUnit.SECONDS)) {
                return Verdict.unknown("reading the logs of " + assertion.name() + " took longer than " + LOGS_SECONDS + " s");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Verdict.unknown("reading the logs of " + assertion.name() + " was interrupted");
        } catch (java.io.IOException closing) {
            // the stream was read to its end; closing it cannot change what it said
        }
        String text = logs.text();
        boolean holds = text.contains(assertion.text());
        String last = text.strip().lines().reduce((first, second) -> second).orElse("");
        return Verdict.of(holds, "the logs of " + assertion.name() + (holds ? " contain " + Quoting.quote(assertion.text())
                : text.isBlank() ? " are empty" : " do not contain " + Quoting.quote(assertion.text())
                + "; the last line is " + Quoting.quote(last)));
    }

    private Verdict serves(ContainerAssertion assertion, InspectContainerResponse container) {
        String path = assertion.path() == null ? "/" : assertion.path().startsWith("/") ? assertion.path() : "/" + assertion.path();
        String url = "http://127.0.0.1:" + assertion.number() + path;
        String exec = client.execCreateCmd(container.getId())
                .withCmd("wget", "-q", "-O", "-", url)
                .withAttachStdout(true).withAttachStderr(true).exec().getId();
        Collected page = new Collected();
        // Closing the callback closes the stream, so a page that never comes does not hold a connection.
        try (page) {
            if (!client.execStartCmd(exec).exec(page).awaitCompletion(FETCH_SECONDS, TimeUnit.SECONDS)) {
                return Verdict.unknown("fetching " + url + " inside " + assertion.name() + " took longer than "
                        + FETCH_SECONDS + " s");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Verdict.unknown("fetching " + url + " inside " + assertion.name() + " was interrupted");
        } catch (java.io.IOException closing) {
            // the page was read to its end; closing the stream cannot change it
        }
        String where = "inside " + assertion.name() + ", " + url;
        String body = page.stdout();
        // The text itself on stdout proves the page was served: wget's exit status is asked only when it is not.
        boolean textSeen = !assertion.text().isEmpty() && body.contains(assertion.text());
        Long status = textSeen ? Long.valueOf(0) : client.inspectExecCmd(exec).exec().getExitCodeLong();
        if (status == null || status != 0) {
            String why = page.errors().isBlank() ? "exit status " + status : page.errors().strip();
            if (status != null && status == 127) {
                why = "container " + assertion.name() + " has no wget to fetch pages with";
            }
            return Verdict.of(false, where + " cannot be fetched: " + why);
        }
        boolean holds = body.contains(assertion.text());
        String flat = body.strip().replace("\n", "\\n");
        return Verdict.of(holds, where + " serves " + Quoting.quote(flat.length() > 80 ? flat.substring(0, 77) + "..." : flat));
    }

    /** Collects the output frames of a log or exec stream. */
    private static final class Collected extends ResultCallback.Adapter<Frame> {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();

        @Override
        public void onNext(Frame frame) {
            ByteArrayOutputStream target = frame.getStreamType() == StreamType.STDERR ? err : out;
            synchronized (this) {
                if (target.size() < (1 << 20)) {
                    target.writeBytes(frame.getPayload());
                }
            }
        }

        synchronized String text() {
            return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        }

        synchronized String stdout() {
            return out.toString(StandardCharsets.UTF_8);
        }

        synchronized String errors() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }
}
