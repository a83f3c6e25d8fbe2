package dev.dockerlab.model;

import java.util.function.UnaryOperator;

import java.util.Locale;
import java.util.Optional;

/**
 * A claim about one container, by name. Each family of check lines is its own
 * record with exactly the fields its lines have; a {@link Visitor} has one
 * method per record, so a new record is a compile error in every place that
 * judges, describes or counts container checks until it is handled there.
 */
public sealed interface ContainerAssertion extends Assertion {

    /** The container the line is about. */
    String name();

    <R> R accept(Visitor<R> visitor);

    @Override
    default String sentence() {
        return "container " + name() + " " + predicate();
    }

    /** The words after the name, e.g. "is running". */
    String predicate();

    /** Most of these lines quote no text; those that do say so. */
    @Override
    default Assertion withText(UnaryOperator<String> text) {
        return this;
    }

    @Override
    default <R> R accept(Assertion.Visitor<R> visitor) {
        return visitor.container(this);
    }

    interface Visitor<R> {
        R life(Life life);

        R exitedWith(ExitedWith exit);

        R usesImage(UsesImage image);

        R volumesFrom(VolumesFrom from);

        R mount(Mount mount);

        R noMount(NoMount none);

        R file(File file);

        R diff(Diff diff);

        R upperLayer(UpperLayer upper);

        R upperWhiteout(UpperWhiteout whiteout);

        R lowerLayers(LowerLayers lower);

        R lowerLayerList(LowerLayerList list);

        R serves(Serves serves);

        R logs(Logs logs);

        R identity(Identity identity);

        R mountsStartVolume(MountsStartVolume mount);

        R restarted(Restarted restarted);
    }

    /** exists, is absent, is running, is stopped. */
    record Life(String name, State state) implements ContainerAssertion {

        public enum State {
            EXISTS("exists"), ABSENT("is absent"), RUNNING("is running"), STOPPED("is stopped");

            private final String words;

            State(String words) {
                this.words = words;
            }
        }

        @Override
        public String predicate() {
            return state.words;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.life(this);
        }
    }

    record ExitedWith(String name, int code) implements ContainerAssertion {

        @Override
        public String predicate() {
            return "exited with code " + code;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.exitedWith(this);
        }
    }

    record UsesImage(String name, String image) implements ContainerAssertion {

        @Override
        public String predicate() {
            return "uses image " + image;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.usesImage(this);
        }
    }

    /** {@code has volumes from SERVER}: started with {@code --volumes-from SERVER}. */
    record VolumesFrom(String name, String server) implements ContainerAssertion {

        @Override
        public String predicate() {
            return "has volumes from " + server;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.volumesFrom(this);
        }
    }

    /** {@code mounts volume V at /p}, {@code mounts anonymous volume at /p}, {@code mounts bind H at /p}, {@code mounts tmpfs at /p}. */
    record Mount(String name, MountSource source, String path, MountAccess access) implements ContainerAssertion {

        @Override
        public String predicate() {
            return "mounts " + source.phrase() + " at " + path + access.suffix();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.mount(this);
        }
    }

    record NoMount(String name, String path) implements ContainerAssertion {

        @Override
        public String predicate() {
            return "has no mount at " + path;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.noMount(this);
        }
    }

    /** A path in the container's merged file system. */
    record File(String name, String path, FileClaim claim) implements ContainerAssertion {

        @Override
        public String predicate() {
            return claim.phrase(path);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.file(this);
        }

        @Override
        public Assertion withText(UnaryOperator<String> text) {
            return new File(name, path, claim.withText(text));
        }
    }

    /** {@code diff shows added|changed|deleted /p}: a line of {@code docker diff}. */
    record Diff(String name, Change change, String path) implements ContainerAssertion {

        /** The kinds of change {@code docker diff} shows. */
        public enum Change {
            ADDED, CHANGED, DELETED;

            /** "added". */
            public String word() {
                return name().toLowerCase(Locale.ROOT);
            }

