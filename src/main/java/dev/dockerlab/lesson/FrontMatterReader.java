package dev.dockerlab.lesson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the YAML between the {@code ---} lines at the top of a lesson. It
 * walks Jackson's token stream rather than binding to a class so that every
 * unknown key and wrong shape is reported with its own line.
 */
final class FrontMatterReader {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final List<String> KEYS = List.of("title", "summary", "requires", "resources");
    private static final List<String> REQUIRES_KEYS = List.of("storage-driver");
    private static final List<String> RESOURCES_KEYS = List.of("containers", "volumes", "images", "paths");

    private final Problems problems;
    private JsonParser parser;
    private String title;
    private String summary;
    private String storageDriver;
    private List<String> containers = List.of();
    private List<String> volumes = List.of();
    private List<String> images = List.of();
    private List<String> paths = List.of();

    private FrontMatterReader(Problems problems) {
        this.problems = problems;
    }

    static FrontMatter read(List<String> lines, Problems problems) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return FrontMatter.NONE;
        }
        for (int closing = 1; closing < lines.size(); closing++) {
            String line = lines.get(closing).strip();
            if (line.equals("---") || line.equals("...")) {
                String yaml = String.join("\n", lines.subList(1, closing));
                return new FrontMatterReader(problems).parse(yaml).endingAt(closing + 1);
            }
        }
        problems.add(1, "front matter opened here is never closed with '---'");
        return FrontMatter.NONE;
    }

    private FrontMatter parse(String yaml) {
        try (JsonParser yamlParser = YAML.createParser(yaml)) {
            parser = yamlParser;
            return document();
        } catch (JsonProcessingException e) {
            problems.add(line(e.getLocation()), "bad YAML in front matter: " + reason(e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(1, "bad YAML in front matter: " + e.getMessage());
        }
        return new FrontMatter(null, null, Requirements.NONE, Resources.NONE, 0, false);
    }

    private FrontMatter document() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return FrontMatter.NONE;
        }
        entries("front matter", this::topLevel);
        return new FrontMatter(title, summary, new Requirements(storageDriver),
                new Resources(containers, volumes, images, paths), 0, true);
    }

    private void topLevel(String key, int keyLine) throws IOException {
        switch (key) {
            case "title" -> title = scalar(key);
            case "summary" -> summary = scalar(key);
            case "requires" -> entries("requires", this::requires);
            case "resources" -> entries("resources", this::resources);
            default -> unknownKey(keyLine, key, "front matter", KEYS);
        }
    }

    private void requires(String key, int keyLine) throws IOException {
        switch (key) {
            case "storage-driver" -> storageDriver = scalar(key);
            default -> unknownKey(keyLine, key, "requires", REQUIRES_KEYS);
        }
    }

    private void resources(String key, int keyLine) throws IOException {
        switch (key) {
            case "containers" -> containers = list(key);
            case "volumes" -> volumes = list(key);
            case "images" -> images = list(key);
            case "paths" -> paths = list(key);
            default -> unknownKey(keyLine, key, "resources", RESOURCES_KEYS);
        }
    }

    @FunctionalInterface
    private interface Entry {
        /** Reads one value, the parser on its first token. */
        void read(String key, int keyLine) throws IOException;
    }

    /** Reads each key of the map at the current token; an empty value counts as an empty map. */
    private void entries(String name, Entry entry) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            problems.add(tokenLine(), name + " must be keys with values");
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = tokenLine();
            parser.nextToken();
            entry.read(key, keyLine);
        }
    }

    private String scalar(String key) throws IOException {
        if (parser.currentToken().isScalarValue()) {
            return parser.currentToken() == JsonToken.VALUE_NULL ? null : parser.getText().strip();
        }
        problems.add(tokenLine(), "'" + key + "' must be a single value");
        parser.skipChildren();
        return null;
    }

    private List<String> list(String key) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (parser.currentToken().isScalarValue()) {
            return List.of(declared(key, parser.getText().strip()));
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            problems.add(tokenLine(), "'" + key + "' must be a list, like [web1, web2]");
            parser.skipChildren();
            return List.of();
        }
        List<String> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken().isScalarValue() && parser.currentToken() != JsonToken.VALUE_NULL) {
                items.add(declared(key, parser.getText().strip()));
            } else {
                problems.add(tokenLine(), "each item of '" + key + "' must be a single name");
                parser.skipChildren();
            }
        }
        return items;
    }

    /** Checks one declared resource: reset removes exactly these, so each must name what it means to. */
    private String declared(String key, String value) {
        ResourceNames.problem(key, value).ifPresent(problem -> problems.add(tokenLine(), problem));
        return value;
    }

    private void unknownKey(int line, String key, String where, List<String> known) throws IOException {
        problems.add(line, "unknown key '" + key + "' in " + where + "; expected one of: " + String.join(", ", known));
        parser.skipChildren();
    }

    private int tokenLine() {
        return line(parser.currentTokenLocation());
    }

    /** Jackson counts the YAML's lines from 1; the YAML starts on line 2, after the opening {@code ---}. */
    private static int line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? 1 : 1 + location.getLineNr();
    }

    /**
     * SnakeYAML's message without its excerpt lines (the indented ones), which
     * point into the YAML alone and would mislead in a report on the whole file.
     */
    private static String reason(String message) {
        return String.join(": ", message.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .toList());
    }
}
