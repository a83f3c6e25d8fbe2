package dev.dockerlab.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.dockerlab.failure.BadInput;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

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
    /** What a tag loaded by docker load looks like: optional registry host[:port]/, lower-case path, :tag. */
    private static final Pattern IMAGE_REFERENCE = Pattern.compile(
            "([a-zA-Z0-9.-]+(:[0-9]+)?/)?[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public BundleManifest {
        lessons = lessons == null ? List.of() : List.copyOf(lessons);
    }

    byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Where the manifest has a value of the wrong kind, and what kind was expected, in words (never a Java type). */
    private static String wrongShape(MismatchedInputException wrong) {
        String field = wrong.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                .filter(name -> name != null).reduce((outer, inner) -> inner).map(name -> "\"" + name + "\"")
                .orElse("the manifest");
        Class<?> type = wrong.getTargetType();
        String expected = type == null ? "another kind of value"
                : List.class.isAssignableFrom(type) ? "a list of lesson ids, like [\"copy-on-write\"]"
                : type == String.class ? "a single text value"
                : "an object of keys with values";
        int line = wrong.getLocation() == null ? 1 : Math.max(1, wrong.getLocation().getLineNr());
        return "its " + BundleLayout.MANIFEST + ":" + line + ": " + field + " must be " + expected;
    }

    /** The manifest of the bundle {@code file}, or a BadInput saying why it is none. */
    static BundleManifest parse(byte[] json, Path file) {
        BundleManifest manifest;
        try {
            manifest = JSON.readValue(json, BundleManifest.class);
        } catch (MismatchedInputException wrongShape) {
            throw new BadInput(file + " is not a dockerlab bundle: " + wrongShape(wrongShape) + ".", wrongShape);
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
        if (!IMAGE_REFERENCE.matcher(manifest.image()).matches()) {
            throw new BadInput(file + " is a damaged dockerlab bundle: its manifest's image \"" + manifest.image()
                    + "\" is not an image reference (such as dockerlab/busybox:1); make it again with dockerlab bundle.");
        }
        return manifest;
    }
}
