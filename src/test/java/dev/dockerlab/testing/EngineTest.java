package dev.dockerlab.testing;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that runs against another engine than the test daemon: the one
 * whose socket the environment variable {@link #value()} names (scripts/engines
 * --keep prints it). When the variable is not set the class is skipped, but
 * under CI=true or DOCKERLAB_REQUIRE_ENGINES it fails, as daemon tests do
 * without their daemon: scripts/test runs the main suite without the tag
 * "engine", starts the engines, and then runs these with their variables.
 * Parameters of type {@link TestDaemon} give the connection and clean up, as
 * in {@link DaemonTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("daemon")
@Tag("engine")
@ExtendWith(EngineExtension.class)
public @interface EngineTest {

    /** The variable holding the engine's DOCKER_HOST, e.g. DOCKERLAB_PODMAN_HOST. */
    String value();
}
