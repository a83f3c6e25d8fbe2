package dev.dockerlab.lesson;

import java.util.List;

/**
 * Problems a fenced block has wherever it stands: a kind nobody knows, a
 * missing closing fence, no step to belong to.
 */
final class FenceRules {

    private static final String KNOWN_KINDS = "sh, console, bash, setup, solution, check, hint, "
            + "hint when ASSERTION, alternative, mistake, cleanup, or a language such as text, yaml, json or dockerfile";

    private FenceRules() {
    }

    /** {@code firstStepLine} is the line of the first {@code ##} heading, past the end when there is none. */
    static void report(List<CodeFence> fences, int firstStepLine, Problems problems) {
        for (CodeFence fence : fences) {
            if (fence.role() == FenceRole.UNKNOWN) {
                problems.add(fence.line(), "unknown code block kind '" + fence.kind() + "'; expected " + KNOWN_KINDS);
            }
            if (!fence.closed()) {
                problems.add(fence.line(), "code block is never closed, so the rest of the file is read as its code");
            }
            if (fence.line() < firstStepLine && fence.role().belongsToExercise()) {
                problems.add(fence.line(), "'" + fence.kind() + "' block before the first step (##) "
                        + "belongs to no exercise");
            }
        }
    }
}
