package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.Settings;
import dev.dockerlab.failure.BadInput;
import dev.dockerlab.lesson.DefaultLessonFolder;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.model.Variables;
import dev.dockerlab.progress.StateDir;
import dev.dockerlab.shell.Tty;
import dev.dockerlab.trust.CourseCode;
import dev.dockerlab.trust.CourseDigest;
import dev.dockerlab.trust.CourseTrust;
import dev.dockerlab.trust.TrustStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The user's consent before a course's code runs (as `direnv allow` asks for
 * an .envrc): the course shipped with dockerlab runs; another folder or a
 * bundle runs when trusted by content, or with --trust or DOCKERLAB_TRUST=1;
 * else, on a terminal, dockerlab shows what would run and asks once, and
 * anywhere else it refuses in one sentence that says how to trust it.
 */
final class Consent {

    /** Someone to ask: the user at a terminal, or nobody (a script, CI). */
    interface Asker {

        Asker NOBODY = new Asker() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public String ask(String question) {
                throw new IllegalStateException("nobody to ask");
            }
        };

        boolean available();

        String ask(String question);
    }

    private final CourseTrust trust;
    private final Settings settings;
    private final String bundleOption;
    private final PrintWriter out;
    private final Asker asker;

    Consent(AppContext context, Settings settings, boolean trustFlag, String bundleOption, PrintWriter out) {
        this(context, settings, trustFlag, bundleOption, out, Tty.stdinIsTerminal() ? new TerminalAsker() : Asker.NOBODY);
    }

    /** @param bundleOption "--bundle FILE" when the lesson folder came from a bundle, else null */
    Consent(AppContext context, Settings settings, boolean trustFlag, String bundleOption, PrintWriter out, Asker asker) {
        this.trust = new CourseTrust(store(context), DefaultLessonFolder.builtIn(context.env()),
                trustFlag || CourseTrust.trustedByEnvironment(context.env().get(CourseTrust.ENVIRONMENT)));
        this.settings = settings;
        this.bundleOption = bundleOption;
        this.out = out;
        this.asker = asker;
    }

    static TrustStore store(AppContext context) {
        return new TrustStore(StateDir.resolve(context.env(), context.home()));
    }

    /** Every folder the lessons come from must be trusted before any of their code runs. */
    void requireLessons(Collection<Lesson> lessons) {
        Set<Path> folders = new LinkedHashSet<>();
        lessons.forEach(lesson -> folders.add(lesson.file().toAbsolutePath().getParent()));
        folders.forEach(this::requireFolder);
    }

    void requireFolder(Path folder) {
        // no folder, no code: the command says there is no course in its own words
        if (!Files.isDirectory(folder) || trust.standing(folder).mayRun()) {
            return;
        }
        String option = option(folder);
        if (!asker.available()) {
            throw new BadInput("the course in " + folder + " is not trusted, and its lessons run code on your machine;"
                    + " read it with `dockerlab trust show " + option + "`, then trust it with `dockerlab trust allow "
                    + option + "` (or pass --trust for one run, or set DOCKERLAB_TRUST=1 in CI).");
        }
        out.println("The course in " + folder + " is not trusted yet. Its lessons run this shell code on your machine:");
        new CourseCode(lessons(folder)).summary().forEach(out::println);
        out.println("See all of it with: dockerlab trust show " + option);
        out.flush();
        String answer = asker.ask("Trust this course and run its code? [y/N] ");
        if (!answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
            throw new BadInput("not trusted, so nothing of the course in " + folder + " was run.");
        }
        trust.store().allow(folder, CourseDigest.of(folder));
        out.println("Trusted. An edit to its lesson files will ask again.");
        out.flush();
    }

    private String option(Path folder) {
        return bundleOption != null && folder.equals(settings.lessonsDir()) ? bundleOption : "--lessons " + folder;
    }

    private java.util.List<Lesson> lessons(Path folder) {
        return LessonLibrary.load(folder, new Variables(settings.labDir().toString(), settings.image(), "")).lessons();
    }

    /** Reads the answer from stdin, a byte at a time so nothing typed after it is taken from the REPL. */
    private static final class TerminalAsker implements Asker {

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public String ask(String question) {
            System.out.print(question);
            System.out.flush();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            try {
                InputStream in = System.in;
                for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                    line.write(b);
                }
            } catch (IOException unreadable) {
                return "";
            }
            return line.toString(StandardCharsets.UTF_8);
        }
    }
}
