package dev.dockerlab.cli;

import dev.dockerlab.model.Judged;
import dev.dockerlab.model.Verdict;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One check line as {@code check --json} and {@code verify --json} write it
 * (docs/JSON.md): its text and place in the lesson, its label, and its
 * verdict. {@code status} is {@code passed}, {@code failed}, {@code unknown}
 * (could not look) or {@code not_judged} (a typed check, judged only in the
 * REPL); {@code passed} and {@code observed} are then null.
 */
record CheckEntry(String line, String file, int lineNumber, String label, String status, Boolean passed, String observed) {

    static CheckEntry of(Judged judged, Path file) {
        String status = judged.verdict().map(verdict -> verdict.status().name().toLowerCase(Locale.ROOT)).orElse("not_judged");
        return new CheckEntry(judged.check().source(), file.toString(), judged.check().line(),
                judged.check().assertion().sentence(), status, judged.verdict().map(Verdict::passed).orElse(null),
                judged.verdict().map(Verdict::observed).orElse(null));
    }
}