            /** "A", as {@code docker diff} prints it. */
            public String letter() {
                return name().substring(0, 1);
            }
        }

        @Override
        public String predicate() {
            return "diff shows " + change.word() + " " + path;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.diff(this);
        }
    }

    /** {@code upper layer has /p}, {@code upper layer file /p contains "x"}: the container's writable overlay layer. */
    record UpperLayer(String name, String path, FileClaim.Content claim) implements ContainerAssertion {

        @Override
        public String predicate() {
            return "upper layer " + claim.layerPhrase("has", path);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.upperLayer(this);
        }

        @Override
        public Assertion withText(UnaryOperator<String> text) {
            return new UpperLayer(name, path, claim.withText(text));
        }
    }

    /** {@code upper layer has whiteout /p}: the container deleted a path of its image. */
    record UpperWhiteout(String name, String path) implements ContainerAssertion {

        @Override
        public String predicate() {
            return "upper layer has whiteout " + path;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.upperWhiteout(this);
        }
    }

    /** {@code lower layers have /p}, {@code lower layers file /p contains "x"}: the image's overlay layers. */
    record LowerLayers(String name, String path, FileClaim.Content claim) implements ContainerAssertion {

        @Override
        public String predicate() {
            return "lower layers " + claim.layerPhrase("have", path);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.lowerLayers(this);
        }

        @Override
        public Assertion withText(UnaryOperator<String> text) {
            return new LowerLayers(name, path, claim.withText(text));
        }
    }

    /**
     * {@code lower layers are listed in PATH}: a host file under ${LAB} names
     * the container's lower layer folders, one per line, topmost first, as
     * the daemon names them (docker inspect, or the mount table on the
     * containerd image store).
     */
    record LowerLayerList(String name, String path) implements ContainerAssertion {

        @Override
        public String predicate() {
            return "lower layers are listed in " + path;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.lowerLayerList(this);
        }
    }

    /** {@code serves "text" on port N [path /p]}; without a path, the page at "/". */
    record Serves(String name, String text, int port, Optional<String> urlPath) implements ContainerAssertion {

        @Override
        public String predicate() {
            return "serves " + Quoting.quote(text) + " on port " + port + urlPath.map(path -> " path " + path).orElse("");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.serves(this);
        }

        @Override
        public Assertion withText(UnaryOperator<String> replaced) {
            return new Serves(name, replaced.apply(text), port, urlPath);
        }
    }

    record Logs(String name, String text) implements ContainerAssertion {

        @Override
        public String predicate() {
            return "logs contain " + Quoting.quote(text);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.logs(this);
        }

        @Override
        public Assertion withText(UnaryOperator<String> replaced) {
            return new Logs(name, replaced.apply(text));
        }
    }

    /**
     * {@code is the one from the start}, {@code is not the one from the start}:
     * the container of that name now is (or is not) the very container, by ID,
     * that had the name when the exercise started. "Not" needs one there now.
     */
    record Identity(String name, boolean same) implements ContainerAssertion {

        @Override
        public String predicate() {
            return same ? "is the one from the start" : "is not the one from the start";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.identity(this);
        }
    }

    /**
     * {@code mounts the volume that OTHER had at /p}: the very volume, by name,
     * that container OTHER had mounted at /p when the exercise started (OTHER
     * may be gone since), mounted anywhere in this container.
     */
    record MountsStartVolume(String name, String other, String path) implements ContainerAssertion {

        @Override
        public String predicate() {
            return "mounts the volume that " + other + " had at " + path;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.mountsStartVolume(this);
        }
    }

    /**
     * {@code was restarted after its files changed}, {@code was restarted after
     * file /p changed}: the container's last start came after the newest change
     * to its files (those {@code docker diff} lists as added or changed, or the one path).
     */
    record Restarted(String name, Optional<String> path) implements ContainerAssertion {

        @Override
        public String predicate() {
            return "was restarted after " + path.map(file -> "file " + file).orElse("its files") + " changed";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.restarted(this);
        }
    }
}
