package dev.dockerlab.lesson;

import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.Negation;
import dev.dockerlab.model.Variables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Parses one check line (LESSON-FORMAT.md, "Check grammar") into an
 * {@link Assertion}. Variables are replaced inside each word after the line is
 * split, so a ${LAB} that holds spaces stays one path.
 */
public final class CheckParser {

    private static final Map<String, CheckGrammar> SUBJECTS = subjects();

    private CheckParser() {
    }

    /** Parses a line that holds no variables, or whose variables were already replaced. */
    public static Assertion parse(String line) throws CheckSyntaxException {
        return parse(line, UnaryOperator.identity());
    }

    /** Parses a line as written in a lesson, replacing ${LAB}, ${IMAGE} and ${LESSON}; ${TOKEN} waits for its run. */
    public static Assertion parse(String line, Variables variables) throws CheckSyntaxException {
        return parse(line, text -> Substitution.apply(variables, text), text -> Substitution.applyToShell(variables, text));
    }

    private static Assertion parse(String line, UnaryOperator<String> substitute) throws CheckSyntaxException {
        return parse(line, substitute, substitute);
    }

    /** {@code substituteShell} replaces the variables of a command check's shell line, quoted for the shell. */
    private static Assertion parse(String line, UnaryOperator<String> substitute, UnaryOperator<String> substituteShell)
            throws CheckSyntaxException {
        List<CheckToken> written = CheckTokenizer.tokenize(line);
        int shellLine = shellLine(written);
        List<CheckToken> tokens = IntStream.range(0, written.size())
                .mapToObj(i -> written.get(i).withText((i == shellLine ? substituteShell : substitute).apply(written.get(i).text())))
                .toList();
        if (tokens.isEmpty()) {
            throw new CheckSyntaxException("empty check line");
        }
        Optional<CheckToken> tokenInWord = written.stream()
                .filter(token -> !token.quoted() && token.text().contains(Substitution.TOKEN)).findFirst();
        if (tokenInWord.isPresent()) {
            throw new CheckSyntaxException(Substitution.TOKEN + " may stand only in quoted text (a content, a message,"
                    + " a command line), not in the name or path '" + tokenInWord.get().text() + "'");
        }
        TokenCursor in = new TokenCursor(line, tokens);
        boolean negated = in.accept("not");
        Assertion assertion = subject(in).read(in);
        in.end();
        return negated ? new Negation(assertion) : assertion;
    }

    /** The index of the shell line of a {@code command} check, else -1. */
    private static int shellLine(List<CheckToken> tokens) {
        int subject = !tokens.isEmpty() && tokens.get(0).isWord("not") ? 1 : 0;
        return subject + 1 < tokens.size() && tokens.get(subject).isWord("command") ? subject + 1 : -1;
    }

    /** The plain words after {@code ::} of a line as written, if it has them. */
    public static Optional<String> label(String line) throws CheckSyntaxException {
        return CheckTokenizer.label(line);
    }

    /** Blank lines and lines starting with {@code #} hold no assertion. */
    public static boolean isAssertionLine(String line) {
        String trimmed = line.strip();
        return !trimmed.isEmpty() && !trimmed.startsWith("#");
    }

    private static CheckGrammar subject(TokenCursor in) throws CheckSyntaxException {
        String expected = "; expected one of: " + String.join(", ", SUBJECTS.keySet());
        if (in.atEnd()) {
            throw new CheckSyntaxException("missing check subject after '" + in.consumed() + "'" + expected);
        }
        for (Map.Entry<String, CheckGrammar> subject : SUBJECTS.entrySet()) {
            if (in.accept(subject.getKey())) {
                return subject.getValue();
            }
        }
        throw new CheckSyntaxException("unknown check subject '" + in.upcoming(1) + "'" + expected);
    }

    private static Map<String, CheckGrammar> subjects() {
        Map<String, CheckGrammar> subjects = new LinkedHashMap<>();
        subjects.put("container", new ContainerCheckGrammar());
        subjects.put("volume", new VolumeCheckGrammar());
        subjects.put("image", new ImageCheckGrammar());
        subjects.put("host", new HostCheckGrammar());
        subjects.put("archive", new ArchiveCheckGrammar());
        subjects.put("typed", new TypedCheckGrammar());
        subjects.put("command", new CommandCheckGrammar());
        return subjects;
    }
}
