package dev.dockerlab.bench;

/** Single-quotes a word for bash. */
final class ShellQuote {

    private ShellQuote() {
    }

    static String q(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
