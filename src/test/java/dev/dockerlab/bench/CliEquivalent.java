package dev.dockerlab.bench;

import dev.dockerlab.check.ArchiveAssertion;
import dev.dockerlab.check.Assertion;
import dev.dockerlab.check.CommandAssertion;
import dev.dockerlab.check.ContainerAssertion;
import dev.dockerlab.check.HostAssertion;
import dev.dockerlab.check.ImageAssertion;
import dev.dockerlab.check.MountAccess;
import dev.dockerlab.check.Negation;
import dev.dockerlab.check.TypedAssertion;
import dev.dockerlab.check.VolumeAssertion;

import static dev.dockerlab.bench.ShellQuote.q;

/**
 * The same question a check asks, asked the way a shell script would: with
 * the docker CLI (inspect, cp, diff, exec, logs, volume inspect), tar and
 * grep, reading the daemon's directories directly as root. Each snippet exits
 * 0 when the assertion holds. It is the baseline of the check-latency benchmark.
 */
final class CliEquivalent {

    /** A command that succeeds when its argument is an overlayfs whiteout: a 0, 0 character device. */
    private static final String WHITEOUT =
            "sh -c '[ \"$(stat -c \"%F %t %T\" \"$1\" 2>/dev/null)\" = \"character special file 0 0\" ]' -";

    private CliEquivalent() {
    }

    static String of(Assertion assertion, String typedFile) {
        if (assertion instanceof Negation negation) {
            return "! { " + of(negation.inner(), typedFile) + "; }";
        }
        if (assertion instanceof ContainerAssertion container) {
            return container(container);
        }
        if (assertion instanceof VolumeAssertion volume) {
            return volume(volume);
        }
        if (assertion instanceof ImageAssertion image) {
            return image(image);
        }
        if (assertion instanceof HostAssertion host) {
            return switch (host.kind()) {
                case EXISTS -> "test -e " + q(host.path());
                case ABSENT -> "! test -e " + q(host.path());
                case IS_DIRECTORY -> "test -d " + q(host.path());
                case IS_FILE -> "test -f " + q(host.path());
                case CONTAINS -> "grep -qF -- " + q(host.text()) + " " + q(host.path());
            };
        }
        if (assertion instanceof ArchiveAssertion archive) {
            String entry = archive.entry().replaceFirst("^\\./", "").replaceFirst("^/", "");
            return switch (archive.kind()) {
                case HAS_ENTRY -> "tar -tf " + q(archive.path()) + " | sed 's#^\\./##; s#^/##; s#/$##' | grep -qxF -- " + q(entry);
                case ENTRY_CONTAINS -> "tar -xOf " + q(archive.path()) + " " + q(entry) + " 2>/dev/null | grep -qF -- " + q(archive.text());
            };
        }
        if (assertion instanceof CommandAssertion command) {
            String run = "out=$(" + command.command() + " 2>&1); st=$?; ";
            return switch (command.kind()) {
                case SUCCEEDS -> run + "[ $st = 0 ]";
                case FAILS -> run + "[ $st != 0 ]";
                case FAILS_WITH -> run + "[ $st != 0 ] && printf %s \"$out\" | grep -qF -- " + q(command.text());
                case OUTPUT_CONTAINS -> run + "printf %s \"$out\" | grep -qF -- " + q(command.text());
            };
        }
        return "grep -qF -- " + q(((TypedAssertion) assertion).text()) + " " + q(typedFile);
    }

