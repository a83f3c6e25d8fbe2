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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code docker load} would do with an image archive, read from the
 * archive's own metadata before the daemon sees it: the names it would tag
 * (manifest.json's RepoTags, index.json's image-name annotations, the legacy
 * repositories file) and the IDs the image may get (its config digest with
 * the classic image store, its manifest digest with containerd's). Loading
 * moves a tag to the loaded image whatever the tag pointed at before, and
 * cannot load under a temporary name, so this is where a bundle is judged.
 */
record SavedImage(List<String> tags, Set<String> ids, boolean hasManifest) {

    private static final long MAX_METADATA_BYTES = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    SavedImage {
        tags = List.copyOf(tags);
        ids = Set.copyOf(ids);
    }

    static SavedImage read(Path imageTar, Path bundle) throws IOException {
        List<String> tags = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        boolean hasManifest = false;
        try (InputStream file = Files.newInputStream(imageTar); TarArchiveInputStream tar = new TarArchiveInputStream(file)) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                String name = entry.getName();
                if (!List.of("manifest.json", "index.json", "repositories").contains(name)) {
                    continue;
                }
                if (entry.getSize() > MAX_METADATA_BYTES) {
                    throw damaged(bundle, "its image's " + name + " is far too large");
                }
                JsonNode json = JSON.readTree(tar.readNBytes((int) MAX_METADATA_BYTES));
                switch (name) {
                    case "manifest.json" -> {
                        hasManifest = true;
                        if (json.size() != 1) {
                            throw new BadInput(bundle + " is refused: its image archive holds " + json.size()
                                    + " images; a dockerlab bundle carries one image under one tag.");
                        }
                        json.forEach(image -> {
                            image.path("RepoTags").forEach(tag -> tags.add(tag.asText()));
                            ids.add(digest(image.path("Config").asText()));
                        });
                    }
                    case "index.json" -> json.path("manifests").forEach(manifest -> {
                        ids.add(manifest.path("digest").asText());
                        String named = manifest.path("annotations").path("io.containerd.image.name").asText("");
                        if (!named.isEmpty()) {
                            tags.add(named);
                        }
                    });
                    default -> json.fields().forEachRemaining(repository -> repository.getValue().fieldNames()
                            .forEachRemaining(tag -> tags.add(repository.getKey() + ":" + tag)));
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            throw damaged(bundle, "its image's metadata is not JSON");
        }
        return new SavedImage(tags.stream().distinct().toList(), ids, hasManifest);
    }

    /** Refuses an archive that would tag anything but {@code expected}: it would move another image's tag. */
    void requireOnly(String expected, Path bundle) {
        List<String> others = tags.stream().filter(tag -> !normal(tag).equals(normal(expected))).toList();
        if (!others.isEmpty()) {
            throw new BadInput(bundle + " is refused: its image would also be tagged " + String.join(", ", others)
                    + ", which this bundle does not name; a dockerlab bundle carries one image under one tag.");
        }
    }

    /** Refuses an archive docker load could not load as the bundle's image under its tag. */
    void requireLoadable(String expected, Path bundle) {
        if (!hasManifest) {
            throw damaged(bundle, "its image has no manifest.json");
        }
        if (tags.isEmpty()) {
            throw damaged(bundle, "its image is not tagged " + expected);
        }
    }

    boolean is(String imageId) {
        return ids.contains(imageId);
    }

    /** "blobs/sha256/HEX" (OCI layout) or "HEX.json" (the older layout) as sha256:HEX. */
    private static String digest(String configPath) {
        String file = configPath.substring(configPath.lastIndexOf('/') + 1);
        String hex = file.endsWith(".json") ? file.substring(0, file.length() - ".json".length()) : file;
        return "sha256:" + hex;
    }

    /** docker.io/library/name:latest, name:latest and name are one tag to the daemon. */
    static String normal(String reference) {
        String named = reference;
        int slash = named.lastIndexOf('/');
        if (named.indexOf(':', slash + 1) < 0 && !named.contains("@")) {
            named = named + ":latest";
        }
        return named.replaceFirst("^(index\\.)?docker\\.io/", "").replaceFirst("^library/", "");
    }

    private static BadInput damaged(Path bundle, String why) {
        return new BadInput(bundle + " is a damaged dockerlab bundle (" + why + "); make it again with dockerlab bundle.");
    }
}
