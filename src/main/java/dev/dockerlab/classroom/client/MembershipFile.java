package dev.dockerlab.classroom.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockerlab.progress.AtomicFile;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The membership in {@code class.json} of the state folder, readable by its
 * owner only (the key lets anyone report as this learner). An unreadable
 * file counts as no class: the learner is told so by the join that follows.
 */
final class MembershipFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    MembershipFile(Path folder) {
        this.file = folder.resolve("class.json");
    }

    Path path() {
        return file;
    }

    Optional<Membership> load() {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            JsonNode node = JSON.readTree(file.toFile());
            if (!node.path("server").isTextual() || !node.path("code").isTextual() || !node.path("name").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new Membership(URI.create(node.path("server").asText()), node.path("code").asText(),
                    node.path("name").asText(), text(node, "learner"), text(node, "key"), text(node, "title")));
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    void save(Membership membership) throws IOException {
        ObjectNode node = JSON.createObjectNode()
                .put("server", membership.server().toString())
                .put("code", membership.code())
                .put("name", membership.name());
        membership.learner().ifPresent(learner -> node.put("learner", learner));
        membership.key().ifPresent(key -> node.put("key", key));
        membership.title().ifPresent(title -> node.put("title", title));
        AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n");
        ownerOnly();
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    private void ownerOnly() throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX modes: the state folder's own protection is all there is
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.path(field).isTextual() ? Optional.of(node.path(field).asText()) : Optional.empty();
    }
}
