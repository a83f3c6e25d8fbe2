package dev.dockerlab.repl;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A break note is one line of the screen, cut at a word. */
class BreakWatchTest {

    @Test
    void aLongNoteIsCutAtAWordBoundaryToFitTheScreen() {
        String note = "Note: exercise 1 no longer holds: container share-host1 serves \"Test page on host\""
                + " on port 80 (it serves\n\"Edited again\")";

        String line = BreakWatch.oneLine(note, 80);

        assertThat(line).hasSizeLessThanOrEqualTo(79).endsWith("...").doesNotContain("\n")
                .startsWith("Note: exercise 1 no longer holds");
        assertThat(note.replace('\n', ' ')).startsWith(line.substring(0, line.length() - 3) + " ");
        assertThat(BreakWatch.oneLine("short\nnote", 80)).isEqualTo("short note");
    }
}
