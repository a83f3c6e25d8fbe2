package dev.dockerlab.progress;

import java.nio.file.Path;
import java.util.Map;

/** Where dockerlab keeps what must outlive a run: $XDG_STATE_HOME/dockerlab, else ~/.local/state/dockerlab. */
public final class StateDir {

    private StateDir() {
    }

    public static Path resolve(Map<String, String> env, Path home) {
        String state = env.get("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() ? Path.of(state) : home.resolve(".local/state");
        return base.resolve("dockerlab");
    }
}
