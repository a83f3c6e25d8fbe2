package dev.dockerlab.docker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A MergedDir counts only where it is mounted here; rootless Docker leaves an empty folder on the host. */
class MountedHereTest {

    @Test
    void aFolderOnItsParentsDeviceIsNoMountPoint(@TempDir Path folder) {
        assertThat(MountedHere.isMountPoint(folder.toString())).isFalse();
    }

    @Test
    void procIsMountedOnAnotherDeviceThanTheRoot() {
        assertThat(MountedHere.isMountPoint("/proc")).isTrue();
    }

    @Test
    void aMissingFolderIsNoMountPoint(@TempDir Path folder) {
        assertThat(MountedHere.isMountPoint(folder.resolve("gone/merged").toString())).isFalse();
    }
}
