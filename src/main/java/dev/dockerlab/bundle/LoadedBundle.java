package dev.dockerlab.bundle;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A bundle in use: its manifest, where its lessons were unpacked, whether its
 * image had to be loaded, and what its lesson folder holds.
 */
public record LoadedBundle(Path file, BundleManifest manifest, Path lessonsDir, boolean imageLoaded,
                           LessonFiles lessonFiles) {

    public String image() {
        return manifest.image();
    }

    /** One sentence on what loading did, counting the lesson files it unpacked, not what the manifest claims. */
    public String summary() {
        String image = imageLoaded
                ? "Loaded the lab image " + image() + " from " + file.getFileName()
                : "The lab image " + image() + " is already present (not loaded again)";
        int lessons = lessonFiles.lessons();
        int others = lessonFiles.others();
        String files = count(lessons, "lesson") + (others == 0 ? "" : " and " + count(others, "other file"));
        return image + "; its " + files + (lessons == 1 && others == 0 ? " is" : " are") + " in " + lessonsDir + ".";
    }

    private static String count(int count, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", count, noun, count == 1 ? "" : "s");
    }
}
