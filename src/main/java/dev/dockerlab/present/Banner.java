package dev.dockerlab.present;

import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.Step;
import dev.dockerlab.render.Theme;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The big boxed headers a projector audience reads from the back of the room:
 * a frame across the whole width, a label line (which lesson, which step) and
 * the title in bold, wrapped inside the frame when it is long.
 */
final class Banner {

    private static final int MIN_WIDTH = 30;
    private static final int PADDING = 3;
    private static final AttributedStyle TITLE = AttributedStyle.BOLD;
    private static final AttributedStyle TEXT = AttributedStyle.DEFAULT;

    private final int width;
    private final AttributedStyle frame;
    private final AttributedStyle label;
    private final List<AttributedString> lines = new ArrayList<>();

    private Banner(int width, Theme theme) {
        this.width = Math.max(MIN_WIDTH, width);
        this.frame = theme.frame();
        this.label = theme.label();
    }

    static List<AttributedString> lesson(Lesson lesson, int width, Theme theme) {
        Banner banner = new Banner(width, theme);
        banner.label("LESSON " + String.format(Locale.ROOT, "%02d", lesson.number()) + " · " + lesson.steps().size()
                + " STEPS · " + lesson.exercises().size() + " EXERCISES");
        banner.text(lesson.title(), TITLE);
        if (lesson.summary() != null && !lesson.summary().isBlank()) {
            banner.text(lesson.summary(), TEXT);
        }
        return banner.framed();
    }

    static List<AttributedString> step(Lesson lesson, Step step, int width, Theme theme) {
        Banner banner = new Banner(width, theme);
        String kind = step.isExercise()
                ? "EXERCISE " + step.exercise().number() + " OF " + lesson.exercises().size()
                : "READING";
        banner.label("STEP " + step.number() + " OF " + lesson.steps().size() + " · " + kind);
        banner.text(step.title(), TITLE);
        return banner.framed();
    }

    static List<AttributedString> end(Lesson lesson, int width, Theme theme) {
        Banner banner = new Banner(width, theme);
        banner.label("END OF LESSON " + String.format(Locale.ROOT, "%02d", lesson.number()));
        banner.text(lesson.title(), TITLE);
        return banner.framed();
    }

    private void label(String text) {
        text(text, label);
    }

    private void text(String text, AttributedStyle style) {
        wrap(text, width - 2 - 2 * PADDING).forEach(line -> lines.add(new AttributedString(line, style)));
    }

    private List<AttributedString> framed() {
        List<AttributedString> framed = new ArrayList<>();
        framed.add(new AttributedString("┏" + "━".repeat(width - 2) + "┓", frame));
        framed.add(row(AttributedString.EMPTY));
        lines.forEach(line -> framed.add(row(line)));
        framed.add(row(AttributedString.EMPTY));
        framed.add(new AttributedString("┗" + "━".repeat(width - 2) + "┛", frame));
        return framed;
    }

    private AttributedString row(AttributedString content) {
        int fill = width - 2 - PADDING - content.columnLength();
        return new AttributedStringBuilder()
                .append("┃", frame).append(" ".repeat(PADDING)).append(content).append(" ".repeat(Math.max(0, fill)))
                .append("┃", frame).toAttributedString();
    }

    /** Words to lines of at most {@code columns}; a longer word is cut. */
    static List<String> wrap(String text, int columns) {
        List<String> wrapped = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > columns) {
                if (line.length() > 0) {
                    wrapped.add(line.toString());
                    line.setLength(0);
                }
                wrapped.add(word.substring(0, columns));
                word = word.substring(columns);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > columns) {
                wrapped.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            wrapped.add(line.toString());
        }
        return wrapped;
    }
}
