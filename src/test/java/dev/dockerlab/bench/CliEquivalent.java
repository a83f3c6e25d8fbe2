package dev.dockerlab.bench;

import dev.dockerlab.model.ArchiveAssertion;
import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.CommandAssertion;
import dev.dockerlab.model.ContainerAssertion;
import dev.dockerlab.model.FileClaim;
import dev.dockerlab.model.HostAssertion;
import dev.dockerlab.model.ImageAssertion;
import dev.dockerlab.model.MountAccess;
import dev.dockerlab.model.MountSource;
import dev.dockerlab.model.Negation;
import dev.dockerlab.model.TypedAssertion;
import dev.dockerlab.model.VolumeAssertion;

import java.util.stream.Collectors;

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
                case FAILS_WITH -> run + "[ $st != 0 ] && printf %s \"$out\" | grep -qiF" + patterns(command);
                case OUTPUT_CONTAINS -> run + "printf %s \"$out\" | grep -qF" + patterns(command);
            };
        }
        return "grep -qF -- " + q(((TypedAssertion) assertion).text()) + " " + q(typedFile);
    }

    private static String container(ContainerAssertion a) {
        return a.accept(new ContainerCommands(q(a.name())));
    }

    /** The shell snippet for each kind of container check. */
    private record ContainerCommands(String name) implements ContainerAssertion.Visitor<String> {

        private static final String INSPECT = "docker inspect -f ";

        private String mounts() {
            return INSPECT + q("{{range .Mounts}}{{.Type}} {{.Name}} {{.Source}} {{.Destination}} {{.RW}}{{\"\\n\"}}{{end}}")
                    + " " + name + " 2>/dev/null";
        }

        private String running() {
            return "\"$(" + INSPECT + "'{{.State.Running}}' " + name + " 2>/dev/null)\"";
        }

        private String upperDir() {
            return "\"$(" + INSPECT + "'{{.GraphDriver.Data.UpperDir}}' " + name + ")\"";
        }

        private String lowerDirs() {
            return "$(" + INSPECT + "'{{.GraphDriver.Data.LowerDir}}' " + name + " | tr : ' ')";
        }

        private String copy(String container, String path) {
            return "docker cp " + q(container + ":" + path) + " -";
        }

        @Override
        public String life(ContainerAssertion.Life life) {
            return switch (life.state()) {
                case EXISTS -> "docker inspect " + name + " >/dev/null 2>&1";
                case ABSENT -> "! docker inspect " + name + " >/dev/null 2>&1";
                case RUNNING -> "[ " + running() + " = true ]";
                case STOPPED -> "[ " + running() + " = false ]";
            };
        }

        @Override
        public String exitedWith(ContainerAssertion.ExitedWith exit) {
            return "[ \"$(" + INSPECT + "'{{.State.Status}} {{.State.ExitCode}}' " + name + " 2>/dev/null)\" = "
                    + q("exited " + exit.code()) + " ]";
        }

        @Override
        public String usesImage(ContainerAssertion.UsesImage image) {
            return "[ \"$(" + INSPECT + "'{{.Image}}' " + name + " 2>/dev/null)\" = \"$(docker image inspect -f '{{.Id}}' "
                    + q(image.image()) + " 2>/dev/null)\" ]";
        }

        @Override
        public String volumesFrom(ContainerAssertion.VolumesFrom from) {
            return INSPECT + q("{{range .HostConfig.VolumesFrom}}{{.}}{{\"\\n\"}}{{end}}") + " " + name
                    + " 2>/dev/null | grep -qE " + q("^" + from.server() + "(:r[ow])?$");
        }

        @Override
        public String mount(ContainerAssertion.Mount mount) {
            String path = mount.path();
            String rw = mount.access() == MountAccess.READ_ONLY ? "false" : mount.access() == MountAccess.READ_WRITE ? "true" : "(true|false)";
            return mount.source().accept(new MountSource.Visitor<String>() {
                @Override
                public String volume(MountSource.Volume volume) {
                    return mounts() + " | grep -qE " + q("^volume " + volume.volume() + " .* " + path + " " + rw + "$");
                }

                @Override
                public String anonymousVolume(MountSource.AnonymousVolume anonymous) {
                    return mounts() + " | grep -qE " + q("^volume [0-9a-f]{64} .* " + path + " " + rw + "$");
                }

                @Override
                public String bind(MountSource.Bind bind) {
                    return mounts() + " | grep -qE " + q("^bind  " + bind.hostPath().replaceAll("/$", "") + " " + path + " " + rw + "$");
                }

                @Override
                public String tmpfs(MountSource.Tmpfs tmpfs) {
                    return INSPECT + q("{{range $k, $v := .HostConfig.Tmpfs}}{{$k}}{{\"\\n\"}}{{end}}") + " " + name
                            + " 2>/dev/null | grep -qxF -- " + q(path);
                }
            });
        }

        @Override
        public String noMount(ContainerAssertion.NoMount none) {
            return "! { " + mounts() + " | grep -qE " + q(" " + none.path() + " (true|false)$") + "; }";
        }

        @Override
        public String file(ContainerAssertion.File file) {
            String copy = copy(file.name(), file.path());
            if (file.claim() instanceof FileClaim.Contains contains) {
                return copy + " 2>/dev/null | tar -xO 2>/dev/null | grep -qF -- " + q(contains.text());
            }
            return (file.claim() instanceof FileClaim.Missing ? "! " : "") + copy + " >/dev/null 2>&1";
        }

        @Override
        public String diff(ContainerAssertion.Diff diff) {
            return "docker diff " + name + " | grep -qxF -- " + q(diff.change().letter() + " " + diff.path());
        }

        @Override
        public String upperLayer(ContainerAssertion.UpperLayer upper) {
            if (upper.claim() instanceof FileClaim.Contains contains) {
                return "grep -qF -- " + q(contains.text()) + " " + upperDir() + q(upper.path());
            }
            return "f=" + upperDir() + q(upper.path()) + "; test -e \"$f\" && ! " + WHITEOUT + " \"$f\"";
        }

        @Override
        public String upperWhiteout(ContainerAssertion.UpperWhiteout whiteout) {
            return WHITEOUT + " " + upperDir() + q(whiteout.path());
        }

        @Override
        public String lowerLayerList(ContainerAssertion.LowerLayerList list) {
            return INSPECT + "'{{.GraphDriver.Data.LowerDir}}' " + name + " | tr : '\\n' | diff -B - " + q(list.path());
        }

        @Override
        public String lowerLayers(ContainerAssertion.LowerLayers lower) {
            String each = "for d in " + lowerDirs() + "; do f=\"$d\"" + q(lower.path()) + "; " + WHITEOUT + " \"$f\" && exit 1; ";
            if (lower.claim() instanceof FileClaim.Contains contains) {
                return each + "if test -e \"$f\"; then grep -qF -- " + q(contains.text()) + " \"$f\"; exit $?; fi; done; exit 1";
            }
            return each + "test -e \"$f\" && exit 0; done; exit 1";
        }

        @Override
        public String serves(ContainerAssertion.Serves serves) {
            return "docker exec " + name + " wget -q -O - " + q("http://127.0.0.1:" + serves.port() + serves.urlPath().orElse("/"))
                    + " 2>/dev/null | grep -qF -- " + q(serves.text());
        }

        @Override
        public String logs(ContainerAssertion.Logs logs) {
            return "docker logs " + name + " 2>&1 | grep -qF -- " + q(logs.text());
        }

        @Override
        public String identity(ContainerAssertion.Identity identity) {
            throw new UnsupportedOperationException("the benchmark's lessons compare nothing with a start");
        }

        @Override
        public String mountsStartVolume(ContainerAssertion.MountsStartVolume mount) {
            throw new UnsupportedOperationException("the benchmark's lessons compare nothing with a start");
        }

        @Override
        public String restarted(ContainerAssertion.Restarted restarted) {
            throw new UnsupportedOperationException("the benchmark's lessons check no restart order");
        }
    }

    private static String volume(VolumeAssertion a) {
        String name = q(a.name());
        String mountpoint = "\"$(docker volume inspect -f '{{.Mountpoint}}' " + name + " 2>/dev/null)\"";
        return a.accept(new VolumeAssertion.Visitor<>() {
            @Override
            public String presence(VolumeAssertion.Presence presence) {
                return (presence.exists() ? "" : "! ") + "docker volume inspect " + name + " >/dev/null 2>&1";
            }

            @Override
            public String usedBy(VolumeAssertion.UsedBy usedBy) {
                return "docker ps -a --filter volume=" + name + " --format '{{.Names}}' | grep -qxF -- " + q(usedBy.container());
            }

            @Override
            public String unused(VolumeAssertion.Unused unused) {
                return "[ -z \"$(docker ps -aq --filter volume=" + name + ")\" ]";
            }

            @Override
            public String label(VolumeAssertion.Label label) {
                return "[ \"$(docker volume inspect -f " + q("{{index .Labels \"" + label.key() + "\"}}") + " " + name
                        + " 2>/dev/null)\" = " + q(label.value()) + " ]";
            }

            @Override
            public String file(VolumeAssertion.File file) {
                String path = q("/" + file.path().replaceFirst("^/", ""));
                if (file.claim() instanceof FileClaim.Contains contains) {
                    return "grep -qF -- " + q(contains.text()) + " " + mountpoint + path;
                }
                return "docker volume inspect " + name + " >/dev/null 2>&1 && " + (file.claim() instanceof FileClaim.Missing ? "! " : "")
                        + "test -e " + mountpoint + path;
            }

            @Override
            public String identity(VolumeAssertion.Identity identity) {
                throw new UnsupportedOperationException("the benchmark's lessons compare nothing with a start");
            }
        });
    }

    private static String image(ImageAssertion a) {
        String ref = q(a.reference());
        return a.accept(new ImageAssertion.Visitor<>() {
            @Override
            public String presence(ImageAssertion.Presence presence) {
                return (presence.exists() ? "" : "! ") + "docker image inspect " + ref + " >/dev/null 2>&1";
            }

            @Override
            public String declaresVolume(ImageAssertion.DeclaresVolume declares) {
                return "docker image inspect -f " + q("{{range $k, $v := .Config.Volumes}}{{$k}}{{\"\\n\"}}{{end}}")
                        + " " + ref + " | grep -qxF -- " + q(declares.path());
            }

            @Override
            public String file(ImageAssertion.File file) {
                String fromCopy = "id=$(docker create " + ref + " true 2>/dev/null) || exit 1; docker cp \"$id\":" + q(file.path())
                        + " - 2>/dev/null";
                if (file.claim() instanceof FileClaim.Contains contains) {
                    return "( " + fromCopy + " | tar -xO | grep -qF -- " + q(contains.text()) + "; st=$?; docker rm \"$id\" >/dev/null; exit $st )";
                }
                return (file.claim() instanceof FileClaim.Missing ? "! " : "")
                        + "( " + fromCopy + " >/dev/null; st=$?; docker rm \"$id\" >/dev/null; exit $st )";
            }
        });
    }

    /** " -e T1 -e T2 ...": grep's way of matching any of a check's texts. */
    private static String patterns(CommandAssertion command) {
        return command.texts().stream().map(text -> " -e " + q(text)).collect(Collectors.joining());
    }
}
