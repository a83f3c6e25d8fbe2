package dev.dockerlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.dockerlab.check.ArchiveAssertion;
import dev.dockerlab.check.CommandAssertion;
import dev.dockerlab.check.ContainerAssertion;
import dev.dockerlab.check.ContainerAssertion.Kind;
import dev.dockerlab.check.HostAssertion;
import dev.dockerlab.check.ImageAssertion;
import dev.dockerlab.check.MountAccess;
import dev.dockerlab.check.Negation;
import dev.dockerlab.check.TypedAssertion;
import dev.dockerlab.check.VolumeAssertion;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CheckParserTest {

    private static final Variables VARIABLES = new Variables("/lab", "dockerlab/lab:1", "demo");

    static Stream<Arguments> containerLines() {
        return Stream.of(
                arguments("container web exists", ContainerAssertion.of("web", Kind.EXISTS)),
                arguments("container web is absent", ContainerAssertion.of("web", Kind.ABSENT)),
                arguments("container web is running", ContainerAssertion.of("web", Kind.RUNNING)),
                arguments("container web is stopped", ContainerAssertion.of("web", Kind.STOPPED)),
                arguments("container web exited with code 137",
                        container(Kind.EXITED_WITH, null, null, null, 137, MountAccess.ANY)),
                arguments("container web uses image ${IMAGE}",
                        container(Kind.USES_IMAGE, null, "dockerlab/lab:1", null, 0, MountAccess.ANY)),
                arguments("container web mounts volume website at /data",
                        container(Kind.MOUNTS_VOLUME, "/data", "website", null, 0, MountAccess.ANY)),
                arguments("container web mounts volume website at /data read-only",
                        container(Kind.MOUNTS_VOLUME, "/data", "website", null, 0, MountAccess.READ_ONLY)),
                arguments("container web mounts anonymous volume at /data rw",
                        container(Kind.MOUNTS_ANONYMOUS_VOLUME, "/data", null, null, 0, MountAccess.READ_WRITE)),
                arguments("container web mounts bind ${LAB}/html at /data ro",
                        container(Kind.MOUNTS_BIND, "/data", "/lab/html", null, 0, MountAccess.READ_ONLY)),
                arguments("container web mounts tmpfs at /cache",
                        ContainerAssertion.withPath("web", Kind.MOUNTS_TMPFS, "/cache")),
                arguments("container web has no mount at /data",
                        ContainerAssertion.withPath("web", Kind.HAS_NO_MOUNT, "/data")),
                arguments("container web has volumes from data-server",
                        container(Kind.HAS_VOLUMES_FROM, null, "data-server", null, 0, MountAccess.ANY)),
                arguments("container web has file /a", ContainerAssertion.withPath("web", Kind.HAS_FILE, "/a")),
                arguments("container web has no file /a", ContainerAssertion.withPath("web", Kind.HAS_NO_FILE, "/a")),
                arguments("container web file /a contains \"x\"",
                        ContainerAssertion.withPathAndText("web", Kind.FILE_CONTAINS, "/a", "x")),
                arguments("container web diff shows added /a", ContainerAssertion.withPath("web", Kind.DIFF_ADDED, "/a")),
                arguments("container web diff shows changed /a",
                        ContainerAssertion.withPath("web", Kind.DIFF_CHANGED, "/a")),
                arguments("container web diff shows deleted /a",
                        ContainerAssertion.withPath("web", Kind.DIFF_DELETED, "/a")),
                arguments("container web upper layer has /a", ContainerAssertion.withPath("web", Kind.UPPER_HAS, "/a")),
                arguments("container web upper layer has whiteout /a",
                        ContainerAssertion.withPath("web", Kind.UPPER_HAS_WHITEOUT, "/a")),
                arguments("container web upper layer has /whiteout",
                        ContainerAssertion.withPath("web", Kind.UPPER_HAS, "/whiteout")),
                arguments("container web upper layer file /a contains \"new\"",
                        ContainerAssertion.withPathAndText("web", Kind.UPPER_FILE_CONTAINS, "/a", "new")),
                arguments("container web lower layers have /a", ContainerAssertion.withPath("web", Kind.LOWER_HAVE, "/a")),
                arguments("container web lower layers file /a contains \"old\"",
                        ContainerAssertion.withPathAndText("web", Kind.LOWER_FILE_CONTAINS, "/a", "old")),
                arguments("container web serves \"Hi\" on port 80",
                        container(Kind.SERVES, null, null, "Hi", 80, MountAccess.ANY)),
                arguments("container web serves \"Hi\" on port 8080 path /index.html",
                        container(Kind.SERVES, "/index.html", null, "Hi", 8080, MountAccess.ANY)),
                arguments("container web logs contain \"ready\"",
                        container(Kind.LOGS_CONTAIN, null, null, "ready", 0, MountAccess.ANY)));
    }

    static Stream<Arguments> otherLines() {
        return Stream.of(
                arguments("volume v exists", VolumeAssertion.of("v", VolumeAssertion.Kind.EXISTS)),
                arguments("volume v is absent", VolumeAssertion.of("v", VolumeAssertion.Kind.ABSENT)),
                arguments("volume v is used by web",
                        new VolumeAssertion("v", VolumeAssertion.Kind.USED_BY, null, "web", null)),
                arguments("volume v is unused", VolumeAssertion.of("v", VolumeAssertion.Kind.UNUSED)),
                arguments("volume v has label a.b=c=d",
                        new VolumeAssertion("v", VolumeAssertion.Kind.HAS_LABEL, null, "a.b", "c=d")),
                arguments("volume v has file index.html",
                        new VolumeAssertion("v", VolumeAssertion.Kind.HAS_FILE, "index.html", null, null)),
                arguments("volume v has no file index.html",
                        new VolumeAssertion("v", VolumeAssertion.Kind.HAS_NO_FILE, "index.html", null, null)),
                arguments("volume v file index.html contains \"Hi\"",
                        new VolumeAssertion("v", VolumeAssertion.Kind.FILE_CONTAINS, "index.html", null, "Hi")),
                arguments("image i:1 exists", ImageAssertion.of("i:1", ImageAssertion.Kind.EXISTS)),
                arguments("image i:1 is absent", ImageAssertion.of("i:1", ImageAssertion.Kind.ABSENT)),
                arguments("image i:1 declares volume /data",
                        new ImageAssertion("i:1", ImageAssertion.Kind.DECLARES_VOLUME, "/data", null)),
                arguments("image i:1 has file /a", new ImageAssertion("i:1", ImageAssertion.Kind.HAS_FILE, "/a", null)),
                arguments("image i:1 has no file /a",
                        new ImageAssertion("i:1", ImageAssertion.Kind.HAS_NO_FILE, "/a", null)),
                arguments("image i:1 file /a contains \"x\"",
                        new ImageAssertion("i:1", ImageAssertion.Kind.FILE_CONTAINS, "/a", "x")),
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
                arguments("command \"true\" succeeds", new CommandAssertion("true", CommandAssertion.Kind.SUCCEEDS, null)),
                arguments("command \"false\" fails", new CommandAssertion("false", CommandAssertion.Kind.FAILS, null)),
                arguments("command \"rm x\" fails with \"in use\"",
                        new CommandAssertion("rm x", CommandAssertion.Kind.FAILS_WITH, "in use")),
                arguments("command \"ls\" output contains \"a\"",
                        new CommandAssertion("ls", CommandAssertion.Kind.OUTPUT_CONTAINS, "a")),
                arguments("not volume v exists", new Negation(VolumeAssertion.of("v", VolumeAssertion.Kind.EXISTS))));
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
                .isEqualTo(container(Kind.LOGS_CONTAIN, null, null, "say \"hi\" \\ # not a comment\nnext", 0,
                        MountAccess.ANY));
    }

    @Test
    void aWordStartingWithHashOpensAComment() throws CheckSyntaxException {
        assertThat(CheckParser.parse("container web is stopped   # created or exited"))
                .isEqualTo(ContainerAssertion.of("web", Kind.STOPPED));
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
                .isEqualTo(ContainerAssertion.withPath("web", Kind.HAS_FILE, "/srv/my file"));
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
                + "lower layers file, serves, logs contain";
        String subjects = "container, volume, image, host, archive, typed, command";
        return Stream.of(
                arguments("container web runs",
                        "unknown check verb 'runs' for container; expected one of: " + containerVerbs),
                arguments("container web is runing",
                        "unknown check verb 'is runing' for container; expected one of: " + containerVerbs),
                arguments("volume v is used",
                        "unknown check verb 'is used' for volume; expected one of: exists, is absent, is used by, "
                                + "is unused, has label, has file, has no file, file"),
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

    private static ContainerAssertion container(Kind kind, String path, String object, String text, int number,
                                                MountAccess access) {
        return new ContainerAssertion("web", kind, path, object, text, number, access);
    }
}