    private static String container(ContainerAssertion a) {
        String name = q(a.name());
        String inspect = "docker inspect -f ";
        String path = a.path() == null ? "/" : a.path();
        String mounts = inspect + q("{{range .Mounts}}{{.Type}} {{.Name}} {{.Source}} {{.Destination}} {{.RW}}{{\"\\n\"}}{{end}}")
                + " " + name + " 2>/dev/null";
        String rw = a.access() == MountAccess.READ_ONLY ? "false" : a.access() == MountAccess.READ_WRITE ? "true" : "(true|false)";
        return switch (a.kind()) {
            case EXISTS -> "docker inspect " + name + " >/dev/null 2>&1";
            case ABSENT -> "! docker inspect " + name + " >/dev/null 2>&1";
            case RUNNING -> "[ \"$(" + inspect + "'{{.State.Running}}' " + name + " 2>/dev/null)\" = true ]";
            case STOPPED -> "[ \"$(" + inspect + "'{{.State.Running}}' " + name + " 2>/dev/null)\" = false ]";
            case EXITED_WITH -> "[ \"$(" + inspect + "'{{.State.Status}} {{.State.ExitCode}}' " + name + " 2>/dev/null)\" = "
                    + q("exited " + a.number()) + " ]";
            case USES_IMAGE -> "[ \"$(" + inspect + "'{{.Image}}' " + name + " 2>/dev/null)\" = \"$(docker image inspect -f '{{.Id}}' "
                    + q(a.object()) + " 2>/dev/null)\" ]";
            case MOUNTS_VOLUME -> mounts + " | grep -qE " + q("^volume " + a.object() + " .* " + path + " " + rw + "$");
            case MOUNTS_ANONYMOUS_VOLUME -> mounts + " | grep -qE " + q("^volume [0-9a-f]{64} .* " + path + " " + rw + "$");
            case MOUNTS_BIND -> mounts + " | grep -qE " + q("^bind  " + a.object().replaceAll("/$", "") + " " + path + " " + rw + "$");
            case MOUNTS_TMPFS -> inspect + q("{{range $k, $v := .HostConfig.Tmpfs}}{{$k}}{{\"\\n\"}}{{end}}") + " " + name
                    + " 2>/dev/null | grep -qxF -- " + q(path);
            case HAS_NO_MOUNT -> "! { " + mounts + " | grep -qE " + q(" " + path + " (true|false)$") + "; }";
            case HAS_VOLUMES_FROM -> inspect + q("{{range .HostConfig.VolumesFrom}}{{.}}{{\"\\n\"}}{{end}}") + " " + name
                    + " 2>/dev/null | grep -qE " + q("^" + a.object() + "(:r[ow])?$");
            case HAS_FILE -> "docker cp " + q(a.name() + ":" + path) + " - >/dev/null 2>&1";
            case HAS_NO_FILE -> "! docker cp " + q(a.name() + ":" + path) + " - >/dev/null 2>&1";
            case FILE_CONTAINS -> "docker cp " + q(a.name() + ":" + path) + " - 2>/dev/null | tar -xO 2>/dev/null | grep -qF -- " + q(a.text());
            case DIFF_ADDED -> "docker diff " + name + " | grep -qxF -- " + q("A " + path);
            case DIFF_CHANGED -> "docker diff " + name + " | grep -qxF -- " + q("C " + path);
            case DIFF_DELETED -> "docker diff " + name + " | grep -qxF -- " + q("D " + path);
            case UPPER_HAS -> "f=\"$(" + inspect + "'{{.GraphDriver.Data.UpperDir}}' " + name + ")\"" + q(path)
                    + "; test -e \"$f\" && ! " + WHITEOUT + " \"$f\"";
            case UPPER_HAS_WHITEOUT -> WHITEOUT + " \"$(" + inspect + "'{{.GraphDriver.Data.UpperDir}}' " + name + ")\"" + q(path);
            case UPPER_FILE_CONTAINS -> "grep -qF -- " + q(a.text()) + " \"$(" + inspect + "'{{.GraphDriver.Data.UpperDir}}' "
                    + name + ")\"" + q(path);
            case LOWER_HAVE -> "for d in $(" + inspect + "'{{.GraphDriver.Data.LowerDir}}' " + name + " | tr : ' '); do "
                    + "f=\"$d\"" + q(path) + "; " + WHITEOUT + " \"$f\" && exit 1; test -e \"$f\" && exit 0; done; exit 1";
            case LOWER_FILE_CONTAINS -> "for d in $(" + inspect + "'{{.GraphDriver.Data.LowerDir}}' " + name + " | tr : ' '); do "
                    + "f=\"$d\"" + q(path) + "; " + WHITEOUT + " \"$f\" && exit 1; "
                    + "if test -e \"$f\"; then grep -qF -- " + q(a.text()) + " \"$f\"; exit $?; fi; done; exit 1";
            case SERVES -> "docker exec " + name + " wget -q -O - " + q("http://127.0.0.1:" + a.number() + path)
                    + " 2>/dev/null | grep -qF -- " + q(a.text());
            case LOGS_CONTAIN -> "docker logs " + name + " 2>&1 | grep -qF -- " + q(a.text());
        };
    }

    private static String volume(VolumeAssertion a) {
        String name = q(a.name());
        String mountpoint = "\"$(docker volume inspect -f '{{.Mountpoint}}' " + name + " 2>/dev/null)\"";
        String file = a.path() == null ? "" : "/" + a.path().replaceFirst("^/", "");
        return switch (a.kind()) {
            case EXISTS -> "docker volume inspect " + name + " >/dev/null 2>&1";
            case ABSENT -> "! docker volume inspect " + name + " >/dev/null 2>&1";
            case USED_BY -> "docker ps -a --filter volume=" + name + " --format '{{.Names}}' | grep -qxF -- " + q(a.object());
            case UNUSED -> "[ -z \"$(docker ps -aq --filter volume=" + name + ")\" ]";
            case HAS_LABEL -> "[ \"$(docker volume inspect -f " + q("{{index .Labels \"" + a.object() + "\"}}") + " " + name
                    + " 2>/dev/null)\" = " + q(a.text()) + " ]";
            case HAS_FILE -> "docker volume inspect " + name + " >/dev/null 2>&1 && test -e " + mountpoint + q(file);
            case HAS_NO_FILE -> "docker volume inspect " + name + " >/dev/null 2>&1 && ! test -e " + mountpoint + q(file);
            case FILE_CONTAINS -> "grep -qF -- " + q(a.text()) + " " + mountpoint + q(file);
        };
    }

    private static String image(ImageAssertion a) {
        String ref = q(a.reference());
        String fromCopy = "id=$(docker create " + ref + " true 2>/dev/null) || exit 1; docker cp \"$id\":" + q(a.path() == null ? "/" : a.path())
                + " - 2>/dev/null";
        return switch (a.kind()) {
            case EXISTS -> "docker image inspect " + ref + " >/dev/null 2>&1";
            case ABSENT -> "! docker image inspect " + ref + " >/dev/null 2>&1";
            case DECLARES_VOLUME -> "docker image inspect -f " + q("{{range $k, $v := .Config.Volumes}}{{$k}}{{\"\\n\"}}{{end}}")
                    + " " + ref + " | grep -qxF -- " + q(a.path());
            case HAS_FILE -> "( " + fromCopy + " >/dev/null; st=$?; docker rm \"$id\" >/dev/null; exit $st )";
            case HAS_NO_FILE -> "! ( " + fromCopy + " >/dev/null; st=$?; docker rm \"$id\" >/dev/null; exit $st )";
            case FILE_CONTAINS -> "( " + fromCopy + " | tar -xO | grep -qF -- " + q(a.text()) + "; st=$?; docker rm \"$id\" >/dev/null; exit $st )";
        };
    }
}
