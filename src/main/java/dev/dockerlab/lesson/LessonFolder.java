package dev.dockerlab.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The lesson files ({@code NN-slug.md}) of one folder. Other files, a README
 * for one, are not lessons and are left alone.
 */
final class LessonFolder {

    private LessonFolder() {
    }

    /** The folder's lesson files by NN; a folder that cannot be listed or holds none is a problem. */
    static List<Path> files(Path folder, List<Problem> problems) {
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(LessonFileName::isLessonFile)
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing((Path file) -> LessonFileName.parse(file).orElseThrow().number())
                            .thenComparing(Path::getFileName))
                    .toList();
        } catch (IOException e) {
            problems.add(new Problem(folder, 1, "cannot list the lesson folder: " + e.getMessage()));
            return List.of();
        }
        if (files.isEmpty()) {
            problems.add(new Problem(folder, 1, "no lesson files (NN-slug.md) in this folder"));
        }
        problems.addAll(clashes(files, name -> "lesson number " + name.number()));
        problems.addAll(clashes(files, name -> "lesson id '" + name.slug() + "'"));
        return files;
    }

    /** Files whose number or id an earlier file of the folder already uses: both would answer to one name. */
    private static List<Problem> clashes(List<Path> files, Function<LessonFileName, String> name) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Path> first = new HashMap<>();
        for (Path file : files) {
            String value = name.apply(LessonFileName.parse(file).orElseThrow());
            Path earlier = first.putIfAbsent(value, file);
            if (earlier != null) {
                problems.add(new Problem(file, 1, value + " is also used by " + earlier.getFileName()));
            }
        }
        return problems;
    }
}
