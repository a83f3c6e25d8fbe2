package dev.dockerlab.cli;

import dev.dockerlab.model.CheckLine;
import dev.dockerlab.model.Judged;
import dev.dockerlab.model.Judgement;
import dev.dockerlab.model.TypedAssertion;
import dev.dockerlab.model.Verdict;
import dev.dockerlab.output.Style;

import java.io.PrintWriter;

/** Prints an exercise's checks as a checklist, with what was observed for each that does not hold. */
final class Checklist {

    private Checklist() {
    }

    static void print(PrintWriter out, Style style, Judgement judgement) {
        for (Judged line : judgement.lines()) {
            String sentence = line.check().sentence();
            if (line.verdict().isEmpty()) {
                out.println("  " + style.faint("[-] " + sentence + "  (counted in the dockerlab REPL only)"));
                continue;
            }
            Verdict verdict = line.verdict().get();
            if (verdict.passed()) {
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
