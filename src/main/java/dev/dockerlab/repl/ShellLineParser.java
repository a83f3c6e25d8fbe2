package dev.dockerlab.repl;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;

/**
 * JLine's view of what the learner types. Completion splits words as
 * JLine's default parser does; Enter on an unfinished command asks for more
 * (JLine then adds a line under the "> " prompt) instead of running it.
 */
final class ShellLineParser implements Parser {

    private final DefaultParser words = new DefaultParser();
    private final Continuation continuation;

    ShellLineParser(Continuation continuation) {
        this.continuation = continuation;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && continuation.needsMore(line)) {
            throw new EOFError(-1, cursor, "the command goes on");
        }
        return words.parse(line, cursor, context);
    }
}
