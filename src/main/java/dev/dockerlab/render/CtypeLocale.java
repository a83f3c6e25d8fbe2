package dev.dockerlab.render;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The locale that says how characters are written, as C programs take it:
 * the first of LC_ALL, LC_CTYPE and LANG that is set ("en_US.UTF-8",
 * "C.utf8", "C", macOS's bare "UTF-8").
 */
public record CtypeLocale(String name) {

    public static Optional<CtypeLocale> of(Map<String, String> env) {
        return Stream.of("LC_ALL", "LC_CTYPE", "LANG")
                .map(env::get)
                .filter(value -> value != null && !value.isBlank())
                .findFirst()
                .map(CtypeLocale::new);
    }

    public boolean isUtf8() {
        return name.toLowerCase(Locale.ROOT).replace("-", "").contains("utf8");
    }

    /** The character set after the dot ("ISO-8859-1" of "de_DE.ISO-8859-1@euro"), when it names one Java knows. */
    public Optional<Charset> codeset() {
        if (isUtf8()) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        int dot = name.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name.substring(dot + 1).replaceFirst("@.*", "")));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return Optional.empty();
        }
    }
}
