package dev.dockerlab.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The name that exists closest to one a check looks for and does not find,
 * when it is close enough to be a slip of the learner's fingers: another case,
 * {@code _} or {@code .} for {@code -} ({@code cow_web} for {@code cow-web}),
 * or one or two letters added, missing, changed or swapped. Names that differ
 * in their digits are never near: {@code web2} is another server, not a typo
 * of {@code web1}.
 */
final class NearMiss {

    private NearMiss() {
    }

    /** "; did you mean cow_web?" for the nearest of the names {@code existing} lists, or nothing. */
    static String suggestion(String wanted, Supplier<? extends Collection<String>> existing) {
        return suggestion(() -> nearest(wanted, existing.get()));
    }

    /**
     * "; did you mean cow_web?", or nothing. A suggestion is a courtesy: when
     * the daemon will not list its names, the observation goes without one
     * rather than turn into "could not be checked".
     */
    static String suggestion(Supplier<Optional<String>> nearest) {
        try {
            return nearest.get().map(name -> "; did you mean " + name + "?").orElse("");
        } catch (RuntimeException cannotList) {
            return "";
        }
    }

    static Optional<String> nearest(String wanted, Collection<String> existing) {
        String key = key(wanted);
        int allowed = key.length() <= 3 ? 0 : key.length() <= 6 ? 1 : 2;
        return existing.stream()
                .filter(name -> !name.equals(wanted) && digits(name).equals(digits(wanted)))
                .filter(name -> distance(key(name), key) <= allowed)
                .min(Comparator.<String>comparingInt(name -> distance(key(name), key)).thenComparing(Comparator.naturalOrder()));
    }

    /** Lower case, and the separators Docker allows in names made one. */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]", "-");
    }

    private static String digits(String name) {
        return name.replaceAll("\\D", "");
    }

    /** Edits (insert, delete, change, swap two neighbours) from one to the other. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + change);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
