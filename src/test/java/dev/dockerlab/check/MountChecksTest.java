package dev.dockerlab.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockerlab.check.MountChecks.MountView;
import org.junit.jupiter.api.Test;

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
}
