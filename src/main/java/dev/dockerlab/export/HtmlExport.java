package dev.dockerlab.export;

import dev.dockerlab.lesson.Lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The course as static HTML handouts: an index, one page per lesson, one page
 * with every lesson for printing, and the stylesheet they share. The pages need no network and no script. Setup and
 * cleanup scripts are never shown; solutions only when asked for.
 */
public final class HtmlExport {

    private final LessonPage lessonPage;

    public HtmlExport(boolean withSolutions) {
        this.lessonPage = new LessonPage(new StepSection(new ExerciseHelp(withSolutions)));
    }

    /**
     * Writes the handouts of {@code lessons}, in their order, into {@code folder}
     * (made when missing), over pages of the same names; returns the files written.
     */
    public List<Path> write(List<Lesson> lessons, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        written.add(Files.writeString(folder.resolve(PageName.INDEX), IndexPage.html(lessons)));
        for (int i = 0; i < lessons.size(); i++) {
            Lesson lesson = lessons.get(i);
            String page = lessonPage.html(lesson, i > 0 ? Optional.of(lessons.get(i - 1)) : Optional.empty(),
                    i + 1 < lessons.size() ? Optional.of(lessons.get(i + 1)) : Optional.empty());
            written.add(Files.writeString(folder.resolve(PageName.of(lesson)), page));
        }
        written.add(Files.writeString(folder.resolve(PageName.COURSE), lessonPage.course(lessons)));
        written.add(Files.writeString(folder.resolve(Stylesheet.FILE_NAME), Stylesheet.text()));
        return written;
    }
}
