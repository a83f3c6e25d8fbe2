package dev.dockerlab.docker;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * GET of an inspect endpoint as a JSON tree. docker-java's models leave out
 * fields lessons need (GraphDriver.Data's LowerDir / UpperDir, a mount's
 * Type), so inspect answers are read whole once, and the typed model is made
 * from the same tree.
 */
public final class RawInspect {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final DockerHttpClient http;
    private final String apiVersion;

    public RawInspect(DockerConnection connection) {
        this.http = ((DockerClientImpl) connection.client()).getHttpClient();
        this.apiVersion = connection.apiVersion();
    }

    /**
     * Empty when there is no such object, and also when the daemon found one only by a prefix of
     * its ID (it answers "db" with a container whose ID starts with db...): a
     * lesson's names must never stand for someone else's object. A reference
     * the daemon cannot parse names nothing either.
     */
    public Optional<JsonNode> inspect(ObjectKind kind, String name) {
        return fetch(kind, name).filter(tree -> isNamed(kind, name, tree));
    }

    static boolean isNamed(ObjectKind kind, String name, JsonNode tree) {
        String id = tree.path("Id").asText("");
        return switch (kind) {
            case CONTAINER -> tree.path("Name").asText("").equals("/" + name) || id.equals(name);
            case IMAGE -> id.equals(name) || id.equals("sha256:" + name)
                    || contains(tree.path("RepoTags"), name) || contains(tree.path("RepoDigests"), name);
            // a volume has no ID: the daemon finds it by its whole name only
            case VOLUME -> true;
        };
    }

    /** Compared as the engine normalizes references: Podman lists "docker.io/library/busybox:latest". */
    private static boolean contains(JsonNode list, String reference) {
        for (JsonNode item : list) {
            if (ImageReference.same(item.asText(), reference)) {
                return true;
            }
        }
        return false;
    }

    private Optional<JsonNode> fetch(ObjectKind kind, String name) {
        String path = "/v" + apiVersion + "/" + kind.collection() + "/"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")
                + (kind == ObjectKind.VOLUME ? "" : "/json");
        DockerHttpClient.Request request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET).path(path).build();
        try (DockerHttpClient.Response response = http.execute(request); InputStream body = response.getBody()) {
            if (response.getStatusCode() == 404 || response.getStatusCode() == 400) {
                return Optional.empty();
            }
            JsonNode tree = JSON.readTree(body);
            if (response.getStatusCode() >= 300) {
                throw new DaemonRefusal(tree.path("message").asText("status " + response.getStatusCode()));
            }
            return Optional.of(tree);
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    public static <T> T as(JsonNode tree, Class<T> model) {
        try {
            return JSON.treeToValue(tree, model);
        } catch (IOException mismatch) {
            throw new UncheckedIOException(mismatch);
        }
    }

    /** The daemon answered an inspect with an error other than 404. */
    public static final class DaemonRefusal extends DockerException {

        private static final long serialVersionUID = 1L;

        DaemonRefusal(String message) {
            super(message, 500);
        }
    }
}
