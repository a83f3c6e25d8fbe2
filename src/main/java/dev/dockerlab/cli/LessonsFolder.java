package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.Lab;
import dev.dockerlab.bundle.LoadedCourse;
import dev.dockerlab.failure.BadInput;
import dev.dockerlab.lesson.DefaultLessonFolder;
import dev.dockerlab.progress.StateDir;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The lesson folder used when neither --lessons nor --bundle is given, in
 * the order of {@link DefaultLessonFolder}; else {@code ./lessons}, which
 * the commands then say is missing.
 *
 * @param loadedCourse the course bundle load loaded, when the folder is its
 */
record LessonsFolder(Path folder, Optional<LoadedCourse> loadedCourse) {

    /** Where the lessons are, for completion: reads the state folder, writes nothing and prints nothing. */
    static Path locate(AppContext context) {
        Optional<Path> loaded = LoadedCourse.read(stateDir(context)).map(LoadedCourse::lessonsDir);
        return DefaultLessonFolder.resolve(context.env(), loaded).orElse(Path.of("lessons").toAbsolutePath());
    }

    /**
     * Where the lessons are for a command. The loaded course's lessons are
     * unpacked again from its bundle when they were removed; when the bundle
     * is gone too, {@code notices} hears what to do about it.
     */
    static LessonsFolder locate(AppContext context, PrintWriter notices) {
        Optional<LoadedCourse> course = LoadedCourse.read(stateDir(context)).filter(loaded -> present(context, loaded, notices));
        Path folder = DefaultLessonFolder.resolve(context.env(), course.map(LoadedCourse::lessonsDir))
                .orElse(Path.of("lessons").toAbsolutePath());
        return new LessonsFolder(folder, course.filter(loaded -> loaded.lessonsDir().equals(folder)));
    }

    /** The sentence for a lesson folder that is not there: every way to name one. */
    static String missing(Path folder) {
        return "there is no lesson folder at " + folder + "; name one with --lessons DIR or DOCKERLAB_LESSONS,"
                + " or load a classroom bundle with dockerlab bundle load FILE.tar.";
    }

    private static boolean present(AppContext context, LoadedCourse course, PrintWriter notices) {
        if (course.lessonsPresent()) {
            return true;
        }
        if (Files.isRegularFile(course.bundle())) {
            try {
                Lab.bundles(context, notices).lessons(course.bundle());
                return course.lessonsPresent();
            } catch (BadInput unusable) {
                notices.println("dockerlab: the course loaded from " + course.bundle() + " cannot be unpacked again ("
                        + unusable.getMessage() + "); load a good copy with dockerlab bundle load FILE, or stop using it"
                        + " with dockerlab bundle forget.");
                notices.flush();
                return false;
            }
        }
        notices.println("dockerlab: the course loaded from " + course.bundle() + " is gone (the file and its unpacked"
                + " lessons were removed); load it again with dockerlab bundle load FILE, or stop using it with"
                + " dockerlab bundle forget.");
        notices.flush();
        return false;
    }

    private static Path stateDir(AppContext context) {
        return StateDir.resolve(context.env(), context.home());
    }
}
