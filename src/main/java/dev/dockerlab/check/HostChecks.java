package dev.dockerlab.check;

import dev.dockerlab.docker.FileView;
import dev.dockerlab.docker.HostFiles;
import dev.dockerlab.model.HostAssertion;
import dev.dockerlab.model.LabConfinement;
import dev.dockerlab.model.Verdict;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Paths on the host under ${LAB}. The lab folder lives where dockerlab runs
 * (with Docker Desktop, the folder shared into its VM), so they are read from
 * this file system directly, and only there ({@link LabConfinement}): a path
 * outside it, or reached through a symbolic link, is not read at all.
 */
final class HostChecks {

    private HostChecks() {
    }

    static Verdict check(HostAssertion assertion, Path lab) {
        Optional<FileView> read = read(lab, assertion.path());
        if (read.isEmpty()) {
            return Verdict.unknown(refusal(lab, assertion.path(), "host"));
        }
        FileView file = read.get();
        String where = "the host";
        return switch (assertion.kind()) {
            case EXISTS -> FileFacts.hasFile(where, file);
            case ABSENT -> FileFacts.hasNoFile(where, file);
            case IS_DIRECTORY -> Verdict.of(file.kind() == FileView.Kind.DIRECTORY, FileFacts.describe(where, file));
            case IS_FILE -> Verdict.of(file.kind() == FileView.Kind.FILE, FileFacts.describe(where, file));
            case CONTAINS -> FileFacts.contains(where, file, assertion.text());
        };
    }

    /** The path as read below the lab folder; empty when it is outside it or a folder on the way is a link. */
    static Optional<FileView> read(Path lab, String path) {
        return LabConfinement.inside(lab, path)
                .flatMap(inside -> HostFiles.readConfined(lab.toAbsolutePath().normalize(), inside, path));
    }

    static String refusal(Path lab, String path, String subject) {
        return LabConfinement.inside(lab, path).isEmpty() ? LabConfinement.refusal(subject, path)
                : subject + " checks do not follow symbolic links out of the lab folder ${LAB}; a folder on the way to "
                + path + " is one, so it was not read";
    }
}
