package dev.dockerlab.model;

/**
 * What a mount check says is mounted: a named volume, an anonymous volume, a
 * bind of a host path, or a tmpfs. Each knows its words in a check line and
 * the {@code Type} inspect gives its mounts.
 */
public sealed interface MountSource {

    /** "volume website", "anonymous volume", "bind /srv/site", "tmpfs". */
    String phrase();

    /** The mount's Type in {@code docker inspect}: "volume", "bind" or "tmpfs". */
    String type();

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R volume(Volume volume);

        R anonymousVolume(AnonymousVolume anonymous);

        R bind(Bind bind);

        R tmpfs(Tmpfs tmpfs);
    }

    record Volume(String volume) implements MountSource {

        @Override
        public String phrase() {
            return "volume " + volume;
        }

        @Override
        public String type() {
            return "volume";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.volume(this);
        }
    }

    record AnonymousVolume() implements MountSource {

        @Override
        public String phrase() {
            return "anonymous volume";
        }

        @Override
        public String type() {
            return "volume";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.anonymousVolume(this);
        }
    }

    record Bind(String hostPath) implements MountSource {

        @Override
        public String phrase() {
            return "bind " + hostPath;
        }

        @Override
        public String type() {
            return "bind";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.bind(this);
        }
    }

    record Tmpfs() implements MountSource {

        @Override
        public String phrase() {
            return "tmpfs";
        }

        @Override
        public String type() {
            return "tmpfs";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.tmpfs(this);
        }
    }
}
