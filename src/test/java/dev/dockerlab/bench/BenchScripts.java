package dev.dockerlab.bench;

import dev.dockerlab.lesson.Exercise;
import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.LessonLibrary;
import dev.dockerlab.lesson.Resources;
import dev.dockerlab.lesson.Script;
import dev.dockerlab.model.Variables;

import java.nio.file.Path;
import java.util.List;

import static dev.dockerlab.bench.ShellQuote.q;

/**
 * Writes the shell scripts the benchmark compares dockerlab with.
 *
 * <p>{@code verify-baseline LESSONS LAB IMAGE}: what the daemon must do for
 * verify anyway, straight in bash: per lesson, remove the declared objects,
 * run every setup and solution, the cleanup, and remove them again.
 *
 * <p>{@code declared LESSONS LAB IMAGE}: "KIND NAME" for every object the lessons declare.
 *
 * <p>{@code repl-input LESSONS LAB IMAGE LESSON}: a learner's session of one
 * lesson for the REPL's scripted mode: every solution line typed, /next to go on.
 */
public final class BenchScripts {

    private BenchScripts() {
    }

    public static void main(String[] args) {
        LessonLibrary library = LessonLibrary.load(Path.of(args[1]), new Variables(args[2], args[3], ""));
        switch (args[0]) {
            case "verify-baseline" -> System.out.print(verifyBaseline(library.lessons(), args[2], args[3]));
            case "repl-input" -> System.out.print(replInput(library.find(args[4]).orElseThrow()));
            case "declared" -> library.lessons().forEach(lesson -> {
                lesson.resources().containers().forEach(name -> System.out.println("container " + name));
                lesson.resources().volumes().forEach(name -> System.out.println("volume " + name));
                lesson.resources().images().forEach(name -> System.out.println("image " + name));
            });
            default -> throw new IllegalArgumentException("verify-baseline or repl-input, not " + args[0]);
        }
    }

    static String verifyBaseline(List<Lesson> lessons, String lab, String image) {
        StringBuilder script = new StringBuilder("#!/usr/bin/env bash\nexport LAB=" + q(lab) + " IMAGE=" + q(image) + "\n");
        for (Lesson lesson : lessons) {
            script.append("\n# ").append(lesson.id()).append("\nexport LESSON=").append(q(lesson.id())).append('\n');
            remove(script, lesson.resources(), lab);
            for (Exercise exercise : lesson.exercises()) {
                run(script, exercise.setup());
                run(script, exercise.solution());
            }
            lesson.cleanup().forEach(cleanup -> run(script, cleanup));
            remove(script, lesson.resources(), lab);
        }
        return script.toString();
    }

    private static void run(StringBuilder script, Script block) {
        if (block != null) {
            script.append("mkdir -p \"$LAB\" && (cd \"$LAB\" && bash -e -c ").append(q(block.body())).append(") >/dev/null 2>&1\n");
        }
    }

    private static void remove(StringBuilder script, Resources resources, String lab) {
        resources.containers().forEach(name -> script.append("docker rm -f -v ").append(q(name)).append(" >/dev/null 2>&1\n"));
        resources.volumes().forEach(name -> script.append("docker volume rm ").append(q(name)).append(" >/dev/null 2>&1\n"));
        resources.images().forEach(name -> script.append("docker rmi ").append(q(name)).append(" >/dev/null 2>&1\n"));
        resources.paths().forEach(path -> script.append("rm -rf ").append(q(Path.of(lab).resolve(path).toString())).append('\n'));
    }

    static String replInput(Lesson lesson) {
        StringBuilder input = new StringBuilder();
        for (var step : lesson.steps()) {
            if (step.number() > 1) {
                input.append("/next\n");
            }
            if (step.isExercise()) {
                step.exercise().solution().body().lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .forEach(line -> input.append(line).append('\n'));
                input.append("/check\n");
            }
        }
        return input.append("/reset\nyes\n/exit\n").toString();
    }
}
