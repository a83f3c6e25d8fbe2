package dev.dockerlab.verify;

import dev.dockerlab.lesson.Lesson;
import dev.dockerlab.lesson.Resources;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which lessons of a run declare the same object: verify clears a lesson's
 * declared objects before it and removes them after, so two lessons that
 * share a container, volume or image name, or a path under ${LAB} (one
 * path inside the other counts), would remove each other's objects if
 * proven side by side. {@link SideBySide} never runs such a pair at once.
 */
public final class SharedObjects {

    private final List<Lesson> lessons;

    private SharedObjects(List<Lesson> lessons) {
        this.lessons = List.copyOf(lessons);
    }

    public static SharedObjects among(List<Lesson> lessons) {
        return new SharedObjects(lessons);
    }

    /** Whether the lessons at these positions declare an object in common. */
    public boolean share(int first, int second) {
        return shared(first, second).isPresent();
    }

    /** "03 bind-mounts and 07 sharing-data both declare volume shared-site": one line per pair that shares. */
    public List<String> pairs() {
        List<String> lines = new ArrayList<>();
        for (int first = 0; first < lessons.size(); first++) {
            for (int second = first + 1; second < lessons.size(); second++) {
                int a = first;
                int b = second;
                shared(a, b).ifPresent(object -> lines.add(name(lessons.get(a)) + " and " + name(lessons.get(b))
                        + " both declare " + object));
            }
        }
        return lines;
    }

    private static String name(Lesson lesson) {
        return String.format("%02d %s", lesson.number(), lesson.id());
    }

    /** The first object both declare, in words ("volume site"), if any. */
    private Optional<String> shared(int first, int second) {
        Resources one = lessons.get(first).resources();
        Resources other = lessons.get(second).resources();
        for (String name : one.containers()) {
            if (other.containers().contains(name)) {
                return Optional.of("container " + name);
            }
        }
        for (String name : one.volumes()) {
            if (other.volumes().contains(name)) {
                return Optional.of("volume " + name);
            }
        }
        for (String reference : one.images()) {
            if (other.images().stream().anyMatch(theirs -> tagged(theirs).equals(tagged(reference)))) {
                return Optional.of("image " + reference);
            }
        }
        for (String path : one.paths()) {
            if (other.paths().stream().anyMatch(theirs -> nested(path, theirs))) {
                return Optional.of("path ${LAB}/" + path);
            }
        }
        return Optional.empty();
    }

    /** An image reference with the tag Docker gives it when none is written: {@code site} is {@code site:latest}. */
    private static String tagged(String reference) {
        if (reference.contains("@")) {
            return reference;
        }
        int slash = reference.lastIndexOf('/');
        return reference.indexOf(':', slash + 1) >= 0 ? reference : reference + ":latest";
    }

    /** One path is the other or inside it: removing either removes part of the other. */
    private static boolean nested(String one, String other) {
        Path a = Path.of(one).normalize();
        Path b = Path.of(other).normalize();
        return a.startsWith(b) || b.startsWith(a);
    }
}
