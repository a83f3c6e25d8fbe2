package dev.dockerlab.lesson;

import dev.dockerlab.model.CheckLine;
import dev.dockerlab.model.Variables;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the assertions of one {@code check} block, and the fact ids (F1, F2...) its comment lines name. */
final class CheckBlockReader {

    private static final Pattern FACT = Pattern.compile("\\bF\\d+\\b");

    record CheckBlock(List<CheckLine> checks, Set<String> facts) {
    }

    private CheckBlockReader() {
    }

    static CheckBlock read(CodeFence fence, Variables variables, Problems problems) {
        List<CheckLine> checks = new ArrayList<>();
        Set<String> facts = new LinkedHashSet<>();
        List<String> body = fence.body().lines().toList();
        int assertionLines = 0;
        for (int i = 0; i < body.size(); i++) {
            String text = body.get(i);
            int line = fence.line() + 1 + i;
            if (!CheckParser.isAssertionLine(text)) {
                facts.addAll(factIds(text));
                continue;
            }
            assertionLines++;
            if (!Substitution.unknownNames(text).isEmpty()) {
                // UnknownVariableScan reported this line; its parse errors would only be noise
                continue;
            }
            try {
                String source = Substitution.apply(variables, text.strip());
                CheckLine check = new CheckLine(line, source, CheckParser.parse(text, variables),
                        CheckParser.label(source));
                checks.add(check);
                LabPathRule.check(check.assertion(), variables, line, problems);
                if (i == 0 || !WritingCommands.silences(body.get(i - 1))) {
                    WritingCommands.checkLine(check.assertion(), line, problems);
                }
            } catch (CheckSyntaxException e) {
                problems.add(line, e.getMessage());
            }
        }
        if (assertionLines == 0) {
            problems.add(fence.line(), "check block has no assertions");
        }
        return new CheckBlock(checks, facts);
    }

    private static List<String> factIds(String comment) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = FACT.matcher(comment);
        while (matcher.find()) {
            ids.add(matcher.group());
        }
        return ids;
    }
}
