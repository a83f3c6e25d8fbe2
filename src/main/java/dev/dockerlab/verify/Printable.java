package dev.dockerlab.verify;

/**
 * Lesson text and command output made safe to print on a terminal: control
 * characters (an escape byte, a carriage return, a bell) and invisible format
 * characters are shown escaped, so a check line or a script's output can
 * neither move the cursor, recolour the screen nor hide text. Line breaks and tabs stay.
 */
public final class Printable {

    private Printable() {
    }

    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\t') {
                out.appendCodePoint(c);
            } else if (c == '\r') {
                out.append("\\r");
            } else if (Character.isISOControl(c) && c < 0x100) {
                out.append(String.format("\\x%02x", c));
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
