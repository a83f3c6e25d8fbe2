package dev.dockerlab.repl;

/**
 * One slash command: its name, how it is called, what it does, and the code
 * that runs it. The handler answers false when the command failed (a wrong
 * argument, nothing to do), which scripted use reports in its exit status.
 */
record SlashCommand(String name, String usage, String help, Handler handler) {

    @FunctionalInterface
    interface Handler {
        boolean run(String arguments);
    }
}
