package dev.dockerlab.bundle;

import java.nio.file.Path;

/** A bundle in use: its manifest, where its lessons were unpacked, and whether its image had to be loaded. */
public record LoadedBundle(Path file, BundleManifest manifest, Path lessonsDir, boolean imageLoaded) {

    public String image() {
        return manifest.image();
    }

    /** One sentence on what loading did. */
    public String summary() {
        String image = imageLoaded
                ? "Loaded the lab image " + image() + " from " + file.getFileName()
                : "The lab image " + image() + " is already present (not loaded again)";
        int lessons = manifest.lessons().size();
        return image + "; its " + lessons + (lessons == 1 ? " lesson is" : " lessons are") + " in " + lessonsDir + ".";
    }
}
