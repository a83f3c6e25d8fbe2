package dev.dockerlab.lesson;

import java.util.List;

/** What a lesson declares it creates; reset removes exactly these. Paths are relative to ${LAB}. */
public record Resources(List<String> containers, List<String> volumes, List<String> images, List<String> paths) {

    public static final Resources NONE = new Resources(List.of(), List.of(), List.of(), List.of());

    public Resources {
        containers = List.copyOf(containers);
        volumes = List.copyOf(volumes);
        images = List.copyOf(images);
        paths = List.copyOf(paths);
    }
}
