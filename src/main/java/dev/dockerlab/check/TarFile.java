package dev.dockerlab.check;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A tar file on the host, opened as tar whether or not it is gzip-compressed
 * ({@code tar czf}, .tar.gz, .tgz): gzip is known by its magic bytes, not by
 * the file's name, so a misnamed archive reads as well.
 */
record TarFile(InputStream stream, boolean gzipped) implements AutoCloseable {

    static TarFile open(Path archive) throws IOException {
        InputStream file = new BufferedInputStream(Files.newInputStream(archive, LinkOption.NOFOLLOW_LINKS));
        file.mark(2);
        boolean gzipped = file.read() == 0x1f && file.read() == 0x8b;
        file.reset();
        return new TarFile(gzipped ? new GZIPInputStream(file) : file, gzipped);
    }

    /** "backup.tar.gz (gzip-compressed)", as a fact names it. */
    String describe(Path archive) {
        return archive.getFileName() + (gzipped ? " (gzip-compressed)" : "");
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
