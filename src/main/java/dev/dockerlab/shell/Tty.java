package dev.dockerlab.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard input is a terminal. System.console() answers for stdin
 * and stdout together, so `dockerlab | tee log` would look scripted; on Linux
 * the link behind /proc/self/fd/0 tells about stdin alone.
 */
public final class Tty {

    private Tty() {
    }

    public static boolean stdinIsTerminal() {
        if (System.console() != null) {
            return true;
        }
        Path stdin = Path.of("/proc/self/fd/0");
        try {
            String target = Files.isSymbolicLink(stdin) ? Files.readSymbolicLink(stdin).toString() : "";
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException unknown) {
            return false;
        }
    }
}
