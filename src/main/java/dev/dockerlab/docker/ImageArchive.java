package dev.dockerlab.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.LoadImageCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.dockerlab.failure.DockerUnavailable;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * An image as one tar file, the way {@code docker save} and {@code docker
 * load} move it between daemons without a registry. Both directions are
 * bounded: a save stops past a size limit, a load past a time limit.
 */
public final class ImageArchive {

    private static final long LOAD_MINUTES = 10;
    private static final int BUFFER = 64 * 1024;

    private final DockerClient client;

    public ImageArchive(DockerClient client) {
        this.client = client;
    }

    /** The image's ID ({@code sha256:...}) when the daemon has {@code reference}. */
    public Optional<String> id(String reference) {
        try {
            return Optional.ofNullable(client.inspectImageCmd(reference).exec().getId());
        } catch (NotFoundException absent) {
            return Optional.empty();
        }
    }

    /**
     * Writes {@code docker save REFERENCE} to {@code file}: the size written,
     * or empty when the archive grew past {@code maxBytes} (the file then
     * holds a cut-off part, for the caller to delete).
     */
    public OptionalLong save(String reference, Path file, long maxBytes) throws IOException {
        try (InputStream image = client.saveImageCmd(reference).exec();
             OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            for (int read = image.read(buffer); read != -1; read = image.read(buffer)) {
                total += read;
                if (total > maxBytes) {
                    return OptionalLong.empty();
                }
                out.write(buffer, 0, read);
            }
            return OptionalLong.of(total);
        }
    }

    /**
     * Loads an archive {@code docker save} wrote. The daemon's answer is read
     * to its end (which the synchronous loadImageCmd does not do), so an
     * archive it rejects is a DockerException here, not silence.
     */
    public void load(InputStream archive) {
        try (LoadImageCallback callback = client.loadImageAsyncCmd(archive).start()) {
            if (!callback.awaitCompletion(LOAD_MINUTES, TimeUnit.MINUTES)) {
                throw new DockerUnavailable("The daemon did not finish loading an image within "
                        + LOAD_MINUTES + " minutes.");
            }
            callback.awaitMessage();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DockerUnavailable("Loading an image was interrupted.", interrupted);
        } catch (IOException closing) {
            throw new DockerUnavailable("The connection to the daemon broke while loading an image.", closing);
        }
    }
}
