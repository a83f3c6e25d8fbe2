package dev.dockerlab.cli;

import dev.dockerlab.AppContext;
import dev.dockerlab.docker.DaemonConnector;
import dev.dockerlab.docker.EndpointDiscovery;
import dev.dockerlab.testing.DaemonTest;
import dev.dockerlab.testing.TestDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DaemonTest
class DoctorDaemonTest {

    @TempDir
    Path home;

    @Test
    void everythingOkOnAWorkingMachine(TestDaemon daemon) {
        daemon.labImage();
        Run run = doctor(Map.of(), () -> daemon.connection());

        assertThat(run.status()).as(run.out()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("ok    endpoint", "ok    server", "ok    lab image  dockerlab/busybox:1 present",
                "ok    docker CLI", "ok    lab folder " + home.resolve("dockerlab"));
        assertThat(run.out()).doesNotContain("fail", "warn");
    }

    @Test
    void aDockerHostThatDoesNotExistFailsInOneReadableSentence() {
        Map<String, String> env = Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock");
        Run run = doctor(env, () -> new DaemonConnector(new EndpointDiscovery(env, home, path -> false)).connect());

        assertThat(run.status()).isEqualTo(ExitCode.NOT_OK);
        assertThat(run.out()).contains("fail  daemon     No Docker daemon answers at unix:///nonexistent/docker.sock (DOCKER_HOST)");
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ");
    }

    private Run doctor(Map<String, String> env, java.util.function.Supplier<dev.dockerlab.docker.DockerConnection> connector) {
        Map<String, String> withNoColor = new HashMap<>(env);
        withNoColor.put("NO_COLOR", "1");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppContext context = new AppContext(withNoColor, home, connector);
        int status = Cli.create(context, new PrintWriter(out), new PrintWriter(err)).execute("doctor");
        return new Run(status, out.toString(), err.toString());
    }

    private record Run(int status, String out, String err) {
    }
}
