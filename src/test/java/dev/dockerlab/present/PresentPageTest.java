package dev.dockerlab.present;

import dev.dockerlab.render.Glyphs;
import dev.dockerlab.render.Theme;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A step's checklist in a transcript: shown when it changes and at the end of the step, never twice in a row. */
class PresentPageTest {

    private static final ExerciseChecklist.Judged NOT_YET = judged("[ ] volume data exists", "Exercise 1: 0 of 1 checks pass.", 0);
    private static final ExerciseChecklist.Judged DONE = judged("[x] volume data exists", "✔ Exercise 1 done: all 1 checks pass.", 1);

    private final StringWriter out = new StringWriter();
    private final Page page = new Page(Stage.plain(new PrintWriter(out), Glyphs.UNICODE, Theme.DARK), false);

    @Test
    void aChecklistThatDidNotChangeIsNotShownAgain() {
        page.show(NOT_YET);
        page.show(judged("[ ] volume data exists", "Exercise 1: 0 of 1 checks pass.", 0));
        page.show(DONE);

        assertThat(occurrences("volume data exists")).isEqualTo(2);
        assertThat(out.toString()).containsSubsequence("[ ] volume data exists", "[x] volume data exists");
    }

    @Test
    void theEndOfTheStepShowsTheLastChecklistWhenCommandsRanSinceItWasShown() {
        page.show(DONE);
        page.show(judged("[x] volume data exists", "✔ Exercise 1 done: all 1 checks pass.", 1));
        page.endOfStep();

        assertThat(occurrences("[x] volume data exists")).isEqualTo(2);
    }

    @Test
    void theEndOfTheStepDoesNotRepeatTheChecklistJustShown() {
        page.show(NOT_YET);
        page.show(DONE);
        page.endOfStep();

        assertThat(occurrences("[x] volume data exists")).isEqualTo(1);
        assertThat(page.last()).isSameAs(DONE);
    }

    private int occurrences(String part) {
        return out.toString().split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static ExerciseChecklist.Judged judged(String line, String status, int passing) {
        return new ExerciseChecklist.Judged(List.of(new AttributedString("  " + line), new AttributedString(status)),
                new Outcome(passing, 1));
    }
}
