package dev.dockerlab.check;

import dev.dockerlab.docker.FileView;
import dev.dockerlab.docker.HostFiles;
import dev.dockerlab.model.HostAssertion;
import dev.dockerlab.model.Verdict;

import java.nio.file.Path;

/**
 * Paths on the host, usually under ${LAB}. The lab folder lives where
 * dockerlab runs (with Docker Desktop, the folder shared into its VM), so they
 * are read from this file system directly.
 */
final class HostChecks {

    private HostChecks() {
    }

    static Verdict check(HostAssertion assertion) {
        FileView file = HostFiles.read(Path.of(assertion.path()).toAbsolutePath().normalize());
        String where = "the host";
        return switch (assertion.kind()) {
            case EXISTS -> FileFacts.hasFile(where, file);
            case ABSENT -> FileFacts.hasNoFile(where, file);
            case IS_DIRECTORY -> Verdict.of(file.kind() == FileView.Kind.DIRECTORY, FileFacts.describe(where, file));
            case IS_FILE -> Verdict.of(file.kind() == FileView.Kind.FILE, FileFacts.describe(where, file));
            case CONTAINS -> FileFacts.contains(where, file, assertion.text());
        };
    }
}
