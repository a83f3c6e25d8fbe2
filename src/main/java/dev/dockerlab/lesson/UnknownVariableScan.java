package dev.dockerlab.lesson;

import java.util.List;

/**
 * Reports every ${NAME} a lesson uses that is not LAB, IMAGE or LESSON, with
 * its line. Shell blocks are left out: bash expands them with the whole
 * environment, so ${HOME} there is fine.
 */
final class UnknownVariableScan {

    private UnknownVariableScan() {
    }

    static void report(List<String> lines, int firstLine, List<CodeFence> fences, Problems problems) {
        for (int line = firstLine; line <= lines.size(); line++) {
            if (!inShellBlock(fences, line)) {
                for (String name : Substitution.unknownNames(lines.get(line - 1))) {
                    problems.add(line, Substitution.unknownMessage(name));
                }
            }
        }
    }

    private static boolean inShellBlock(List<CodeFence> fences, int line) {
        return fences.stream().anyMatch(fence -> fence.role().isShell() && fence.holdsContent(line));
    }
}
