package dev.dockerlab.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The environment a test's dockerlab starts with: this process's (PATH, DOCKER_HOST, ...), with the test's own values on top. */
public final class TestEnvironment {

    private TestEnvironment() {
    }

    /**
     * A dockerlab of the test's own: PATH, no colour, a UTF-8 locale, the state
     * folder {@code home/state} and the lab folder {@code home/lab}, the test's
     * courses trusted (as CI trusts its course), and the docker CLI's
     * DOCKER_HOST, DOCKER_CONTEXT and DOCKER_CONFIG, so the commands it runs
     * reach the test's daemon. Mutable: a test adds its own values.
     */
    public static Map<String, String> isolated(Path home, String state) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("NO_COLOR", "1");
        env.put("LANG", "C.UTF-8");
        env.put("XDG_STATE_HOME", home.resolve(state).toString());
        env.put("DOCKERLAB_DIR", home.resolve("lab").toString());
        env.put("DOCKERLAB_TRUST", "1");
        for (String name : new String[] {"DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_CONFIG"}) {
            if (System.getenv(name) != null) {
                env.put(name, System.getenv(name));
            }
        }
        return env;
    }

    public static Map<String, String> process(Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(overrides);
        return env;
    }
}
