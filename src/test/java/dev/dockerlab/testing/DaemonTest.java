package dev.dockerlab.testing;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that runs against the real Docker daemon. Select them with
 * {@code -Dgroups=daemon}, leave them out with {@code -DexcludedGroups=daemon}.
 * Parameters of type {@link TestDaemon} give the connection and clean up.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("daemon")
@ExtendWith(DaemonExtension.class)
public @interface DaemonTest {
}
