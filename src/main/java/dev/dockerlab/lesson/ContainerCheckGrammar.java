package dev.dockerlab.lesson;

import static dev.dockerlab.check.ContainerAssertion.Kind.*;

import dev.dockerlab.check.Assertion;
import dev.dockerlab.check.ContainerAssertion;
import dev.dockerlab.check.MountAccess;

/** {@code container NAME ...} lines. */
final class ContainerCheckGrammar implements CheckGrammar {

    private static final VerbTable<ContainerAssertion> VERBS = new VerbTable<ContainerAssertion>("container")
            .verb("exists", (name, in) -> ContainerAssertion.of(name, EXISTS))
            .verb("is absent", (name, in) -> ContainerAssertion.of(name, ABSENT))
            .verb("is running", (name, in) -> ContainerAssertion.of(name, RUNNING))
            .verb("is stopped", (name, in) -> ContainerAssertion.of(name, STOPPED))
            .verb("exited with code", (name, in) -> new ContainerAssertion(name, EXITED_WITH, null, null, null,
                    in.number("an exit code", 0, 255), MountAccess.ANY))
            .verb("uses image", (name, in) -> new ContainerAssertion(name, USES_IMAGE, null,
                    in.word("an image reference"), null, 0, MountAccess.ANY))
            .verb("mounts volume", (name, in) -> mount(name, MOUNTS_VOLUME, in.word("a volume name"), in))
            .verb("mounts anonymous volume", (name, in) -> mount(name, MOUNTS_ANONYMOUS_VOLUME, null, in))
            .verb("mounts bind", (name, in) -> mount(name, MOUNTS_BIND, in.word("a host path"), in))
            .verb("mounts tmpfs", (name, in) -> ContainerAssertion.withPath(name, MOUNTS_TMPFS, at(in)))
            .verb("has no mount", (name, in) -> ContainerAssertion.withPath(name, HAS_NO_MOUNT, at(in)))
            .verb("has volumes from", (name, in) -> new ContainerAssertion(name, HAS_VOLUMES_FROM, null,
                    in.word("a container name"), null, 0, MountAccess.ANY))
            .verb("has file", (name, in) -> ContainerAssertion.withPath(name, HAS_FILE, in.word("a path")))
            .verb("has no file", (name, in) -> ContainerAssertion.withPath(name, HAS_NO_FILE, in.word("a path")))
            .verb("file", (name, in) -> fileContains(name, FILE_CONTAINS, in))
            .verb("diff shows", (name, in) -> ContainerAssertion.withPath(name, diffKind(in), in.word("a path")))
            .verb("upper layer has", (name, in) -> ContainerAssertion.withPath(name, UPPER_HAS, in.word("a path")))
            .verb("upper layer has whiteout", (name, in) -> ContainerAssertion.withPath(name, UPPER_HAS_WHITEOUT,
                    in.word("a path")))
            .verb("upper layer file", (name, in) -> fileContains(name, UPPER_FILE_CONTAINS, in))
            .verb("lower layers have", (name, in) -> ContainerAssertion.withPath(name, LOWER_HAVE, in.word("a path")))
            .verb("lower layers file", (name, in) -> fileContains(name, LOWER_FILE_CONTAINS, in))
            .verb("serves", ContainerCheckGrammar::serves)
            .verb("logs contain", (name, in) -> new ContainerAssertion(name, LOGS_CONTAIN, null, null,
                    in.quoted(), 0, MountAccess.ANY));

    @Override
    public Assertion read(TokenCursor in) throws CheckSyntaxException {
        return VERBS.read(in.word("a container name"), in);
    }

    private static ContainerAssertion mount(String name, ContainerAssertion.Kind kind, String source, TokenCursor in)
            throws CheckSyntaxException {
        String path = at(in);
        return new ContainerAssertion(name, kind, path, source, null, 0, MountAccessWords.read(in));
    }

    private static String at(TokenCursor in) throws CheckSyntaxException {
        in.expect("at");
        return in.word("a path");
    }

    private static ContainerAssertion fileContains(String name, ContainerAssertion.Kind kind, TokenCursor in)
            throws CheckSyntaxException {
        String path = in.word("a path");
        in.expect("contains");
        return ContainerAssertion.withPathAndText(name, kind, path, in.quoted());
    }

    private static ContainerAssertion.Kind diffKind(TokenCursor in) throws CheckSyntaxException {
        return switch (in.oneOf("added", "changed", "deleted")) {
            case "added" -> DIFF_ADDED;
            case "changed" -> DIFF_CHANGED;
            default -> DIFF_DELETED;
        };
    }

    private static ContainerAssertion serves(String name, TokenCursor in) throws CheckSyntaxException {
        String text = in.quoted();
        in.expect("on");
        in.expect("port");
        int port = in.number("a port", 1, 65535);
        String path = in.accept("path") ? in.word("a URL path") : null;
        return new ContainerAssertion(name, SERVES, path, null, text, port, MountAccess.ANY);
    }
}
