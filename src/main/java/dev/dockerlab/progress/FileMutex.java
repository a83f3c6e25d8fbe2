package dev.dockerlab.progress;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One writer at a time for a file of the state folder, across processes and
 * threads: an OS lock on a {@code .lock} file beside it, which the OS drops
 * when a process dies (a killed REPL never blocks the next), and a lock in
 * this JVM in front of it. The JVM's own lock is needed because an OS file
 * lock belongs to the process: a second thread would get an exception, and
 * closing a second channel on the file would drop the first one's lock.
 */
public final class FileMutex {

    private static final ConcurrentMap<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private FileMutex() {
    }

    /** Waits until no other process or thread holds the lock file, and holds it until closed. */
    public static Held lock(Path lockFile) throws IOException {
        Path path = lockFile.toAbsolutePath().normalize();
        ReentrantLock local = IN_THIS_JVM.computeIfAbsent(path, key -> new ReentrantLock());
        local.lock();
        try {
            Files.createDirectories(path.getParent());
            FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                channel.lock();
            } catch (IOException | RuntimeException cannotLock) {
                channel.close();
                throw cannotLock;
            }
            return new Held(local, channel);
        } catch (IOException | RuntimeException failed) {
            local.unlock();
            throw failed;
        }
    }

    /** A held lock; closing it lets the next one in. */
    public static final class Held implements AutoCloseable {

        private final ReentrantLock local;
        private final FileChannel channel;

        private Held(ReentrantLock local, FileChannel channel) {
            this.local = local;
            this.channel = channel;
        }

        @Override
        public void close() throws IOException {
            try {
                channel.close();
            } finally {
                local.unlock();
            }
        }
    }
}
