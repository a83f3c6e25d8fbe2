package dev.dockerlab.repl;

import java.util.Optional;

/** Where the REPL's lines come from: the learner at a terminal, or a script on stdin. */
interface LineSource {

    /** The next line; empty at the end of input (Ctrl-D, end of the script). */
    Optional<String> next(String prompt);

    /** A yes/no answer to a question just printed. */
    boolean confirm();

    /** Called after every line, e.g. to save history. */
    default void remember(String line) {
    }
}
