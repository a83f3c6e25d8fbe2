package dev.dockerlab.repl;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How the terminal encodes what the learner types: the codeset the locale
 * names (LC_ALL, then LC_CTYPE, then LANG, as C programs read them), else
 * UTF-8, which every terminal of today sends. Java's own default would be
 * ASCII under an unset locale, and turn "é" into "?" before bash sees it.
 */
final class TerminalEncoding {

    private TerminalEncoding() {
    }

    static Charset of(Map<String, String> env) {
        return Stream.of("LC_ALL", "LC_CTYPE", "LANG")
                .map(env::get)
                .filter(value -> value != null && !value.isBlank())
                .findFirst()
                .map(TerminalEncoding::codeset)
                .orElse(StandardCharsets.UTF_8);
    }

    private static Charset codeset(String locale) {
        int dot = locale.indexOf('.');
        if (dot < 0) {
            return StandardCharsets.UTF_8;
        }
        String name = locale.substring(dot + 1).replaceFirst("@.*", "");
        try {
            return Charset.forName(name.equalsIgnoreCase("utf8") ? "UTF-8" : name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return StandardCharsets.UTF_8;
        }
    }
}
