package dev.dockerlab.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockerlab.lesson.Resources;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What a lesson's code may remove through the guard: the containers,
 * volumes and images the lesson declares, and what its code made through
 * the guard in this run (and the anonymous volumes of containers it was
 * allowed to remove). Anything else a request would remove, rename, retag
 * (a tag, a build's or a commit's name) or prune is refused with a sentence the docker CLI prints as it is.
 */
final class GuardRules {

    /** What to do with one request. */
    record Verdict(int status, String json) {

        static final Verdict FORWARD = new Verdict(0, null);

        static Verdict refuse(String message) {
            ObjectNode body = JSON.createObjectNode();
            body.put("message", message);
            return new Verdict(403, body.toString());
        }

        boolean forwards() {
            return status == 0;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ANONYMOUS_VOLUME = Pattern.compile("[0-9a-f]{64}");

    private final String lesson;
    private final Upstream upstream;
    private volatile Resources declared;
    private final Set<String> containers = ConcurrentHashMap.newKeySet();
    private final Set<String> volumes = ConcurrentHashMap.newKeySet();
    private final Set<String> images = ConcurrentHashMap.newKeySet();

    GuardRules(String lesson, Resources declared, Upstream upstream) {
        this.lesson = lesson;
        this.declared = declared;
        this.upstream = upstream;
    }

    void declare(Resources resources) {
        this.declared = resources;
    }

    Verdict judge(HttpHead request) throws IOException {
        List<String> path = request.pathParts();
        String method = request.method();
        if (path.size() == 2 && method.equals("POST") && path.get(1).equals("prune")) {
            return prune(request, path.get(0));
        }
        if (path.size() == 2 && method.equals("DELETE") && path.get(0).equals("containers")) {
            return container(path.get(1), "removed", true);
        }
        if (path.size() == 3 && method.equals("POST") && path.get(0).equals("containers") && path.get(2).equals("rename")) {
            return container(path.get(1), "renamed", false);
        }
        if (path.size() == 2 && method.equals("DELETE") && path.get(0).equals("volumes")) {
            return ownsVolume(path.get(1)) ? Verdict.FORWARD
                    : Verdict.refuse(sentence("volume " + path.get(1), "it is not removed"));
        }
        if (path.size() >= 2 && method.equals("DELETE") && path.get(0).equals("images")) {
            return image(String.join("/", path.subList(1, path.size())));
        }
        if (path.size() >= 3 && method.equals("POST") && path.get(0).equals("images") && path.get(path.size() - 1).equals("tag")) {
            return tag(String.join("/", path.subList(1, path.size() - 1)), request);
        }
        if (method.equals("POST") && (path.equals(List.of("build")) || path.equals(List.of("commit")))) {
            return naming(path.get(0).equals("build") ? request.query().getOrDefault("t", List.of())
                    : target(request).map(List::of).orElse(List.of()));
        }
        if (method.equals("DELETE")) {
            // A lesson declares containers, volumes and images; anything else it would remove
            // (a network, a plugin, a swarm service...) is someone else's.
            return Verdict.refuse("dockerlab: " + lesson + " may not remove " + String.join("/", path)
                    + ": lessons declare only containers, volumes and images; it is not removed");
        }
        return Verdict.FORWARD;
    }

    /** A build or commit may name an image as a tag may: where no image is, or a name the lesson owns. */
    private Verdict naming(List<String> names) throws IOException {
        for (String name : names) {
            if (!ownsImage(name) && upstream.get("/images/" + encode(name) + "/json").found()) {
                return Verdict.refuse(sentence("image " + ImageRef.normal(name), "its name is not taken"));
            }
        }
        return Verdict.FORWARD;
    }

    /** Whether {@link #learn} needs the answer's body. */
    boolean readsAnswer(HttpHead request) {
        List<String> path = request.pathParts();
        return request.method().equals("POST") && path.size() == 2 && path.get(1).equals("create")
                && (path.get(0).equals("containers") || path.get(0).equals("volumes"));
    }

    /** Notes what the lesson's code made, from a request the daemon carried out. */
    void learn(HttpHead request, int status, String answer) {
        if (status / 100 != 2) {
            return;
        }
        List<String> path = request.pathParts();
        String method = request.method();
        if (!method.equals("POST") || path.isEmpty()) {
            return;
        }
        if (path.equals(List.of("containers", "create"))) {
            request.parameter("name").ifPresent(containers::add);
            field(answer, "Id").ifPresent(containers::add);
        } else if (path.equals(List.of("volumes", "create"))) {
            field(answer, "Name").ifPresent(volumes::add);
        } else if (path.equals(List.of("build"))) {
            request.query().getOrDefault("t", List.of()).forEach(tag -> images.add(ImageRef.normal(tag)));
        } else if (path.size() == 3 && path.get(0).equals("containers") && path.get(2).equals("rename")) {
            request.parameter("name").ifPresent(containers::add);
        } else if (path.size() >= 3 && path.get(0).equals("images") && path.get(path.size() - 1).equals("tag")) {
            target(request).ifPresent(images::add);
        }
    }

    private Verdict container(String reference, String verb, boolean releasesVolumes) throws IOException {
        Upstream.Reply inspected = upstream.get("/containers/" + encode(reference) + "/json");
        if (!inspected.found()) {
            return Verdict.FORWARD;
        }
        JsonNode container = JSON.readTree(inspected.body());
        String name = container.path("Name").asText().replaceFirst("^/", "");
        String id = container.path("Id").asText();
        if (!declared.containers().contains(name) && !containers.contains(name) && !containers.contains(id)) {
            return Verdict.refuse(sentence("container " + name, "it is not " + verb));
        }
        if (releasesVolumes) {
            for (JsonNode mount : container.path("Mounts")) {
                String volume = mount.path("Name").asText();
                if (mount.path("Type").asText().equals("volume") && ANONYMOUS_VOLUME.matcher(volume).matches()) {
                    volumes.add(volume);
                }
            }
        }
        return Verdict.FORWARD;
    }

    private boolean ownsVolume(String name) {
        return declared.volumes().contains(name) || volumes.contains(name);
    }

    private boolean ownsImage(String reference) {
        String normal = ImageRef.normal(reference);
        return images.contains(normal) || declared.images().stream().map(ImageRef::normal).anyMatch(normal::equals);
    }

    private Verdict image(String reference) throws IOException {
        Upstream.Reply inspected = upstream.get("/images/" + encode(reference) + "/json");
        if (!inspected.found()) {
            return Verdict.FORWARD;
        }
        List<String> tags = new ArrayList<>();
        JSON.readTree(inspected.body()).path("RepoTags").forEach(tag -> tags.add(ImageRef.normal(tag.asText())));
        boolean byName = tags.contains(ImageRef.normal(reference));
        boolean owned = byName ? ownsImage(reference) : !tags.isEmpty() && tags.stream().allMatch(this::ownsImage);
        return owned ? Verdict.FORWARD : Verdict.refuse(sentence("image " + reference, "it is not removed"));
    }

    /** A tag may go where no image is, onto the same image, or onto a name the lesson owns. */
    private Verdict tag(String source, HttpHead request) throws IOException {
        Optional<String> target = target(request);
        if (target.isEmpty() || ownsImage(target.get())) {
            return Verdict.FORWARD;
        }
        Upstream.Reply there = upstream.get("/images/" + encode(target.get()) + "/json");
        if (!there.found()) {
            return Verdict.FORWARD;
        }
        Upstream.Reply from = upstream.get("/images/" + encode(source) + "/json");
        String thereId = JSON.readTree(there.body()).path("Id").asText();
        if (from.found() && JSON.readTree(from.body()).path("Id").asText().equals(thereId)) {
            return Verdict.FORWARD;
        }
        return Verdict.refuse(sentence("image " + target.get(), "it is not retagged"));
    }

    private static Optional<String> target(HttpHead request) {
        return request.parameter("repo").filter(repo -> !repo.isEmpty())
                .map(repo -> ImageRef.normal(repo + request.parameter("tag").filter(tag -> !tag.isEmpty()).map(tag -> ":" + tag).orElse("")));
    }

    /**
     * A volume prune removes, of the volumes it would remove, only those the
     * lesson owns: the guard lists them with the prune's own label filters and
     * removes them one by one (so lesson 6's prune by label works, and another
     * project's volume with that label stays). Other prunes are refused.
     */
    private Verdict prune(HttpHead request, String kind) throws IOException {
        if (!kind.equals("volumes")) {
            return Verdict.refuse("dockerlab: " + lesson + " may not prune " + kind
                    + ": a prune removes what the lesson does not declare; nothing is pruned");
        }
        JsonNode filters = JSON.readTree(request.parameter("filters").orElse("{}"));
        if (filters.has("label!")) {
            return Verdict.refuse("dockerlab: " + lesson + " may not prune volumes by label!; nothing is pruned");
        }
        // before API 1.42 a prune took named volumes too; since, only with all=true
        boolean all = request.apiVersion().map(GuardRules::before142).orElse(false)
                || values(filters.path("all")).stream().anyMatch(value -> value.equals("true") || value.equals("1"));
        // Only one filter goes to the engine, the labels are matched here: Podman 4 joins
        // two filters with "or", so "dangling and label" would list every unused volume.
        ObjectNode listing = JSON.createObjectNode();
        listing.putArray("dangling").add("true");
        Upstream.Reply listed = upstream.get("/volumes?filters=" + encode(listing.toString()));
        List<String> labels = values(filters.path("label"));
        List<String> removed = new ArrayList<>();
        for (JsonNode volume : JSON.readTree(listed.body()).path("Volumes")) {
            String name = volume.path("Name").asText();
            boolean anonymous = volume.path("Labels").has("com.docker.volume.anonymous");
            if (ownsVolume(name) && hasEvery(volume.path("Labels"), labels)
                    && (all || anonymous || ANONYMOUS_VOLUME.matcher(name).matches())
                    && upstream.delete("/volumes/" + encode(name)).found()) {
                removed.add(name);
            }
        }
        ObjectNode answer = JSON.createObjectNode();
        removed.forEach(answer.putArray("VolumesDeleted")::add);
        answer.put("SpaceReclaimed", 0);
        return new Verdict(200, answer.toString());
    }

    /** Whether the labels hold every filter, each KEY or KEY=VALUE, as Docker's label filter means it. */
    private static boolean hasEvery(JsonNode labels, List<String> filters) {
        return filters.stream().allMatch(filter -> {
            int equals = filter.indexOf('=');
            String key = equals < 0 ? filter : filter.substring(0, equals);
            return labels.has(key) && (equals < 0 || labels.path(key).asText().equals(filter.substring(equals + 1)));
        });
    }

    private static boolean before142(String version) {
        String[] parts = version.split("\\.");
        return Integer.parseInt(parts[0]) < 1 || Integer.parseInt(parts[0]) == 1 && Integer.parseInt(parts[1]) < 42;
    }

    /** A filter's values, in either form the API takes: {"label": {"a=b": true}} or {"label": ["a=b"]}. */
    private static List<String> values(JsonNode filter) {
        List<String> values = new ArrayList<>();
        if (filter.isArray()) {
            filter.forEach(value -> values.add(value.asText()));
        } else {
            for (Iterator<String> names = filter.fieldNames(); names.hasNext(); ) {
                values.add(names.next());
            }
        }
        return values;
    }

    private String sentence(String object, String consequence) {
        return "dockerlab: " + lesson + " does not declare " + object + "; " + consequence;
    }

    private static Optional<String> field(String json, String name) {
        try {
            JsonNode value = JSON.readTree(json).path(name);
            return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
