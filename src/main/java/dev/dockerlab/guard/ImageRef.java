package dev.dockerlab.guard;

import dev.dockerlab.docker.ImageReference;

/** Image references as the daemon reads them, so "site" and "docker.io/library/site:latest" are one name. */
final class ImageRef {

    private ImageRef() {
    }

    static String normal(String reference) {
        return ImageReference.normal(reference);
    }
}
