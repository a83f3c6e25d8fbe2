package dev.dockerlab.lesson;

import dev.dockerlab.model.ArchiveAssertion;
import dev.dockerlab.model.CommandAssertion;
import dev.dockerlab.model.ContainerAssertion.Diff;
import dev.dockerlab.model.ContainerAssertion.Life;
import dev.dockerlab.model.ContainerAssertion;
import dev.dockerlab.model.FileClaim;
import dev.dockerlab.model.HostAssertion;
import dev.dockerlab.model.ImageAssertion;
import dev.dockerlab.model.MountAccess;
import dev.dockerlab.model.MountSource;
import dev.dockerlab.model.Negation;
import dev.dockerlab.model.TypedAssertion;
import dev.dockerlab.model.Variables;
import dev.dockerlab.model.VolumeAssertion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CheckParserTest {

    private static final Variables VARIABLES = new Variables("/lab", "dockerlab/lab:1", "demo");

    static Stream<Arguments> containerLines() {
        return Stream.of(
                arguments("container web exists", new Life("web", Life.State.EXISTS)),
                arguments("container web is absent", new Life("web", Life.State.ABSENT)),
                arguments("container web is running", new Life("web", Life.State.RUNNING)),
                arguments("container web is stopped", new Life("web", Life.State.STOPPED)),
                arguments("container web exited with code 137", new ContainerAssertion.ExitedWith("web", 137)),
                arguments("container web uses image ${IMAGE}", new ContainerAssertion.UsesImage("web", "dockerlab/lab:1")),
                arguments("container web mounts volume website at /data",
                        mount(new MountSource.Volume("website"), "/data", MountAccess.ANY)),
                arguments("container web mounts volume website at /data read-only",
                        mount(new MountSource.Volume("website"), "/data", MountAccess.READ_ONLY)),
                arguments("container web mounts anonymous volume at /data rw",
                        mount(new MountSource.AnonymousVolume(), "/data", MountAccess.READ_WRITE)),
                arguments("container web mounts bind ${LAB}/html at /data ro",
                        mount(new MountSource.Bind("/lab/html"), "/data", MountAccess.READ_ONLY)),
                arguments("container web mounts tmpfs at /cache",
                        mount(new MountSource.Tmpfs(), "/cache", MountAccess.ANY)),
                arguments("container web has no mount at /data", new ContainerAssertion.NoMount("web", "/data")),
                arguments("container web has volumes from data-server",
                        new ContainerAssertion.VolumesFrom("web", "data-server")),
                arguments("container web has file /a", new ContainerAssertion.File("web", "/a", FileClaim.exists())),
                arguments("container web has no file /a", new ContainerAssertion.File("web", "/a", FileClaim.missing())),
                arguments("container web file /a contains \"x\"",
                        new ContainerAssertion.File("web", "/a", FileClaim.contains("x"))),
                arguments("container web diff shows added /a", new Diff("web", Diff.Change.ADDED, "/a")),
                arguments("container web diff shows changed /a", new Diff("web", Diff.Change.CHANGED, "/a")),
                arguments("container web diff shows deleted /a", new Diff("web", Diff.Change.DELETED, "/a")),
                arguments("container web upper layer has /a",
                        new ContainerAssertion.UpperLayer("web", "/a", FileClaim.exists())),
                arguments("container web upper layer has whiteout /a", new ContainerAssertion.UpperWhiteout("web", "/a")),
                arguments("container web upper layer has /whiteout",
                        new ContainerAssertion.UpperLayer("web", "/whiteout", FileClaim.exists())),
                arguments("container web upper layer file /a contains \"new\"",
                        new ContainerAssertion.UpperLayer("web", "/a", FileClaim.contains("new"))),
                arguments("container web lower layers have /a",
                        new ContainerAssertion.LowerLayers("web", "/a", FileClaim.exists())),
                arguments("container web lower layers file /a contains \"old\"",
                        new ContainerAssertion.LowerLayers("web", "/a", FileClaim.contains("old"))),
                arguments("container web serves \"Hi\" on port 80",
                        new ContainerAssertion.Serves("web", "Hi", 80, Optional.empty())),
                arguments("container web serves \"Hi\" on port 8080 path /index.html",
                        new ContainerAssertion.Serves("web", "Hi", 8080, Optional.of("/index.html"))),
                arguments("container web logs contain \"ready\"", new ContainerAssertion.Logs("web", "ready")));
    }

    static Stream<Arguments> otherLines() {
        return Stream.of(
                arguments("volume v exists", new VolumeAssertion.Presence("v", true)),
                arguments("volume v is absent", new VolumeAssertion.Presence("v", false)),
                arguments("volume v is used by web", new VolumeAssertion.UsedBy("v", "web")),
                arguments("volume v is unused", new VolumeAssertion.Unused("v")),
                arguments("volume v has label a.b=c=d", new VolumeAssertion.Label("v", "a.b", "c=d")),
                arguments("volume v has file index.html", new VolumeAssertion.File("v", "index.html", FileClaim.exists())),
                arguments("volume v has no file index.html",
                        new VolumeAssertion.File("v", "index.html", FileClaim.missing())),
                arguments("volume v file index.html contains \"Hi\"",
                        new VolumeAssertion.File("v", "index.html", FileClaim.contains("Hi"))),
                arguments("image i:1 exists", new ImageAssertion.Presence("i:1", true)),
                arguments("image i:1 is absent", new ImageAssertion.Presence("i:1", false)),
                arguments("image i:1 declares volume /data", new ImageAssertion.DeclaresVolume("i:1", "/data")),
                arguments("image i:1 has file /a", new ImageAssertion.File("i:1", "/a", FileClaim.exists())),
                arguments("image i:1 has no file /a", new ImageAssertion.File("i:1", "/a", FileClaim.missing())),
                arguments("image i:1 file /a contains \"x\"", new ImageAssertion.File("i:1", "/a", FileClaim.contains("x"))),
                arguments("host ${LAB}/h exists", new HostAssertion("/lab/h", HostAssertion.Kind.EXISTS, null)),
                arguments("host /h is absent", new HostAssertion("/h", HostAssertion.Kind.ABSENT, null)),
                arguments("host /h is a directory", new HostAssertion("/h", HostAssertion.Kind.IS_DIRECTORY, null)),
                arguments("host /h is a file", new HostAssertion("/h", HostAssertion.Kind.IS_FILE, null)),
                arguments("host /h contains \"x\"", new HostAssertion("/h", HostAssertion.Kind.CONTAINS, "x")),
                arguments("archive /b.tar has entry data/a",
                        new ArchiveAssertion("/b.tar", ArchiveAssertion.Kind.HAS_ENTRY, "data/a", null)),
                arguments("archive /b.tar entry data/a contains \"x\"",
                        new ArchiveAssertion("/b.tar", ArchiveAssertion.Kind.ENTRY_CONTAINS, "data/a", "x")),
                arguments("typed \"docker volume create\"", new TypedAssertion("docker volume create")),
                arguments("command \"true\" succeeds", new CommandAssertion("true", CommandAssertion.Kind.SUCCEEDS, List.of())),
                arguments("command \"false\" fails", new CommandAssertion("false", CommandAssertion.Kind.FAILS, List.of())),
                arguments("command \"rm x\" fails with \"in use\"",
                        new CommandAssertion("rm x", CommandAssertion.Kind.FAILS_WITH, List.of("in use"))),
                arguments("command \"ls\" output contains \"a\"",
                        new CommandAssertion("ls", CommandAssertion.Kind.OUTPUT_CONTAINS, List.of("a"))),
                arguments("command \"rm x\" fails with \"in use\" or \"being used\"",
                        new CommandAssertion("rm x", CommandAssertion.Kind.FAILS_WITH, List.of("in use", "being used"))),
                arguments("command \"ls\" output contains \"a\" or \"b\" or \"c\"",
                        new CommandAssertion("ls", CommandAssertion.Kind.OUTPUT_CONTAINS, List.of("a", "b", "c"))),
                arguments("not volume v exists", new Negation(new VolumeAssertion.Presence("v", true))));
    }

    @ParameterizedTest
    @MethodSource({"containerLines", "otherLines"})
    void parsesEveryForm(String line, Object expected) throws CheckSyntaxException {
        assertThat(CheckParser.parse(line, VARIABLES)).isEqualTo(expected);
    }

    /** A typed check's sentence speaks to the learner ("you typed ..."), so it is no check line. */
    static Stream<Arguments> sentenceLines() {
        return Stream.concat(containerLines(), otherLines())
                .filter(line -> !(line.get()[1] instanceof TypedAssertion));
    }

    @ParameterizedTest
    @MethodSource("sentenceLines")
    void sentenceOfAParsedLineParsesBackToTheSameAssertion(String line, Object expected) throws CheckSyntaxException {
        String sentence = CheckParser.parse(line, VARIABLES).sentence().replaceFirst("^not: ", "not ");
        assertThat(CheckParser.parse(sentence)).isEqualTo(expected);
    }

    @Test
    void quotedStringsTakeEscapesAndKeepHashes() throws CheckSyntaxException {
        assertThat(CheckParser.parse("container web logs contain \"say \\\"hi\\\" \\\\ # not a comment\\nnext\""))
                .isEqualTo(new ContainerAssertion.Logs("web", "say \"hi\" \\ # not a comment\nnext"));
    }

    @Test
    void aWordStartingWithHashOpensAComment() throws CheckSyntaxException {
        assertThat(CheckParser.parse("container web is stopped   # created or exited"))
                .isEqualTo(new Life("web", Life.State.STOPPED));
        assertThat(CheckParser.parse("host /a#b exists")).isEqualTo(new HostAssertion("/a#b", HostAssertion.Kind.EXISTS, null));
    }

    @Test
    void variablesAreReplacedInsideWordsSoPathsWithSpacesStayWhole() throws CheckSyntaxException {
        Variables spaced = new Variables("/Users/Ann Lee/lab", "img", "demo");
        assertThat(CheckParser.parse("host ${LAB}/${LESSON}.txt exists", spaced))
                .isEqualTo(new HostAssertion("/Users/Ann Lee/lab/demo.txt", HostAssertion.Kind.EXISTS, null));
    }

    @Test
    void pathsWithSpacesMayBeQuoted() throws CheckSyntaxException {
        assertThat(CheckParser.parse("container web has file \"/srv/my file\""))
                .isEqualTo(new ContainerAssertion.File("web", "/srv/my file", FileClaim.exists()));
    }

    @Test
    void onlyCommentsAndBlankLinesHoldNoAssertion() {
        assertThat(CheckParser.isAssertionLine("  # F2 F3")).isFalse();
        assertThat(CheckParser.isAssertionLine("   ")).isFalse();
        assertThat(CheckParser.isAssertionLine("container web exists")).isTrue();
    }

    static Stream<Arguments> errors() {
        String containerVerbs = "exists, is absent, is running, is stopped, exited with code, uses image, mounts volume, "
                + "mounts anonymous volume, mounts bind, mounts tmpfs, has no mount, has volumes from, has file, "
                + "has no file, file, diff shows, upper layer has, upper layer has whiteout, upper layer file, lower layers have, "
                + "lower layers file, lower layers are listed in, serves, logs contain, is the one from the start, is not the one from the start, "
                + "mounts the volume that, was restarted after its files changed, was restarted after file";
        String subjects = "container, volume, image, host, archive, typed, command";
        return Stream.of(
                arguments("container web runs",
                        "unknown check verb 'runs' for container; expected one of: " + containerVerbs),
                arguments("container web is runing",
                        "unknown check verb 'is runing' for container; expected one of: " + containerVerbs),
                arguments("volume v is used",
                        "unknown check verb 'is used' for volume; expected one of: exists, is absent, is used by, "
                                + "is unused, has label, has file, has no file, file, is the one from the start, "
                                + "is not the one from the start"),
                arguments("command \"ls\"", "missing check verb after 'command \"ls\"'; expected one of: "
                        + "succeeds, fails, fails with, output contains"),
                arguments("contianer web exists", "unknown check subject 'contianer'; expected one of: " + subjects),
                arguments("not", "missing check subject after 'not'; expected one of: " + subjects),
                arguments("container", "expected a container name after 'container'"),
                arguments("", "empty check line"),
                arguments("container web file /x contains Hello",
                        "expected a quoted string after 'contains', found 'Hello'; put the text in double quotes"),
                arguments("typed", "expected a quoted string after 'typed'"),
                arguments("container web logs contain \"ready",
                        "unclosed quote: the string starting at column 28 has no closing \""),
                arguments("typed \"a\\", "unclosed quote: the line ends in a backslash"),
                arguments("typed \"a\\t\"", "unknown escape '\\t' at column 9; inside quotes use \\\", \\\\ or \\n"),
                arguments("host \"a\"b exists", "expected a space after the closing quote at column 8"),
                arguments("container web is running now", "unexpected words after 'container web is running': now"),
                arguments("command \"ls\" succeeds \"x\" y", "unexpected words after 'command \"ls\" succeeds': \"x\" y"),
                arguments("command \"rm x\" fails with \"in use\" or",
                        "expected a quoted string after 'or'"),
                arguments("command \"rm x\" fails with \"in use\" \"being used\"",
                        "unexpected words after 'command \"rm x\" fails with \"in use\"': \"being used\""),
                arguments("container web mounts volume website /data", "expected 'at' after 'website', found '/data'"),
                arguments("container web exited with code x",
                        "expected an exit code (0 to 255) after 'exited with code', found 'x'"),
                arguments("container web serves \"Hi\" on port 99999",
                        "expected a port (1 to 65535) after 'port', found '99999'"),
                arguments("container web diff shows modified /x",
                        "expected added, changed or deleted after 'diff shows', found 'modified'"),
                arguments("volume v has label novalue", "expected a label KEY=VALUE after 'has label', found 'novalue'"),
                arguments("archive /a.tar has entry", "expected an entry name after 'has entry'"));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void reportsWhatWasExpected(String line, String message) {
        assertThatThrownBy(() -> CheckParser.parse(line, VARIABLES))
                .isInstanceOf(CheckSyntaxException.class)
                .hasMessage(message)
                .satisfies(error -> assertThat(error.getStackTrace()).isEmpty());
    }

    private static ContainerAssertion mount(MountSource source, String path, MountAccess access) {
        return new ContainerAssertion.Mount("web", source, path, access);
    }
}
