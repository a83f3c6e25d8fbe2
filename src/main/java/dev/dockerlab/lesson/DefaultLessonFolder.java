package dev.dockerlab.lesson;

import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the lessons are when the user names no folder: the folder
 * {@value #ENVIRONMENT} names; else {@code lessons/} in the working
 * directory; else the course {@code dockerlab bundle load} loaded last, which
 * is used until forgotten; else {@code lessons/} beside the program (the jar
 * in {@code target/} of a checkout, or a folder beside an installed jar);
 * else the folder {@value #BUILD_ENVIRONMENT} names, which the build sets for
 * tests. A loaded course comes before the one shipped with the program: the
 * user loaded it to use it.
 */
public final class DefaultLessonFolder {

    public static final String ENVIRONMENT = "DOCKERLAB_LESSONS";
    public static final String BUILD_ENVIRONMENT = "DOCKERLAB_LESSONS_DEFAULT";

    private static final String LESSONS = "lessons";

    private DefaultLessonFolder() {
    }

    /** Resolves against the given environment and this process's jar and working directory. */
    public static Optional<Path> resolve(Map<String, String> environment, Optional<Path> loadedCourse) {
        return resolve(environment, codeLocation(), Path.of("").toAbsolutePath(), loadedCourse);
    }

    public static Optional<Path> resolve(Map<String, String> environment, Path codeLocation, Path workingDirectory) {
        return resolve(environment, codeLocation, workingDirectory, Optional.empty());
    }

    /**
     * @param codeLocation the running jar, or the classes folder when not run from a jar; null when unknown
     * @param loadedCourse the lesson folder of the course bundle load loaded last, if any
     */
    public static Optional<Path> resolve(Map<String, String> environment, Path codeLocation, Path workingDirectory,
                                         Optional<Path> loadedCourse) {
        String named = environment.get(ENVIRONMENT);
        if (named != null && !named.isBlank()) {
            return Optional.of(workingDirectory.resolve(named));
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(workingDirectory.resolve(LESSONS));
        loadedCourse.ifPresent(candidates::add);
        candidates.addAll(besideProgram(codeLocation));
        String built = environment.get(BUILD_ENVIRONMENT);
        if (built != null && !built.isBlank()) {
            candidates.add(workingDirectory.resolve(built));
        }
        return candidates.stream().filter(Files::isDirectory).findFirst();
    }

    /**
     * The folders of the course shipped with this build: {@code lessons/}
     * beside the program, and the folder the build names for tests. A
     * folder the user names, or {@code lessons/} in the working directory,
     * is someone else's course, whatever it holds.
     */
    public static List<Path> builtIn(Map<String, String> environment) {
        List<Path> folders = new ArrayList<>(besideProgram(codeLocation()));
        String built = environment.get(BUILD_ENVIRONMENT);
        if (built != null && !built.isBlank()) {
            folders.add(Path.of(built).toAbsolutePath());
        }
        return folders.stream().filter(Files::isDirectory).toList();
    }

    private static List<Path> besideProgram(Path codeLocation) {
        if (codeLocation == null) {
            return List.of();
        }
        Path folder = Files.isDirectory(codeLocation) ? codeLocation : codeLocation.getParent();
        List<Path> candidates = new ArrayList<>();
        while (folder != null) {
            candidates.add(folder.resolve(LESSONS));
            String name = String.valueOf(folder.getFileName());
            if (!name.equals("target") && !name.equals("classes")) {
                break;
            }
            folder = folder.getParent();
        }
        return candidates;
    }

    /** The running jar (or bundle), or the classes folder when not run from a jar; null when unknown. */
    public static Path codeLocation() {
        CodeSource source = DefaultLessonFolder.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return null;
        }
    }
}
