package dev.dockerlab.render;

import org.jline.terminal.Terminal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Which characters the learner's terminal can show: Unicode where the locale
 * says UTF-8, plain ASCII elsewhere. A terminal in the C locale (or tmux and
 * screen started in it) shows "─" as "?", "_" or worse, so the rules, frames,
 * bullets and marks dockerlab draws get ASCII stand-ins of the same width and
 * every table and banner keeps its shape.
 */
public enum Glyphs {
    UNICODE,
    ASCII;

    /**
     * The locale's character set as C programs take it, the first of LC_ALL,
     * LC_CTYPE and LANG that is set; when none is, the encoding the terminal
     * writes in, and for plain output (a pipe, a file) ASCII, the C locale's.
     *
     * @param terminal the terminal written to, or null for plain output
     */
    public static Glyphs of(Map<String, String> env, Terminal terminal) {
        return CtypeLocale.of(env).map(locale -> locale.isUtf8() ? UNICODE : ASCII)
                .orElseGet(() -> terminal != null && StandardCharsets.UTF_8.equals(terminal.encoding()) ? UNICODE : ASCII);
    }

    /** The text as this terminal shows it: ASCII stand-ins for the characters dockerlab draws, one for one. */
    public String shown(CharSequence text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            shown.append(shown(text.charAt(i)));
        }
        return shown.toString();
    }

    public char shown(char c) {
        if (this == UNICODE || c < 0x80) {
            return c;
        }
        if (c >= '\u2500' && c <= '\u257f') {
            return boxDrawing(c);
        }
        return switch (c) {
            case '·', '◦', '—', '–' -> '-';
            case '•', '✔' -> '*';
            case '▶' -> '>';
            case '‘', '’' -> '\'';
            case '“', '”' -> '"';
            default -> c;
        };
    }

    /** Lines by their direction, by name: "BOX DRAWINGS DOUBLE HORIZONTAL", "BOX DRAWINGS LIGHT DOWN AND RIGHT". */
    private static char boxDrawing(char c) {
        String name = Character.getName(c);
        boolean horizontal = name.contains("HORIZONTAL");
        boolean vertical = name.contains("VERTICAL");
        if (horizontal && !vertical) {
            return name.contains("DOUBLE") || name.contains("HEAVY") ? '=' : '-';
        }
        if (vertical && !horizontal) {
            return '|';
        }
        return '+';
    }
}
