package dev.dockerlab.check;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a typed line holds the text a {@code typed} check asks for, the way
 * Docker reads commands: the other spellings Docker documents for a command
 * count as the same ({@code docker volume list} for {@code docker volume ls},
 * {@code docker rm} for {@code docker container rm}...), {@code --name=web} is
 * {@code --name web}, and a text never ends inside a longer word. It stays a weak
 * guard, a text match anywhere in any line: state checks say what was done.
 */
final class TypedCommands {

    /** Each group's spellings mean one command; the longest come first so they win. */
    private static final List<List<String>> SAME = List.of(
            List.of("docker container list", "docker container ls", "docker container ps", "docker ps"),
            List.of("docker volume list", "docker volume ls"),
            List.of("docker image list", "docker image ls", "docker images"),
            List.of("docker network list", "docker network ls"),
            List.of("docker container remove", "docker container rm", "docker rm"),
            List.of("docker volume remove", "docker volume rm"),
            List.of("docker image remove", "docker image rm", "docker rmi"),
            List.of("docker network remove", "docker network rm"),
            List.of("docker container run", "docker run"),
            List.of("docker container create", "docker create"),
            List.of("docker container start", "docker start"),
            List.of("docker container stop", "docker stop"),
            List.of("docker container restart", "docker restart"),
            List.of("docker container exec", "docker exec"),
            List.of("docker container inspect", "docker inspect"),
            List.of("docker container logs", "docker logs"),
            List.of("docker container cp", "docker cp"),
            List.of("docker container diff", "docker diff"),
            List.of("docker container commit", "docker commit"),
            List.of("docker container kill", "docker kill"),
            List.of("docker image build", "docker build"),
            List.of("docker image pull", "docker pull"),
            List.of("docker image tag", "docker tag"),
            List.of("docker image save", "docker save"),
            List.of("docker image load", "docker load"));

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** {@code --name=web} is {@code --name web}. */
    private static final Pattern LONG_OPTION_EQUALS = Pattern.compile("(?<=\\s)(--[a-z][a-z-]*)=");
    /** Docker takes a container's name with or without its leading slash: {@code --volumes-from /client1}. */
    private static final Pattern SLASHED_SERVER = Pattern.compile("(?<=--volumes-from )/");

    private TypedCommands() {
    }

    /**
     * The text as written, or as Docker reads it ("rm -f" is in "docker rm -f
     * web" though its canonical form says remove), and not cut from a longer
     * word: "docker rm" is not in "docker rmi". A word's start is not held to
     * that: lessons were written with "start" meaning "restart" too.
     */
    static boolean matches(String line, String text) {
        return containsWhole(line, text) || containsWhole(canonical(line), canonical(text));
    }

    private static boolean containsWhole(String line, String text) {
        if (text.isEmpty()) {
            return true;
        }
        String after = isWordChar(text.charAt(text.length() - 1)) ? "(?![A-Za-z0-9_])" : "";
        return Pattern.compile(Pattern.quote(text) + after).matcher(line).find();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The text with runs of blanks made one space and every spelling of a command made its first. */
    static String canonical(String text) {
        String result = " " + SPACES.matcher(text.strip()).replaceAll(" ") + " ";
        result = LONG_OPTION_EQUALS.matcher(result).replaceAll("$1 ");
        result = SLASHED_SERVER.matcher(result).replaceAll("");
        for (List<String> spellings : SAME) {
            for (String spelling : spellings.subList(1, spellings.size())) {
                result = replaceWord(result, spelling, spellings.get(0));
            }
        }
        return result.strip();
    }

    /** Replaces {@code from} where it stands as whole words ("docker ps" but not "docker pslist"). */
    private static String replaceWord(String text, String from, String to) {
        return Pattern.compile("(?<=^|[\\s;&|(`])" + Pattern.quote(from) + "(?=[\\s;&|)`]|$)").matcher(text)
                .replaceAll(java.util.regex.Matcher.quoteReplacement(to));
    }
}
