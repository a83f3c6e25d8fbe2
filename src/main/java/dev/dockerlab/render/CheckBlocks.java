package dev.dockerlab.render;

import dev.dockerlab.lesson.CheckParser;
import dev.dockerlab.lesson.CheckSyntaxException;
import dev.dockerlab.model.Judged;
import dev.dockerlab.model.Judgement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hands the check blocks of a step's text, one after the other, their lines
 * of the exercise's checklist. The lesson loader read the same blocks in the
 * same order, so the checklist's next line is the block's next assertion line;
 * position decides, and two lines that read alike each keep their own verdict.
 * A written line the loader could not read (a lesson with problems) is not the
 * checklist's next line: it is handed over as written, with no judged line.
 * One instance serves one rendering of the text.
 */
public final class CheckBlocks {

    /** An assertion line of a check block as written (without its blanks), and the checklist's line it is. */
    public record BlockLine(String written, Optional<Judged> judged) {

        /** What a checklist shows for it: the judged line's plain words or text, else the words after {@code ::}, else as written. */
        public String shown() {
            return judged.map(line -> line.check().shown()).orElseGet(() -> {
                try {
                    return CheckParser.label(written).orElse(written);
                } catch (CheckSyntaxException unreadable) {
                    return written;
                }
            });
        }
    }

    private final List<Judged> checklist;
    private int next;

    public CheckBlocks(Judgement checklist) {
        this.checklist = checklist.lines();
    }

    /** The assertion lines of the next check block, whose content is {@code literal}. */
    public List<BlockLine> next(String literal) {
        List<BlockLine> lines = new ArrayList<>();
        for (String line : literal.lines().filter(CheckParser::isAssertionLine).map(String::strip).toList()) {
            boolean isNext = next < checklist.size() && checklist.get(next).check().source().equals(line);
            lines.add(new BlockLine(line, isNext ? Optional.of(checklist.get(next++)) : Optional.empty()));
        }
        return lines;
    }
}
