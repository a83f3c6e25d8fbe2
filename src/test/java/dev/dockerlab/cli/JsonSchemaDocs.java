package dev.dockerlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The documented JSON schemas (docs/JSON.md): the example of each, and the field paths of any document. */
public final class JsonSchemaDocs {

    private static final Pattern EXAMPLE = Pattern.compile("## `dockerlab (\\w+) --json`\\s+```json\\n(.*?)```", Pattern.DOTALL);

    private JsonSchemaDocs() {
    }

    static JsonNode example(String command) throws IOException {
        Matcher matcher = EXAMPLE.matcher(Files.readString(Path.of("docs/JSON.md")));
        while (matcher.find()) {
            if (matcher.group(1).equals(command)) {
                return new ObjectMapper().readTree(matcher.group(2));
            }
        }
        throw new AssertionError("docs/JSON.md has no example for " + command + " --json");
    }

    static JsonNode parse(String json) throws IOException {
        return new ObjectMapper().readTree(json);
    }

    /** Every field's path, arrays as [] ("lessons[].exercises[].title"). */
    public static TreeSet<String> fields(JsonNode node) {
        TreeSet<String> paths = new TreeSet<>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String path, TreeSet<String> paths) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                paths.add(child);
                collect(field.getValue(), child, paths);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, path + "[]", paths));
        }
    }
}
