package dev.dockerlab.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockerlab.docker.Endpoint;
import dev.dockerlab.progress.AtomicFile;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Who works on which lesson of one daemon, from this state folder: the
 * lessons' object names are fixed, so a verify of a lesson must have it to
 * itself, while REPLs in it may share it. An OS file lock per daemon and
 * lesson ({@code runs/DAEMON/LESSON.lock}) says so, exclusive for verify and
 * shared for a REPL; the OS drops it when a process dies, so a killed run
 * never blocks the next. Beside it each holder leaves a small file saying who
 * it is, for the sentence a blocked run shows.
 *
 * <p>An OS lock belongs to the process, and closing any channel on the file
 * drops it; the holds of this JVM (threads, tests) are therefore kept in one
 * table and the file is opened once per JVM.
 */
public final class LessonLocks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Path, JvmHold> IN_THIS_JVM = new HashMap<>();
    private static final AtomicLong HOLDS = new AtomicLong();

    private final Path folder;
    private final RunHolder me;

    public LessonLocks(Path folder, RunHolder me) {
        this.folder = folder;
        this.me = me;
    }

    /** The locks of one daemon under the state folder: one folder per endpoint. */
    public static Path folder(Path stateDir, Endpoint endpoint) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(endpoint.uri().toString().getBytes(StandardCharsets.UTF_8));
            return stateDir.resolve("runs").resolve(HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Takes the lesson, for verify ({@code exclusive}) or a REPL, when no one
     * holds it in a way that excludes this; never waits.
     */
    public Optional<Hold> tryHold(String lessonId, boolean exclusive) throws IOException {
        Path lock = lockFile(lessonId);
        synchronized (IN_THIS_JVM) {
            JvmHold held = IN_THIS_JVM.get(lock);
            if (held != null) {
                if (exclusive || held.exclusive) {
                    return Optional.empty();
                }
                held.holders++;
            } else {
                Files.createDirectories(folder);
                FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock fileLock;
                try {
                    fileLock = channel.tryLock(0, Long.MAX_VALUE, !exclusive);
                } catch (IOException | RuntimeException cannot) {
                    channel.close();
                    throw cannot;
                }
                if (fileLock == null) {
                    channel.close();
                    return Optional.empty();
                }
                IN_THIS_JVM.put(lock, new JvmHold(channel, exclusive));
            }
        }
        Path whoFile = folder.resolve(safe(lessonId) + "." + me.pid() + "-" + HOLDS.incrementAndGet() + ".holder");
        Hold hold = new Hold(lock, whoFile);
        try {
            AtomicFile.write(whoFile, JSON.writeValueAsString(me));
        } catch (IOException cannotSay) {
            // the lock holds without it: a blocked run then names no one
        }
        return Optional.of(hold);
    }

    /** The others holding the lesson now, as far as their files say; the files of dead processes are removed. */
    public List<RunHolder> holders(String lessonId) {
        List<RunHolder> holders = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return holders;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, safe(lessonId) + ".*.holder")) {
            for (Path file : files) {
                readHolder(file).ifPresent(holder -> {
                    if (holder.mayRun()) {
                        holders.add(holder);
                    } else {
                        deleteQuietly(file);
                    }
                });
            }
        } catch (IOException unreadable) {
            return holders;
        }
        return holders;
    }

    private static Optional<RunHolder> readHolder(Path file) {
        try {
            return Optional.of(JSON.readValue(file.toFile(), RunHolder.class));
        } catch (IOException goneOrHalfWritten) {
            return Optional.empty();
        }
    }

    private Path lockFile(String lessonId) {
        return folder.resolve(safe(lessonId) + ".lock").toAbsolutePath().normalize();
    }

    private static String safe(String lessonId) {
        return lessonId.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException notNow) {
            // it is read again, and its dead process skipped, next time
        }
    }

    /** A lesson held; closing it lets others in. */
    public static final class Hold implements AutoCloseable {

        private final Path lock;
        private final Path whoFile;
        private boolean open = true;

        private Hold(Path lock, Path whoFile) {
            this.lock = lock;
            this.whoFile = whoFile;
        }

        @Override
        public void close() {
            synchronized (IN_THIS_JVM) {
                if (!open) {
                    return;
                }
                open = false;
                deleteQuietly(whoFile);
                JvmHold held = IN_THIS_JVM.get(lock);
                if (held != null && --held.holders == 0) {
                    IN_THIS_JVM.remove(lock);
                    try {
                        held.channel.close();
                    } catch (IOException alreadyGone) {
                        // closing drops the lock however it ends
                    }
                }
            }
        }
    }

    private static final class JvmHold {

        private final FileChannel channel;
        private final boolean exclusive;
        private int holders = 1;

        JvmHold(FileChannel channel, boolean exclusive) {
            this.channel = channel;
            this.exclusive = exclusive;
        }
    }
}
