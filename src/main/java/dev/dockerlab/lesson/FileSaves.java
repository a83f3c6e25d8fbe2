package dev.dockerlab.lesson;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The saves of one file, for {@code verify --watch} and {@code learn --watch}.
 * The file's folder is watched, not the file: an editor that writes a new
 * file and renames it over the old one (vim, most IDEs) replaces the file a
 * watch on it would follow. A save is a write, a creation or a rename onto
 * the file's name, followed by {@link #QUIET} without another: an editor's
 * save of several writes counts once.
 */
public final class FileSaves implements AutoCloseable {

    /** How long the file must be left alone before a save counts. */
    public static final Duration QUIET = Duration.ofMillis(200);

    private final Predicate<Path> names;
    private final WatchService service;

    private FileSaves(Predicate<Path> names, WatchService service) {
        this.names = names;
        this.service = service;
    }

    /** Starts watching now: a save from this moment on is seen by the next {@link #next}. */
    public static FileSaves of(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        return in(absolute.getParent(), absolute.getFileName()::equals);
    }

    /** The saves of the files of {@code folder} whose names {@code names} takes. */
    public static FileSaves in(Path folder, Predicate<Path> names) throws IOException {
        WatchService service = FileSystems.getDefault().newWatchService();
        try {
            folder.toAbsolutePath().register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException | RuntimeException cannotWatch) {
            service.close();
            throw cannotWatch;
        }
        return new FileSaves(names, service);
    }

    /** Waits for the next save, then for the file to be left alone. */
    public void next() throws InterruptedException {
        while (!touched(service.take())) {
            // a save of another file of the folder
        }
        while (true) {
            WatchKey more = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS);
            if (more == null) {
                return;
            }
            touched(more);
        }
    }

    /** Whether the key's events touch the file; the key is made ready for more. */
    private boolean touched(WatchKey key) {
        boolean touched = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            // an overflow lost events, which may have been this file's
            touched |= event.kind() == StandardWatchEventKinds.OVERFLOW
                    || event.context() instanceof Path name && names.test(name);
        }
        key.reset();
        return touched;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException | ClosedWatchServiceException alreadyClosed) {
            // nothing is watched any more either way
        }
    }
}
