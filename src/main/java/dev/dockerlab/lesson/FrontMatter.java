package dev.dockerlab.lesson;

/**
 * What a lesson's YAML front matter says. {@code title} and {@code summary}
 * are null when it does not say; {@code lastLine} is the line of its closing
 * {@code ---}, 0 when the lesson has none. {@code readable} is false when the
 * YAML could not be read, so what it declares is unknown.
 */
record FrontMatter(String title, String summary, Requirements requires, Resources resources,
                   int lastLine, boolean readable) {

    static final FrontMatter NONE = new FrontMatter(null, null, Requirements.NONE, Resources.NONE, 0, true);

    FrontMatter endingAt(int line) {
        return new FrontMatter(title, summary, requires, resources, line, readable);
    }
}
