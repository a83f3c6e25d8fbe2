package dev.dockerlab.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockerlab.check.MountChecks.MountView;
import dev.dockerlab.lesson.CheckParser;
import dev.dockerlab.model.ContainerAssertion;
import dev.dockerlab.model.Verdict;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MountChecksTest {

    @Test
    void tmpfsMountsComeFromHostConfigWithTheirAccess() throws Exception {
        var container = new ObjectMapper().readTree("""
                {"Mounts": [{"Type": "volume", "Name": "data", "Source": "/var/lib/docker/volumes/data/_data",
                             "Destination": "/data", "RW": true}],
                 "HostConfig": {"Tmpfs": {"/cache": "", "/run/secrets": "ro,size=64k"}}}
                """);

        assertThat(MountChecks.mountsOf(container)).containsExactly(
                new MountView("volume", "data", "/var/lib/docker/volumes/data/_data", "/data", true),
                new MountView("tmpfs", null, null, "/cache", true),
                new MountView("tmpfs", null, null, "/run/secrets", false));
    }

    /** Podman 4.3's inspect of a --volumes-from client: no Mounts, though it has the server's bind. */
    private static final Map<String, String> PODMAN = Map.of(
            "server", """
                    {"Mounts": [{"Type": "bind", "Source": "/lab/site", "Destination": "/srv/www", "RW": true},
                                {"Type": "volume", "Name": "logs", "Source": "/v/logs/_data", "Destination": "/logs", "RW": true}],
                     "HostConfig": {"VolumesFrom": null, "Tmpfs": {"/cache": ""}}}
                    """,
            "reader", """
                    {"Mounts": [{"Type": "volume", "Name": "logs", "Source": "/v/logs/_data", "Destination": "/logs", "RW": false}],
                     "HostConfig": {"VolumesFrom": ["server:ro"]}}
                    """,
            "writer", """
                    {"Mounts": [], "HostConfig": {"VolumesFrom": ["/server"]}}
                    """,
            "chained", """
                    {"Mounts": [], "HostConfig": {"VolumesFrom": ["writer"]}}
                    """);

    @Test
    void aVolumesFromClientHasTheBindItsServerListsWithTheModeItAskedFor() throws Exception {
        assertThat(check("container reader mounts bind /lab/site at /srv/www read-only")).isEqualTo(Verdict.of(true,
                "container reader mounts bind /lab/site at /srv/www (read-only) through --volumes-from server"));
        assertThat(check("container reader mounts bind /lab/site at /srv/www read-write").passed()).isFalse();
        assertThat(check("container writer mounts bind /lab/site at /srv/www read-write").passed()).isTrue();
        assertThat(check("container writer has no mount at /srv/www").passed()).isFalse();
    }

    @Test
    void theClientsOwnListComesFirstAndNothingIsTakenFurtherThanOneLevelOrFromTmpfs() throws Exception {
        assertThat(check("container reader mounts volume logs at /logs read-only").observed())
                .isEqualTo("container reader mounts volume logs at /logs (read-only)");
        assertThat(check("container chained has no mount at /srv/www").passed()).isTrue();
        assertThat(check("container writer has no mount at /cache").passed()).isTrue();
    }

    private static Verdict check(String line) throws Exception {
        MountChecks checks = new MountChecks(name -> Optional.ofNullable(PODMAN.get(name)).map(MountChecksTest::json));
        ContainerAssertion claim = (ContainerAssertion) CheckParser.parse(line);
        JsonNode container = json(PODMAN.get(claim.name()));
        return claim instanceof ContainerAssertion.Mount mount ? checks.mount(mount, container)
                : checks.noMount((ContainerAssertion.NoMount) claim, container);
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
