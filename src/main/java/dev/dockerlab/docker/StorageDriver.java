package dev.dockerlab.docker;

import com.github.dockerjava.api.model.Info;


/**
 * The daemon's storage: overlay2, the containerd snapshotter (Engine 24+
 * option, default on new installs of Docker Desktop and Engine 29), or another
 * driver. overlay2 shows the LowerDir / UpperDir directories lessons read in
 * {@code docker inspect}, and so does Podman's overlay driver, which lays them
 * out the same way; the containerd store's overlayfs snapshotter mounts the
 * same kind of overlay, whose folders the container's mount table names
 * (see {@link ContainerLayers}).
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

    /** Whether {@code docker inspect} names the layer folders, as overlay2 does. */
    public boolean isOverlay2() {
        return !containerdSnapshotter && showsOverlayDirectories(name);
    }

    /** Whether containers are overlay mounts of layer folders, named by inspect or by their mount table. */
    public boolean hasOverlayLayers() {
        return isOverlay2() || containerdSnapshotter && name.equals("overlayfs");
    }

    /**
     * The name a lesson's {@code requires: storage-driver} is compared with.
     * "overlay2" stands for overlay layer folders the checks can read: Podman's
     * overlay and the containerd store's overlayfs snapshotter count.
     */
    public String requirementName() {
        if (hasOverlayLayers()) {
            return "overlay2";
        }
        return containerdSnapshotter ? "containerd-" + name : name;
    }

    public String describe() {
        if (containerdSnapshotter) {
            return "containerd image store (snapshotter " + name + ")" + (hasOverlayLayers()
                    ? ": overlay layers, named by each running container's mount table, not by docker inspect"
                    : ": no overlay layer folders to read");
        }
        if (name.equals("overlay2") || !isOverlay2()) {
            return name;
        }
        return name + " (laid out as overlay2: LowerDir, UpperDir, MergedDir)";
    }

}
