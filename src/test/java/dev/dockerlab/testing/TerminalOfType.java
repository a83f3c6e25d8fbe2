package dev.dockerlab.testing;

import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A JLine terminal of a given type (its capabilities from JLine's terminfo,
 * e.g. "screen" as under screen and tmux, or "xterm-256color") over a byte
 * buffer, so a test sees exactly the bytes the learner's terminal would get.
 */
public final class TerminalOfType implements AutoCloseable {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Terminal terminal;

    public TerminalOfType(String type) {
        this(type, StandardCharsets.UTF_8);
    }

    public TerminalOfType(String type, Charset encoding) {
        try {
            terminal = new DumbTerminal("test", type, new ByteArrayInputStream(new byte[0]), bytes, encoding);
        } catch (IOException cannot) {
            throw new UncheckedIOException(cannot);
        }
    }

    public Terminal terminal() {
        return terminal;
    }

    /** Everything written so far, decoded as UTF-8. */
    public String shown() {
        terminal.writer().flush();
        terminal.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        terminal.close();
    }
}
