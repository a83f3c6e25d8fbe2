package dev.dockerlab.render;

/**
 * How a fenced block is shown, by the first word of its info string
 * (LESSON-FORMAT.md, "Structure"). Words are matched as written, as the
 * lesson loader does, so that example numbers agree with the step's examples.
 * The HTML handouts show blocks by the same kinds.
 */
public enum FenceKind {
    /** A shell block the learner may run with {@code /run N}. */
    EXAMPLE,
    /** Assertions, shown as a checklist. */
    CHECK,
    /** Scripts and hints for the engine: setup, solution, hint, cleanup, alternative, mistake. */
    HIDDEN,
    /** Any other language, shown as it is. */
    CODE;

    public static FenceKind of(String info) {
        String firstWord = info == null ? "" : info.strip().split("\\s+", 2)[0];
        return switch (firstWord) {
            case "", "sh", "console", "bash" -> EXAMPLE;
            case "check" -> CHECK;
            case "setup", "solution", "hint", "cleanup", "alternative", "mistake" -> HIDDEN;
            default -> CODE;
        };
    }
}
