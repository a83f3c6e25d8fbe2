package dev.dockerlab.check;

import dev.dockerlab.model.Verdict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

/**
 * Judges a list of layer folders a learner wrote, one per line, against a
 * container's lower layers, topmost first, and says how it differs: the
 * colons kept, the order turned, a folder missing or one too many.
 */
final class LayerList {

    private LayerList() {
    }

    static Verdict judge(String file, String content, String container, List<String> lower) {
        List<String> lines = Arrays.stream(content.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        String count = lower.size() == 1 ? "one lower layer" : lower.size() + " lower layers";
        String where = file + " lists ";
        if (lines.equals(lower)) {
            return Verdict.of(true, where + "the lower layers of " + container + ", " + (lower.size() == 1
                    ? "its one folder" : "all " + lower.size() + ", topmost first"));
        }
        if (lines.isEmpty()) {
            return Verdict.of(false, file + " is empty; " + container + " has " + count);
        }
        if (lines.size() == 1 && Arrays.asList(lines.get(0).split(":")).equals(lower)) {
            return Verdict.of(false, file + " holds the list on one line, with its colons: write one folder per line");
        }
        List<String> reversed = new ArrayList<>(lower);
        Collections.reverse(reversed);
        if (lines.equals(reversed)) {
            return Verdict.of(false, where + "the lower layers of " + container + " bottom first; they go topmost first");
        }
        if (lines.size() == lower.size() && new HashSet<>(lines).equals(new HashSet<>(lower))) {
            return Verdict.of(false, where + "the lower layers of " + container + " in another order; they go topmost first");
        }
        List<String> missing = lower.stream().filter(folder -> !lines.contains(folder)).toList();
        List<String> extra = lines.stream().filter(line -> !lower.contains(line)).toList();
        StringBuilder observed = new StringBuilder(where + lines.size() + (lines.size() == 1 ? " line" : " lines")
                + "; " + container + " has " + count);
        if (!missing.isEmpty()) {
            observed.append(": it misses ").append(missing.get(0))
                    .append(missing.get(0).equals(lower.get(0)) ? " (the topmost)" : "")
                    .append(missing.size() > 1 ? " and " + (missing.size() - 1) + " more" : "");
        }
        if (!extra.isEmpty()) {
            observed.append(missing.isEmpty() ? ": " : "; ").append(extra.get(0)).append(" is not one of them")
                    .append(extra.size() > 1 ? ", nor are " + (extra.size() - 1) + " more lines" : "");
        }
        return Verdict.of(false, observed.toString());
    }
}
