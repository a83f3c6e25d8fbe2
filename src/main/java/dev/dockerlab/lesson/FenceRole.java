package dev.dockerlab.lesson;

import java.util.Locale;
import java.util.Set;

/** What the first word of a fenced block's info string makes of the block (LESSON-FORMAT.md, "Structure"). */
enum FenceRole {
    EXAMPLE, SETUP, SOLUTION, CHECK, HINT, CLEANUP,
    /** Another way to solve the exercise, and a plausible wrong one: scripts verify proves the checks against. */
    ALTERNATIVE, MISTAKE,
    /** Shown as it is, like a file's content; the allowlist keeps a misspelt kind from passing as a language. */
    LANGUAGE,
    UNKNOWN;

    private static final Set<String> SHELLS = Set.of("", "sh", "console", "bash");
    private static final Set<String> LANGUAGES = Set.of(
            "text", "txt", "plain", "yaml", "yml", "json", "dockerfile", "ini", "diff", "markdown", "md", "html");

    static FenceRole of(String firstWord) {
        if (SHELLS.contains(firstWord)) {
            return EXAMPLE;
        }
        return switch (firstWord) {
            case "setup" -> SETUP;
            case "solution" -> SOLUTION;
            case "check" -> CHECK;
            case "hint" -> HINT;
            case "cleanup" -> CLEANUP;
            case "alternative" -> ALTERNATIVE;
            case "mistake" -> MISTAKE;
            default -> LANGUAGES.contains(firstWord.toLowerCase(Locale.ROOT)) ? LANGUAGE : UNKNOWN;
        };
    }

    /** Blocks the learner does not see in the step's text. */
    boolean isHidden() {
        return this == SETUP || this == SOLUTION || this == HINT || this == CLEANUP || isAttempt();
    }

    /** Shell blocks: bash expands their variables, so any ${NAME} in them may be the shell's own. */
    boolean isShell() {
        return this == EXAMPLE || this == SETUP || this == SOLUTION || this == CLEANUP || isAttempt();
    }

    /** Blocks that only make sense inside an exercise. */
    boolean belongsToExercise() {
        return this == SETUP || this == SOLUTION || this == CHECK || this == HINT || isAttempt();
    }

    /** An alternative or a mistake: proven beside the solution, from the state it starts from. */
    boolean isAttempt() {
        return this == ALTERNATIVE || this == MISTAKE;
    }
}
