package dev.dockerlab.classroom.client;

import dev.dockerlab.classroom.ClassProtocol;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the learner asked for as the session starts ({@code --class URL
 * --join-code CODE --name NAME}, or DOCKERLAB_CLASS_*), checked before
 * anything is sent: a mistake is one sentence, and the session goes on
 * without the class.
 */
public record ClassRequest(Optional<String> url, Optional<String> code, Optional<String> name, boolean shareCommands) {

    /** Nothing asked: the learner stays in the class they joined before, if any. */
    public static final ClassRequest NONE = new ClassRequest(Optional.empty(), Optional.empty(), Optional.empty(), false);

    public ClassRequest {
        url = url.map(String::strip).filter(text -> !text.isEmpty());
        code = code.map(String::strip).filter(text -> !text.isEmpty());
        name = name.map(String::strip).filter(text -> !text.isEmpty());
    }

    /**
     * The options given, each else its environment variable (DOCKERLAB_CLASS_URL, _CODE, _NAME, and
     * DOCKERLAB_CLASS_SHARE_COMMANDS=1), as a lab image sets them for every learner; the name
     * defaults to the account's ($USER).
     *
     * Options not given are null.
     */
    public static ClassRequest of(Map<String, String> env, String url, String code, String name, boolean shareCommands) {
        return new ClassRequest(Optional.ofNullable(url).or(() -> Optional.ofNullable(env.get("DOCKERLAB_CLASS_URL"))),
                Optional.ofNullable(code).or(() -> Optional.ofNullable(env.get("DOCKERLAB_CLASS_CODE"))),
                Optional.ofNullable(name).or(() -> Optional.ofNullable(env.get("DOCKERLAB_CLASS_NAME")))
                        .filter(given -> !given.isBlank()).or(() -> Optional.ofNullable(env.get("USER"))),
                shareCommands || env.getOrDefault("DOCKERLAB_CLASS_SHARE_COMMANDS", "").strip().equals("1"));
    }

    /** Whether a class was named (a URL or a code); then both must be there and right. */
    boolean asksToJoin() {
        return url.isPresent() || code.isPresent();
    }

    /** What is wrong with the request, in one sentence; empty when it can be sent. */
    Optional<String> problem() {
        if (url.isEmpty()) {
            return Optional.of("A join code needs the class server's address too: --class URL (or DOCKERLAB_CLASS_URL).");
        }
        if (code.isEmpty()) {
            return Optional.of("Joining " + url.get() + " needs the class's join code: --join-code CODE (or DOCKERLAB_CLASS_CODE).");
        }
        if (server().isEmpty()) {
            return Optional.of(url.get() + " is not a class server's address; it looks like http://HOST:PORT.");
        }
        if (name.isEmpty()) {
            return Optional.of("Joining a class needs your name as the instructor will see it: --name NAME (or DOCKERLAB_CLASS_NAME).");
        }
        if (name.get().length() > ClassProtocol.MAX_NAME_LENGTH || name.get().codePoints()
                .anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            return Optional.of("Your name for the class must be 1 to " + ClassProtocol.MAX_NAME_LENGTH
                    + " characters, with no control or formatting characters.");
        }
        return Optional.empty();
    }

    /** The server's address: http or https with a host, and a path that ends in "/" (the API is under it). */
    Optional<URI> server() {
        try {
            URI uri = new URI(url.orElse(""));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return Optional.of(new URI(scheme + "://" + uri.getRawAuthority() + (path.endsWith("/") ? path : path + "/")));
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }
}
