package dev.dockerlab.bundle;

import dev.dockerlab.failure.BadInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The dockerlab jar a bundle made with {@code --with-jar} carries, found from
 * where this program runs: its jar; the {@code dockerlab.jar} that {@code mvn
 * package} writes beside {@code target/classes}; or the jar at the end of a
 * runnable bundle. A runnable bundle is the tar file followed by the jar:
 * tar readers stop at the tar's end, and {@code java -jar} finds the jar by
 * the zip directory at the file's end, wherever the jar begins.
 */
public record ProgramJar(Path file, long offset, long length) {

    public static final String JAR_NAME = "dockerlab.jar";

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    /** The jar of the program running from {@code codeLocation} (a jar, a bundle or a classes folder). */
    public static ProgramJar of(Path codeLocation) {
        if (codeLocation == null) {
            throw new BadInput("--with-jar cannot tell where this dockerlab runs from; run it with java -jar dockerlab.jar.");
        }
        Path file = Files.isDirectory(codeLocation) ? codeLocation.resolveSibling(JAR_NAME) : codeLocation;
        return in(file).orElseThrow(() -> new BadInput("--with-jar puts the dockerlab jar in the bundle, and this"
                + " dockerlab runs from " + codeLocation + " with no jar"
                + (Files.isDirectory(codeLocation) ? " (" + file + ")" : "")
                + "; build it with mvn package, or run dockerlab from its jar."));
    }

    /** The jar in {@code file}, whole or at its end; empty when the file holds none. */
    public static Optional<ProgramJar> in(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            int tail = (int) Math.min(size, END_SIZE + MAX_COMMENT);
            ByteBuffer end = read(channel, size - tail, tail);
            for (int at = tail - END_SIZE; at >= 0; at--) {
                if (end.getInt(at) != END_SIGNATURE) {
                    continue;
                }
                long directorySize = Integer.toUnsignedLong(end.getInt(at + 12));
                long directoryOffset = Integer.toUnsignedLong(end.getInt(at + 16));
                long endAt = size - tail + at;
                long start = endAt - directorySize - directoryOffset;
                if (start >= 0 && start + 4 <= size && read(channel, start, 4).getInt(0) == LOCAL_SIGNATURE) {
                    return Optional.of(new ProgramJar(file, start, size - start));
                }
            }
            return Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** Whether the file is a bundle with a jar at its end, so {@code java -jar FILE} runs it. */
    public static boolean isRunnable(Path bundle) {
        return in(bundle).filter(jar -> jar.offset() > 0).isPresent();
    }

    /** The bundle this program runs from, when it was started as {@code java -jar BUNDLE}. */
    public static Optional<Path> runningBundle(Path codeLocation) {
        return Optional.ofNullable(codeLocation).filter(Files::isRegularFile).filter(BundleReader::startsAsBundle);
    }

    public void copyTo(OutputStream out) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file);
             InputStream in = Channels.newInputStream(channel.position(offset))) {
            long copied = in.transferTo(out);
            if (copied != length) {
                throw new IOException(file + " changed while it was copied");
            }
        }
    }

    private static ByteBuffer read(FileChannel channel, long position, int count) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(count).order(ByteOrder.LITTLE_ENDIAN);
        int read = 0;
        while (buffer.hasRemaining() && read >= 0) {
            read = channel.read(buffer, position + buffer.position());
        }
        if (buffer.hasRemaining()) {
            throw new IOException("the file ended early");
        }
        return buffer.flip().order(ByteOrder.LITTLE_ENDIAN);
    }
}
