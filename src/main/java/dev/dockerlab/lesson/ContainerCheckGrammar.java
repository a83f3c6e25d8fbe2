package dev.dockerlab.lesson;

import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.ContainerAssertion.Diff;
import dev.dockerlab.model.ContainerAssertion.Life;
import dev.dockerlab.model.ContainerAssertion;
import dev.dockerlab.model.FileClaim;
import dev.dockerlab.model.MountAccess;
import dev.dockerlab.model.MountSource;

import java.util.Optional;

/** {@code container NAME ...} lines. */
final class ContainerCheckGrammar implements CheckGrammar {

    private static final VerbTable<ContainerAssertion> VERBS = new VerbTable<ContainerAssertion>("container")
            .verb("exists", (name, in) -> new Life(name, Life.State.EXISTS))
            .verb("is absent", (name, in) -> new Life(name, Life.State.ABSENT))
            .verb("is running", (name, in) -> new Life(name, Life.State.RUNNING))
            .verb("is stopped", (name, in) -> new Life(name, Life.State.STOPPED))
            .verb("exited with code", (name, in) -> new ContainerAssertion.ExitedWith(name,
                    in.number("an exit code", 0, 255)))
            .verb("uses image", (name, in) -> new ContainerAssertion.UsesImage(name, in.word("an image reference")))
            .verb("mounts volume", (name, in) -> mount(name, new MountSource.Volume(in.word("a volume name")), in))
            .verb("mounts anonymous volume", (name, in) -> mount(name, new MountSource.AnonymousVolume(), in))
            .verb("mounts bind", (name, in) -> mount(name, new MountSource.Bind(in.word("a host path")), in))
            .verb("mounts tmpfs", (name, in) -> new ContainerAssertion.Mount(name, new MountSource.Tmpfs(), at(in),
                    MountAccess.ANY))
            .verb("has no mount", (name, in) -> new ContainerAssertion.NoMount(name, at(in)))
            .verb("has volumes from", (name, in) -> new ContainerAssertion.VolumesFrom(name, in.word("a container name")))
            .verb("has file", (name, in) -> new ContainerAssertion.File(name, in.word("a path"), FileClaim.exists()))
            .verb("has no file", (name, in) -> new ContainerAssertion.File(name, in.word("a path"), FileClaim.missing()))
            .verb("file", (name, in) -> {
                String path = in.word("a path");
                return new ContainerAssertion.File(name, path, contains(in));
            })
            .verb("diff shows", (name, in) -> new Diff(name, change(in), in.word("a path")))
            .verb("upper layer has", (name, in) -> new ContainerAssertion.UpperLayer(name, in.word("a path"),
                    FileClaim.exists()))
            .verb("upper layer has whiteout", (name, in) -> new ContainerAssertion.UpperWhiteout(name, in.word("a path")))
            .verb("upper layer file", (name, in) -> {
                String path = in.word("a path");
                return new ContainerAssertion.UpperLayer(name, path, contains(in));
            })
            .verb("lower layers have", (name, in) -> new ContainerAssertion.LowerLayers(name, in.word("a path"),
                    FileClaim.exists()))
            .verb("lower layers file", (name, in) -> {
                String path = in.word("a path");
                return new ContainerAssertion.LowerLayers(name, path, contains(in));
            })
            .verb("lower layers are listed in", (name, in) -> new ContainerAssertion.LowerLayerList(name,
                    in.word("a path")))
            .verb("serves", ContainerCheckGrammar::serves)
            .verb("logs contain", (name, in) -> new ContainerAssertion.Logs(name, in.quoted()))
            .verb("is the one from the start", (name, in) -> new ContainerAssertion.Identity(name, true))
            .verb("is not the one from the start", (name, in) -> new ContainerAssertion.Identity(name, false))
            .verb("mounts the volume that", ContainerCheckGrammar::startVolume)
            .verb("was restarted after its files changed", (name, in) -> new ContainerAssertion.Restarted(name,
                    Optional.empty()))
            .verb("was restarted after file", (name, in) -> {
                String path = in.word("a path");
                in.expect("changed");
                return new ContainerAssertion.Restarted(name, Optional.of(path));
            });

    @Override
    public Assertion read(TokenCursor in) throws CheckSyntaxException {
        return VERBS.read(in.word("a container name"), in);
    }

    private static ContainerAssertion mount(String name, MountSource source, TokenCursor in) throws CheckSyntaxException {
        String path = at(in);
        return new ContainerAssertion.Mount(name, source, path, MountAccessWords.read(in));
    }

    private static String at(TokenCursor in) throws CheckSyntaxException {
        in.expect("at");
        return in.word("a path");
    }

    /** {@code contains "TEXT"}, after the path of a {@code file} verb. */
    private static FileClaim.Contains contains(TokenCursor in) throws CheckSyntaxException {
        in.expect("contains");
        return FileClaim.contains(in.quoted());
    }

    private static Diff.Change change(TokenCursor in) throws CheckSyntaxException {
        return switch (in.oneOf("added", "changed", "deleted")) {
            case "added" -> Diff.Change.ADDED;
            case "changed" -> Diff.Change.CHANGED;
            default -> Diff.Change.DELETED;
        };
    }

    /** {@code mounts the volume that OTHER had at /p}. */
    private static ContainerAssertion startVolume(String name, TokenCursor in) throws CheckSyntaxException {
        String other = in.word("a container name");
        in.expect("had");
        return new ContainerAssertion.MountsStartVolume(name, other, at(in));
    }

    private static ContainerAssertion serves(String name, TokenCursor in) throws CheckSyntaxException {
        String text = in.quoted();
        in.expect("on");
        in.expect("port");
        int port = in.number("a port", 1, 65535);
        Optional<String> path = in.accept("path") ? Optional.of(in.word("a URL path")) : Optional.empty();
        return new ContainerAssertion.Serves(name, text, port, path);
    }
}
