package dev.dockerlab.docker;

import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.api.model.VersionComponent;

import java.util.List;
import java.util.Optional;

/**
 * Which engine answers the Docker API: Docker Engine, or Podman's API
 * service, which says so in the version's Components ("Podman Engine").
 * Docker Desktop names itself in Platform.
 */
public record Engine(Kind kind, String version, String platform) {

    public enum Kind {
        DOCKER("Docker Engine"), PODMAN("Podman");

        private final String product;

        Kind(String product) {
            this.product = product;
        }
    }

    public static Engine of(Version answer) {
        List<VersionComponent> components = answer.getComponents() == null ? List.of() : answer.getComponents();
        Optional<VersionComponent> podman = components.stream()
                .filter(component -> component.getName() != null && component.getName().startsWith("Podman"))
                .findFirst();
        String platform = answer.getPlatform() == null || answer.getPlatform().getName() == null
                ? "" : answer.getPlatform().getName().trim();
        return podman.map(component -> new Engine(Kind.PODMAN,
                        component.getVersion() == null ? answer.getVersion() : component.getVersion(), platform))
                .orElseGet(() -> new Engine(Kind.DOCKER, answer.getVersion(), platform));
    }

    public boolean isPodman() {
        return kind == Kind.PODMAN;
    }

    /** "Podman 4.3.1", "Docker Engine 26.1.5 (Docker Desktop 4.34.0)". */
    public String describe() {
        String named = kind.product + " " + version;
        return platform.startsWith("Docker Desktop") ? named + " (" + platform + ")" : named;
    }
}
