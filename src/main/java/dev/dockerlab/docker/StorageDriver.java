package dev.dockerlab.docker;

import com.github.dockerjava.api.model.Info;


/**
 * The daemon's storage: overlay2, the containerd snapshotter (Engine 24+
 * option, default on new installs of Docker Desktop and Engine 29), or another
 * driver. Only overlay2 shows the LowerDir / UpperDir directories lessons read.
 */
public record StorageDriver(String name, boolean containerdSnapshotter) {

    public static StorageDriver of(Info info) {
        boolean snapshotter = info.getDriverStatuses() != null && info.getDriverStatuses().stream()
                .anyMatch(pair -> pair.size() == 2 && pair.get(0).equals("driver-type")
                        && pair.get(1).equals("io.containerd.snapshotter.v1"));
        return new StorageDriver(info.getDriver() == null ? "unknown" : info.getDriver(), snapshotter);
    }

    public boolean isOverlay2() {
        return !containerdSnapshotter && name.equals("overlay2");
    }

    /** The name a lesson's {@code requires: storage-driver} is compared with. */
    public String requirementName() {
        return containerdSnapshotter ? "containerd-" + name : name;
    }

    public String describe() {
        return containerdSnapshotter
                ? "containerd image store (snapshotter " + name + "): no overlay2 directories to read"
                : name;
    }

}
