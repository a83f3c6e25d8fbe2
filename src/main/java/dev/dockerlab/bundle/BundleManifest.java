package dev.dockerlab.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dockerlab.failure.BadInput;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The first entry of a bundle: what made it, the image it carries and the
 * lessons in it. {@code format} tells a bundle from any other tar file and
 * lets a later dockerlab change the layout; {@code imageId} lets loading skip
 * an image the daemon already has.
 */
public record BundleManifest(String format, String dockerlabVersion, String image, String imageId,
                             List<String> lessons, String created) {

    public static final String FORMAT = "dockerlab-bundle/1";

    private static final String FORMAT_FAMILY = "dockerlab-bundle/";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public BundleManifest {
        lessons = List.copyOf(lessons);
    }

    byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The manifest of the bundle {@code file}, or a BadInput saying why it is none. */
    static BundleManifest parse(byte[] json, Path file) {
        BundleManifest manifest;
        try {
            manifest = JSON.readValue(json, BundleManifest.class);
        } catch (IOException notJson) {
            throw new BadInput(file + " is not a dockerlab bundle: its " + BundleLayout.MANIFEST
                    + " cannot be read.", notJson);
        }
        if (manifest == null || manifest.format() == null || !manifest.format().startsWith(FORMAT_FAMILY)) {
            throw new BadInput(file + " is not a dockerlab bundle: its " + BundleLayout.MANIFEST
                    + " does not say \"format\": \"" + FORMAT + "\".");
        }
        if (!manifest.format().equals(FORMAT)) {
            throw new BadInput(file + " is a " + manifest.format() + " bundle from dockerlab "
                    + manifest.dockerlabVersion() + "; this dockerlab reads " + FORMAT + " only, so update it.");
        }
        if (manifest.image() == null || manifest.image().isBlank()) {
            throw new BadInput(file + " is a damaged dockerlab bundle: its manifest names no image.");
        }
        return manifest;
    }
}
