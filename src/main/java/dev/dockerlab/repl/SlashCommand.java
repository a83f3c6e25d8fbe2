package dev.dockerlab.repl;

/**
 * One slash command: its name, how it is called, what it does, and the code
 * that runs it. The handler answers false when the command failed (a wrong
 * argument, nothing to do), which scripted use reports in its exit status.
 * {@code shortest} is the shortest beginning it answers to: a command added
 * later must not take a beginning learners already use for another (/c is /check).
 */
record SlashCommand(String name, String usage, String help, int shortest, Handler handler) {

    /** Whether the word is the name, or a beginning of it long enough to stand for it. */
    boolean answersTo(String word) {
        return name.equals(word) || word.length() >= shortest && name.startsWith(word);
    }

    @FunctionalInterface
    interface Handler {
        boolean run(String arguments);
    }
}
