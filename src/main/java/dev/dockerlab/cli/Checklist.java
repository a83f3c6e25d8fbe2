package dev.dockerlab.cli;

import dev.dockerlab.check.TypedAssertion;
import dev.dockerlab.check.Verdict;
import dev.dockerlab.lesson.CheckLine;

import java.io.PrintWriter;
import java.util.List;

/** Prints an exercise's checks as a checklist, with what was observed for each that does not hold. */
final class Checklist {

    private Checklist() {
    }

    /** @param verdicts one per check, null for a check that is not judged here */
    static void print(PrintWriter out, Style style, List<CheckLine> checks, List<Verdict> verdicts) {
        for (int i = 0; i < checks.size(); i++) {
            Verdict verdict = verdicts.get(i);
            String sentence = checks.get(i).assertion().sentence();
            if (verdict == null) {
                out.println("  " + style.faint("[-] " + sentence + "  (counted in the dockerlab REPL only)"));
            } else if (verdict.passed()) {
                out.println("  " + style.ok("[x]") + " " + sentence);
            } else {
                out.println("  " + style.bad(verdict.status() == Verdict.Status.UNKNOWN ? "[?]" : "[ ]") + " " + sentence);
                out.println("      " + style.faint(verdict.observed()));
            }
        }
    }

    static boolean judgedHere(CheckLine check) {
        return !(check.assertion() instanceof TypedAssertion);
    }
}
