package dev.dockerlab.cli;

import picocli.CommandLine.Help.Ansi;

/** Colours for command output, or none (--no-color, NO_COLOR, a pipe). */
final class Style {

    private final Ansi ansi;

    Style(boolean color) {
        this.ansi = color ? Ansi.AUTO : Ansi.OFF;
    }

    String ok(String text) {
        return ansi.string("@|green " + escape(text) + "|@");
    }

    String bad(String text) {
        return ansi.string("@|red,bold " + escape(text) + "|@");
    }

    String faint(String text) {
        return ansi.string("@|faint " + escape(text) + "|@");
    }

    String bold(String text) {
        return ansi.string("@|bold " + escape(text) + "|@");
    }

    /** picocli's markup treats "|@" and "@|" as its own; keep the learner's text literal. */
    private static String escape(String text) {
        return text.replace("@|", "@ |").replace("|@", "| @");
    }
}
