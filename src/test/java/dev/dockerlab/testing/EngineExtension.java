package dev.dockerlab.testing;

import dev.dockerlab.AppContext;
import dev.dockerlab.docker.DockerConnection;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

import java.util.Map;

/** Connects a test class to the engine its {@link EngineTest} names; what each test made is removed after it. */
final class EngineExtension implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace ENGINE = ExtensionContext.Namespace.create(EngineExtension.class);

    private record Engine(DockerConnection connection, Map<String, String> cliEnvironment) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String variable = context.getRequiredTestClass().getAnnotation(EngineTest.class).value();
        String host = System.getenv(variable);
        if (host == null || host.isBlank()) {
            String reason = variable + " is not set: start the engine with scripts/engines --keep";
            if (required(System.getenv())) {
                throw new IllegalStateException(reason + " (the engines are required here: scripts/test starts them)");
            }
            throw new TestAbortedException(reason);
        }
        Map<String, String> cliEnvironment = Map.of("DOCKER_HOST", host);
        DockerConnection connection = AppContext.of(cliEnvironment, System.getProperty("user.home")).docker();
        context.getStore(ENGINE).put(Engine.class, new Engine(connection, cliEnvironment));
    }

    /** Under CI, or where scripts/test asks for them, a missing engine fails its tests. */
    static boolean required(Map<String, String> environment) {
        return "true".equalsIgnoreCase(environment.get("CI")) || environment.get("DOCKERLAB_REQUIRE_ENGINES") != null;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDaemon.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Engine engine = context.getStore(ENGINE).get(Engine.class, Engine.class);
        return perTest(context).getOrComputeIfAbsent(TestDaemon.class,
                key -> new TestDaemon(engine.connection(), engine.cliEnvironment()), TestDaemon.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TestDaemon daemon = perTest(context).remove(TestDaemon.class, TestDaemon.class);
        if (daemon != null) {
            daemon.removeWhatThisTestMade();
        }
    }

    private static ExtensionContext.Store perTest(ExtensionContext context) {
        return context.getStore(ExtensionContext.Namespace.create(EngineExtension.class, context.getUniqueId()));
    }
}
