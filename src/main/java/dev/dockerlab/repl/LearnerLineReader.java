package dev.dockerlab.repl;

import org.jline.reader.Buffer;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

import java.nio.file.Path;

/**
 * The line editor the learner types into, set up so that what they type
 * reaches the shell byte for byte: no history expansion of {@code !}, no
 * backslash removal (JLine does both unless told not to), commands that go on
 * over several lines under bash's "> " prompt, and a pasted block that ends
 * with a newline runs as bash runs it, without another Enter.
 */
final class LearnerLineReader {

    static final String CONTINUATION_PROMPT = "> ";

    private LearnerLineReader() {
    }

    static LineReader build(Terminal terminal, Completer completer, Path historyFile, Continuation continuation) {
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("dockerlab")
                .completer(completer)
                .parser(new ShellLineParser(continuation))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT);
        if (historyFile != null) {
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        LineReader reader = builder.build();
        // Every key map binds the start of a paste to this widget by name.
        reader.getWidgets().put(LineReader.BEGIN_PASTE, () -> pasteAndRun(reader));
        return reader;
    }

    /** JLine's own paste, then Enter when the pasted text ended a line: each whole command in it runs. */
    private static boolean pasteAndRun(LineReader reader) {
        ((LineReaderImpl) reader).beginPaste();
        Buffer buffer = reader.getBuffer();
        String text = buffer.toString();
        if (buffer.cursor() == text.length() && text.endsWith("\n")) {
            buffer.backspace();
            reader.callWidget(LineReader.ACCEPT_LINE);
        }
        return true;
    }
}
