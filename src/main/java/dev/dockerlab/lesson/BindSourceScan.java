package dev.dockerlab.lesson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lint's warning for a shell block that bind-mounts a folder of ${LAB} that no
 * earlier line of the lesson makes, when a later line writes into it from the
 * host. The daemon creates a missing bind source itself, as root, so that
 * write fails for a learner who is not root (a user in the docker group, a CI
 * runner) with "Permission denied". Shell blocks are read in lesson order, as
 * present and verify run them.
 */
final class BindSourceScan {

    /** {@code -v "${LAB}/x":/p}, {@code -v $LAB/x:/p}, {@code --mount type=bind,source="$LAB/x",...}; group 1 is x. */
    private static final Pattern BIND = Pattern.compile(
            "(?:-v|--volume|source|src)[ =]\"?\\$(?:\\{LAB}|LAB)/([A-Za-z0-9._/-]+?)\"?[:,]");
    private static final Pattern MKDIR = Pattern.compile("(?:^|[\\s;&|(])mkdir\\s");
    private static final Pattern LAB_PATH = Pattern.compile("\\$(?:\\{LAB}|LAB)/([A-Za-z0-9._/-]+)");

    private BindSourceScan() {
    }

    static void report(List<String> lines, List<CodeFence> fences, Problems problems) {
        Map<String, Integer> madeByDocker = new LinkedHashMap<>();
        Set<String> madeByLesson = new HashSet<>();
        for (CodeFence fence : fences) {
            if (!fence.role().isShell()) {
                continue;
            }
            for (int line = fence.line() + 1; fence.holdsContent(line) && line <= lines.size(); line++) {
                String text = lines.get(line - 1).strip();
                if (text.startsWith("#")) {
                    continue;
                }
                if (MKDIR.matcher(text).find()) {
                    madeByLesson.addAll(labPaths(text));
                }
                Matcher bind = BIND.matcher(text);
                while (bind.find()) {
                    String folder = trimmed(bind.group(1));
                    if (!madeByLesson.contains(folder) && !madeByDocker.containsKey(folder)) {
                        madeByDocker.put(folder, line);
                    }
                }
                Optional<String> written = writtenInto(text, madeByDocker.keySet());
                if (written.isPresent()) {
                    int bound = madeByDocker.remove(written.get());
                    problems.warn(bound, "this line bind-mounts ${LAB}/" + written.get() + ", which no earlier line makes,"
                            + " and line " + line + " writes into it from the host: Docker makes a missing bind source"
                            + " as root, so that write fails for a learner who is not root; make the folder first"
                            + " (mkdir -p ${LAB}/" + written.get() + ")");
                }
            }
        }
    }

    /** Every ${LAB}/x or $LAB/x on the line, and each folder above x (mkdir -p makes those too). */
    private static List<String> labPaths(String text) {
        Matcher path = LAB_PATH.matcher(text);
        List<String> paths = new ArrayList<>();
        while (path.find()) {
            String folder = trimmed(path.group(1));
            for (int slash = folder.indexOf('/'); slash > 0; slash = folder.indexOf('/', slash + 1)) {
                paths.add(folder.substring(0, slash));
            }
            paths.add(folder);
        }
        return paths;
    }

    /** A host command that writes (not docker's own) and names a file inside one of the folders. */
    private static Optional<String> writtenInto(String text, Set<String> folders) {
        if (folders.isEmpty() || ShellWrites.first(text).filter(what -> !what.startsWith("docker") && !what.startsWith("podman")).isEmpty()) {
            return Optional.empty();
        }
        return folders.stream()
                .filter(folder -> text.contains("$LAB/" + folder + "/") || text.contains("${LAB}/" + folder + "/"))
                .findFirst();
    }

    private static String trimmed(String path) {
        return path.replaceAll("/+$", "");
    }
}
