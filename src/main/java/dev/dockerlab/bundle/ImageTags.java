package dev.dockerlab.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockerlab.failure.BadInput;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The tags a `docker save` archive carries in its manifest.json. `docker load`
 * applies every one of them, so a bundle may carry only its own image's tag:
 * it must not move a tag the learner uses (postgres:16, say) to its image.
 */
final class ImageTags {

    private ImageTags() {
    }

    static void refuseOthers(Path imageTar, String expected, Path bundle) throws IOException {
        List<String> others = new ArrayList<>();
        for (String tag : tags(imageTar)) {
            if (!tag.equals(withTag(expected))) {
                others.add(tag);
            }
        }
        if (!others.isEmpty()) {
            throw new BadInput(bundle + " is refused: its image would also be tagged " + String.join(", ", others)
                    + ", which this bundle does not name; a dockerlab bundle carries one image under one tag.");
        }
    }

    static List<String> tags(Path imageTar) throws IOException {
        try (InputStream file = Files.newInputStream(imageTar); TarArchiveInputStream tar = new TarArchiveInputStream(file)) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.getName().equals("manifest.json")) {
                    List<String> tags = new ArrayList<>();
                    for (JsonNode image : new ObjectMapper().readTree(tar.readAllBytes())) {
                        image.path("RepoTags").forEach(tag -> tags.add(tag.asText()));
                    }
                    return tags;
                }
            }
        }
        return List.of();
    }

    private static String withTag(String reference) {
        int slash = reference.lastIndexOf('/');
        return reference.indexOf(':', slash + 1) >= 0 ? reference : reference + ":latest";
    }
}
