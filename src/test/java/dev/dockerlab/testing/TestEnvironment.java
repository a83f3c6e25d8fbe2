package dev.dockerlab.testing;

import java.util.HashMap;
import java.util.Map;

/** The environment a test's dockerlab starts with: this process's (PATH, DOCKER_HOST, ...), with the test's own values on top. */
public final class TestEnvironment {

    private TestEnvironment() {
    }

    public static Map<String, String> process(Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(overrides);
        return env;
    }
}
