package dev.dockerlab.testing;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A tar file made entry by entry, for archives dockerlab would never write itself. */
public final class TarBuilder {

    private final List<TarArchiveEntry> entries = new ArrayList<>();
    private final List<byte[]> contents = new ArrayList<>();

    public TarBuilder file(String name, String content) {
        return entry(new TarArchiveEntry(name), content);
    }

    public TarBuilder file(String name, byte[] content) {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        entries.add(entry);
        contents.add(content);
        return this;
    }

    /** Any entry: a link, an absolute path, a folder. Content is written for plain files only. */
    public TarBuilder entry(TarArchiveEntry entry, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        entry.setSize(entry.isFile() && !entry.isSymbolicLink() ? bytes.length : 0);
        entries.add(entry);
        contents.add(bytes);
        return this;
    }

    public Path writeTo(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (int i = 0; i < entries.size(); i++) {
                tar.putArchiveEntry(entries.get(i));
                tar.write(contents.get(i), 0, (int) entries.get(i).getSize());
                tar.closeArchiveEntry();
            }
        }
        return file;
    }
}
