package dev.dockerlab.check;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A container's logs, and a page fetched with wget from inside its own
 * network namespace (no published port, no address outside the container).
 * Both calls are bounded.
 */
final class ContainerStreams {

    private static final long LOGS_SECONDS = 10;
    /** busybox 1.35's static wget crashes with -T, so the exec itself is what is bounded. */
    private static final long FETCH_SECONDS = 10;

    private final DockerClient client;

    ContainerStreams(DockerClient client) {
        this.client = client;
    }

    ProcessOutput logs(String containerId) {
        Collected logs = new Collected();
        try (logs) {
            if (!client.logContainerCmd(containerId).withStdOut(true).withStdErr(true).withTailAll()
                    .exec(logs).awaitCompletion(LOGS_SECONDS, TimeUnit.SECONDS)) {
                return ProcessOutput.unfinished("took longer than " + LOGS_SECONDS + " s");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return ProcessOutput.unfinished("was interrupted");
        } catch (IOException closing) {
            // the stream was read to its end; closing it cannot change what it said
        }
        return ProcessOutput.finished(logs.stdout(), logs.errors(), () -> null);
    }

    ProcessOutput fetch(String containerId, String url) {
        return exec(containerId, List.of("wget", "-q", "-O", "-", url));
    }

    /** Runs {@code command} in the running container, bounded as a fetch is. */
    ProcessOutput exec(String containerId, List<String> command) {
        String exec = client.execCreateCmd(containerId)
                .withCmd(command.toArray(String[]::new))
                .withAttachStdout(true).withAttachStderr(true).exec().getId();
        Collected page = new Collected();
        // Closing the callback closes the stream, so a page that never comes does not hold a connection.
        try (page) {
            if (!client.execStartCmd(exec).exec(page).awaitCompletion(FETCH_SECONDS, TimeUnit.SECONDS)) {
                return ProcessOutput.unfinished("took longer than " + FETCH_SECONDS + " s");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return ProcessOutput.unfinished("was interrupted");
        } catch (IOException closing) {
            // the page was read to its end; closing the stream cannot change it
        }
        return ProcessOutput.finished(page.stdout(), page.errors(), () -> client.inspectExecCmd(exec).exec().getExitCodeLong());
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

        synchronized String stdout() {
            return out.toString(StandardCharsets.UTF_8);
        }

        synchronized String errors() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }
}
