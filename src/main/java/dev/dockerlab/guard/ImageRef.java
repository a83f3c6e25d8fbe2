package dev.dockerlab.guard;

/** Image references as the daemon reads them, so "site" and "docker.io/library/site:latest" are one name. */
final class ImageRef {

    private ImageRef() {
    }

    static String normal(String reference) {
        String name = reference;
        if (name.startsWith("docker.io/")) {
            name = name.substring("docker.io/".length());
        }
        if (name.startsWith("library/")) {
            name = name.substring("library/".length());
        }
        if (name.contains("@")) {
            return name;
        }
        return name.lastIndexOf(':') > name.lastIndexOf('/') ? name : name + ":latest";
    }
}
