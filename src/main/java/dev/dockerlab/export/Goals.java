package dev.dockerlab.export;

import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.model.Judgement;
import dev.dockerlab.render.CheckBlocks;

import java.util.List;

/**
 * The goals of an exercise: each assertion line of its check blocks as the
 * plain sentence its assertion reads ("you typed a command with ..."), so a
 * handout says what to reach, not how the engine spells it. A handout judges
 * nothing: it shows the exercise's checklist unjudged. One Goals serves one
 * rendering of the step.
 */
final class Goals {

    /** No checklist: an empty one hands out nothing, so this one instance serves every rendering. */
    static final Goals NONE = new Goals(Judgement.NONE);

    private final CheckBlocks blocks;

    private Goals(Judgement checklist) {
        this.blocks = new CheckBlocks(checklist);
    }

    static Goals of(Exercise exercise) {
        return new Goals(Judgement.unjudged(exercise.checks()));
    }

    /** The goals of the step's next check block; a line no assertion was read from stays as written. */
    List<String> of(String checkBlock) {
        return blocks.next(checkBlock).stream()
                .map(line -> line.judged().map(judged -> judged.check().sentence()).orElseGet(line::shown))
                .toList();
    }
}
