package dev.dockerlab.docker;

import java.util.List;

/**
 * A path as one reading saw it: what kind of entry is there, the text of a
 * regular file (at most {@link #MAX_BYTES}), and, when asked for, the names
 * beside it, to tell a learner what IS there when the file is not.
 */
public record FileView(String path, Kind kind, String content, List<String> neighbours) {

    public static final int MAX_BYTES = 1 << 20;

    /**
     * {@code WHITEOUT} is a character device with device number 0, 0: how
     * overlayfs records, in an upper layer, that a name of the layers below
     * was deleted. Only a layer directory read as such shows one; a merged
     * view never does.
     */
    public enum Kind { FILE, DIRECTORY, LINK, WHITEOUT, OTHER, ABSENT }

    public static FileView absent(String path, List<String> neighbours) {
        return new FileView(path, Kind.ABSENT, null, List.copyOf(neighbours));
    }

    public boolean exists() {
        return kind != Kind.ABSENT;
    }

    public boolean contains(String text) {
        return content != null && content.contains(text);
    }

    /** "it holds: a.txt, b.txt" or "the folder is empty", for failure messages. */
    public String neighbourhood() {
        if (neighbours.isEmpty()) {
            return "nothing is there";
        }
        int shown = Math.min(neighbours.size(), 12);
        String names = String.join(", ", neighbours.subList(0, shown));
        return "beside it: " + names + (neighbours.size() > shown ? ", ..." : "");
    }
}
