package dev.dockerlab.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockerlab.docker.ContainerPaths;
import dev.dockerlab.docker.FileView;

import java.util.List;
import java.util.Optional;

/**
 * Paths under a tmpfs mount. A tmpfs lives in the running container's memory:
 * the archive API and the layer folders do not see it, so such a path is read
 * through the container itself, with a small sh script run in it, the way
 * {@code serves} fetches its page. A stopped container's tmpfs holds nothing.
 */
final class TmpfsFiles {

    /** Prints the kind (F, D, L, O or A) on the first line, then a file's content or a missing path's neighbours. */
    private static final String LOOK = "p=$1; if [ -L \"$p\" ]; then echo L; elif [ -d \"$p\" ]; then echo D;"
            + " elif [ -f \"$p\" ]; then echo F; cat \"$p\"; elif [ -e \"$p\" ]; then echo O;"
            + " else echo A; ls -A \"$(dirname \"$p\")\" 2>/dev/null; fi";

    private TmpfsFiles() {
    }

    /** The tmpfs mount point that holds {@code path}, if one does. */
    static Optional<String> mountHolding(JsonNode container, String path) {
        String absolute = ContainerPaths.normalise(path);
        return MountChecks.mountsOf(container).stream()
                .filter(mount -> mount.type().equals("tmpfs"))
                .map(mount -> ContainerPaths.normalise(mount.destination()))
                .filter(mount -> absolute.equals(mount) || absolute.startsWith(mount.equals("/") ? "/" : mount + "/"))
                .findFirst();
    }

    static FileView read(DockerState state, String containerId, String path) {
        String absolute = ContainerPaths.normalise(path);
        ProcessOutput looked = state.exec(containerId, List.of("sh", "-c", LOOK, "sh", absolute));
        if (looked.unfinished().isPresent()) {
            throw new IllegalStateException("reading " + absolute + " in the container " + looked.unfinished().get());
        }
        String out = looked.stdout();
        int newline = out.indexOf('\n');
        String kind = (newline < 0 ? out : out.substring(0, newline)).strip();
        String rest = newline < 0 ? "" : out.substring(newline + 1);
        return switch (kind) {
            case "F" -> new FileView(absolute, FileView.Kind.FILE, rest, List.of());
            case "D" -> new FileView(absolute, FileView.Kind.DIRECTORY, null, List.of());
            case "L" -> new FileView(absolute, FileView.Kind.LINK, null, List.of());
            case "O" -> new FileView(absolute, FileView.Kind.OTHER, null, List.of());
            case "A" -> FileView.absent(absolute, rest.lines().filter(line -> !line.isBlank()).sorted().toList());
            default -> throw new IllegalStateException("the container could not read " + absolute + " (it needs sh): "
                    + looked.text().strip());
        };
    }
}
