package dev.dockerlab.testing;

import dev.dockerlab.AppContext;
import dev.dockerlab.docker.DockerConnection;
import dev.dockerlab.failure.DockerUnavailable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * Connects once per test run. Where a daemon is required (CI=true, or
 * scripts/test) a missing one FAILS the tests; elsewhere they are skipped with
 * the reason in plain sight. After each test, what it created is removed.
 */
final class DaemonExtension implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

    private static DockerConnection connection;
    private static String unavailable;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (DaemonExtension.class) {
            if (connection == null && unavailable == null) {
                try {
                    connection = AppContext.forThisProcess().docker();
                } catch (DockerUnavailable missing) {
                    unavailable = missing.getMessage();
                }
            }
        }
        if (connection == null) {
            String reason = "Docker daemon tests cannot run: " + unavailable;
            if (required()) {
                throw new IllegalStateException(reason + " (a daemon is required here: run scripts/test, which starts one)");
            }
            System.err.println("\n*** SKIPPING " + context.getDisplayName() + ": " + reason + " ***\n");
            throw new TestAbortedException(reason);
        }
    }

    private static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || System.getenv("DOCKERLAB_REQUIRE_DAEMON") != null;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDaemon.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return store(context).getOrComputeIfAbsent(TestDaemon.class, key -> new TestDaemon(connection), TestDaemon.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TestDaemon daemon = store(context).remove(TestDaemon.class, TestDaemon.class);
        if (daemon != null) {
            daemon.removeWhatThisTestMade();
        }
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getStore(ExtensionContext.Namespace.create(DaemonExtension.class, context.getUniqueId()));
    }
}
