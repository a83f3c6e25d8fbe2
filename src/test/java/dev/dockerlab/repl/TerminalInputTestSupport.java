package dev.dockerlab.repl;

/** What the terminal tests share. */
final class TerminalInputTestSupport {

    private TerminalInputTestSupport() {
    }

    /** Where the suite must run whole (CI, scripts/test), a missing tmux fails instead of skipping. */
    static boolean requireTools() {
        if ("true".equalsIgnoreCase(System.getenv("CI")) || System.getenv("DOCKERLAB_REQUIRE_DAEMON") != null) {
            throw new AssertionError("tmux is missing; scripts/test installs it (apt-get install tmux)");
        }
        return false;
    }
}
