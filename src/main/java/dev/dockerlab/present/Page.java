package dev.dockerlab.present;

/**
 * Where a step's checklist goes as the commands run: redrawn in place at the
 * foot of a pinned page; in the flow of a transcript only when it changed,
 * and once more at the end of the step when commands ran since it was shown,
 * so the step's last state is the last thing it shows.
 */
final class Page {

    private final Stage stage;
    private final boolean pinned;
    private ExerciseChecklist.Judged shown;
    private ExerciseChecklist.Judged last;

    Page(Stage stage, boolean pinned) {
        this.stage = stage;
        this.pinned = pinned;
    }

    void show(ExerciseChecklist.Judged checklist) {
        last = checklist;
        if (pinned && stage.pinnedBottom(checklist.lines())) {
            shown = checklist;
            return;
        }
        if (!checklist.readsLike(shown)) {
            flow(checklist);
        }
    }

    void endOfStep() {
        if (last != null && last != shown) {
            flow(last);
        }
    }

    /** The checklist as last judged; null when there is none. */
    ExerciseChecklist.Judged last() {
        return last;
    }

    private void flow(ExerciseChecklist.Judged checklist) {
        stage.endLine();
        stage.lines(checklist.lines());
        shown = checklist;
    }
}
