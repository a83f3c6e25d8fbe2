package dev.dockerlab.doctor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.Version;
import dev.dockerlab.docker.Engine;
import dev.dockerlab.docker.RawInspect;
import dev.dockerlab.docker.StorageDriver;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Doctor names the image store and says what it changes for the course. */
class ImageStoreLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Engine engine(String component) throws Exception {
        return Engine.of(RawInspect.as(JSON.readTree("{\"Version\": \"1\", \"Components\": [{\"Name\": \""
                + component + "\", \"Version\": \"1\"}]}"), Version.class));
    }

    private static StorageDriver storage(String infoJson) throws Exception {
        return StorageDriver.of(RawInspect.as(JSON.readTree(infoJson), Info.class));
    }

    @Test
    void theContainerdStoresOverlayfsRunsEveryLessonAndSaysWhereTheLayersAreNamed() throws Exception {
        DoctorLine line = Checkup.imageStore(engine("Engine"), storage("{\"Driver\": \"overlayfs\","
                + " \"DriverStatus\": [[\"driver-type\", \"io.containerd.snapshotter.v1\"]]}"));

        assertThat(line.status()).isEqualTo(DoctorLine.Status.OK);
        assertThat(line.finding()).startsWith("containerd image store (snapshotter overlayfs): every lesson applies")
                .contains("mount table", "/proc/1/mountinfo");
    }

    @Test
    void anotherSnapshotterWarnsThatTheLayerLessonsDoNotApply() throws Exception {
        DoctorLine line = Checkup.imageStore(engine("Engine"), storage("{\"Driver\": \"native\","
                + " \"DriverStatus\": [[\"driver-type\", \"io.containerd.snapshotter.v1\"]]}"));

        assertThat(line.status()).isEqualTo(DoctorLine.Status.WARN);
        assertThat(line.fix()).contains("copy-on-write, overlay-directories", "not applicable");
    }

    @Test
    void overlay2AndPodmansOverlayRunEveryLesson() throws Exception {
        DoctorLine docker = Checkup.imageStore(engine("Engine"), storage("{\"Driver\": \"overlay2\"}"));
        DoctorLine podman = Checkup.imageStore(engine("Podman Engine"), storage("{\"Driver\": \"overlay\"}"));

        assertThat(docker.status()).isEqualTo(DoctorLine.Status.OK);
        assertThat(docker.finding()).isEqualTo("overlay2 graph driver: every lesson applies");
        assertThat(podman.status()).isEqualTo(DoctorLine.Status.OK);
        assertThat(podman.finding()).startsWith("overlay (laid out as overlay2").contains("localhost/NAME", "no -init layer");
    }

    @Test
    void anotherDriverWarns() throws Exception {
        DoctorLine vfs = Checkup.imageStore(engine("Engine"), storage("{\"Driver\": \"vfs\"}"));

        assertThat(vfs.status()).isEqualTo(DoctorLine.Status.WARN);
        assertThat(vfs.finding()).startsWith("vfs graph driver");
    }
}
