package dev.dockerlab.docker;

import com.github.dockerjava.api.model.Info;


/**
 * The daemon's storage: overlay2, the containerd snapshotter (Engine 24+
 * option, default on new installs of Docker Desktop and Engine 29), or another
 * driver. Only overlay2 shows the LowerDir / UpperDir directories lessons
 * read, and Podman's overlay driver, which lays them out the same way.
 */
public record StorageDriver(String name, boolean containerdSnapshotter) {

    public static StorageDriver of(Info info) {
        boolean snapshotter = info.getDriverStatuses() != null && info.getDriverStatuses().stream()
                .anyMatch(pair -> pair.size() == 2 && pair.get(0).equals("driver-type")
                        && pair.get(1).equals("io.containerd.snapshotter.v1"));
        return new StorageDriver(info.getDriver() == null ? "unknown" : info.getDriver(), snapshotter);
    }

    /**
     * Whether a graph driver of that name (an inspect answer's GraphDriver.Name)
     * lists LowerDir, UpperDir and MergedDir as overlay2 does. Podman's
     * "overlay" does; Docker's own "overlay" driver of that name was removed in
     * Engine 24 and is not told apart.
     */
    public static boolean showsOverlayDirectories(String graphDriver) {
        return "overlay2".equals(graphDriver) || "overlay".equals(graphDriver);
    }

    public boolean isOverlay2() {
        return !containerdSnapshotter && showsOverlayDirectories(name);
    }

    /** The name a lesson's {@code requires: storage-driver} is compared with: Podman's overlay counts as overlay2. */
    public String requirementName() {
        if (containerdSnapshotter) {
            return "containerd-" + name;
        }
        return isOverlay2() ? "overlay2" : name;
    }

    public String describe() {
        if (containerdSnapshotter) {
            return "containerd image store (snapshotter " + name + "): no overlay2 directories to read";
        }
        if (name.equals("overlay2") || !isOverlay2()) {
            return name;
        }
        return name + " (laid out as overlay2: LowerDir, UpperDir, MergedDir)";
    }

}
