package dev.dockerlab.lesson;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verbs of one check subject (container, volume, ...), each a phrase of
 * one or more words with the rule that reads what follows it. The longest
 * phrase that matches wins, so {@code has no file} is not read as {@code has}.
 */
final class VerbTable<A> {

    @FunctionalInterface
    interface Rule<A> {
        /** Reads the words after the verb phrase; {@code subject} is the name the line is about. */
        A read(String subject, TokenCursor in) throws CheckSyntaxException;
    }

    private final String family;
    private final Map<List<String>, Rule<A>> rules = new LinkedHashMap<>();

    VerbTable(String family) {
        this.family = family;
    }

    VerbTable<A> verb(String phrase, Rule<A> rule) {
        rules.put(Arrays.asList(phrase.split(" ")), rule);
        return this;
    }

    A read(String subject, TokenCursor in) throws CheckSyntaxException {
        List<String> best = null;
        for (List<String> phrase : rules.keySet()) {
            if (in.matchingPrefix(phrase) == phrase.size() && (best == null || phrase.size() > best.size())) {
                best = phrase;
            }
        }
        if (best == null) {
            throw unknownVerb(in);
        }
        in.skip(best.size());
        return rules.get(best).read(subject, in);
    }

    private CheckSyntaxException unknownVerb(TokenCursor in) {
        if (in.atEnd()) {
            return new CheckSyntaxException("missing check verb after '" + in.consumed() + "'; expected one of: "
                    + verbList());
        }
        int known = rules.keySet().stream().mapToInt(in::matchingPrefix).max().orElse(0);
        return new CheckSyntaxException("unknown check verb '" + in.upcoming(known + 1) + "' for " + family
                + "; expected one of: " + verbList());
    }

    private String verbList() {
        return String.join(", ", rules.keySet().stream().map(words -> String.join(" ", words)).toList());
    }
}
