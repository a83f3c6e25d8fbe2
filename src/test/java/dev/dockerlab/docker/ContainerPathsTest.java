package dev.dockerlab.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContainerPathsTest {

    private static JsonNode container(boolean running) throws Exception {
        return new ObjectMapper().readTree("""
                {"Id": "abc", "State": {"Running": %s},
                 "GraphDriver": {"Name": "overlay2", "Data": {"MergedDir": "/var/lib/docker/overlay2/x/merged"}},
                 "HostConfig": {"Tmpfs": {"/cache": ""}},
                 "Mounts": [
                   {"Type": "volume", "Name": "site", "Source": "/var/lib/docker/volumes/site/_data", "Destination": "/srv"},
                   {"Type": "bind", "Source": "/home/me/lab/html", "Destination": "/srv/www"},
                   {"Type": "tmpfs", "Source": "", "Destination": "/run/cache"}
                 ]}
                """.formatted(running));
    }

    @Test
    void aPathIsReadFromTheInnermostMountThatHoldsIt() throws Exception {
        assertThat(ContainerPaths.onHost(container(true), "/srv/www/index.html"))
                .contains(new ContainerPaths.Place("/home/me/lab/html", "/index.html"));
        assertThat(ContainerPaths.onHost(container(false), "/srv/notes.txt"))
                .contains(new ContainerPaths.Place("/var/lib/docker/volumes/site/_data", "/notes.txt"));
        assertThat(ContainerPaths.onHost(container(true), "/srv"))
                .contains(new ContainerPaths.Place("/var/lib/docker/volumes/site/_data", ""));
    }

    @Test
    void elsewhereARunningContainersMergedDirShowsWhatTheContainerSees() throws Exception {
        assertThat(ContainerPaths.onHost(container(true), "/etc/passwd"))
                .contains(new ContainerPaths.Place("/var/lib/docker/overlay2/x/merged", "/etc/passwd"));
        assertThat(ContainerPaths.onHost(container(true), "/srvx/file"))
                .contains(new ContainerPaths.Place("/var/lib/docker/overlay2/x/merged", "/srvx/file"));
    }

    @Test
    void onlyTheDaemonCanTellForStoppedContainersTmpfsAndTheFilesDockerBinds() throws Exception {
        assertThat(ContainerPaths.onHost(container(false), "/etc/passwd")).isEmpty();
        assertThat(ContainerPaths.onHost(container(true), "/run/cache/x")).isEmpty();
        assertThat(ContainerPaths.onHost(container(true), "/cache")).isEmpty();
        assertThat(ContainerPaths.onHost(container(true), "/cache/list.txt")).isEmpty();
        assertThat(ContainerPaths.onHost(container(true), "/etc/hostname")).isEmpty();
    }

    @Test
    void pathsAreNormalisedBeforeTheyAreMatched() {
        assertThat(ContainerPaths.normalise("srv/www/../www/index.html")).isEqualTo("/srv/www/index.html");
        assertThat(ContainerPaths.normalise("/srv/www/")).isEqualTo("/srv/www");
    }

    @Test
    void theFoldersOnAPathComeOutermostFirstWithoutTheRoot() {
        assertThat(ContainerPaths.foldersOn("/srv/www/index.html")).containsExactly("/srv", "/srv/www");
        assertThat(ContainerPaths.foldersOn("/index.html")).isEmpty();
        assertThat(ContainerPaths.foldersOn("/")).isEmpty();
    }
}
