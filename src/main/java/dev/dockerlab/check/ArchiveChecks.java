package dev.dockerlab.check;

import dev.dockerlab.docker.FileView;
import dev.dockerlab.model.ArchiveAssertion;
import dev.dockerlab.model.Verdict;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Entries of a tar file on the host, gzip-compressed or not, under ${LAB}
 * only, as for host checks. Names are compared without a leading "./" or "/", so "data/html/index.html" matches what {@code tar cvf} wrote for
 * "/data/html/index.html" (tar drops the leading slash).
 */
final class ArchiveChecks {

    private ArchiveChecks() {
    }

    static Verdict check(ArchiveAssertion assertion, Path lab) {
        Optional<FileView> found = HostChecks.read(lab, assertion.path());
        if (found.isEmpty()) {
            return Verdict.unknown(HostChecks.refusal(lab, assertion.path(), "archive"));
        }
        Path archive = Path.of(assertion.path()).normalize();
        if (found.get().kind() != FileView.Kind.FILE) {
            return Verdict.of(false, "there is no archive " + archive + (found.get().exists() ? " (it is not a file)"
                    : "; " + found.get().neighbourhood()));
        }
        String wanted = entryName(assertion.entry());
        List<String> names = new ArrayList<>();
        String shown = archive.getFileName().toString();
        try (TarFile file = TarFile.open(archive); TarArchiveInputStream tar = new TarArchiveInputStream(file.stream())) {
            shown = file.describe(archive);
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                String name = entryName(entry.getName());
                if (!name.equals(wanted)) {
                    names.add(name);
                    continue;
                }
                if (assertion.kind() == ArchiveAssertion.Kind.HAS_ENTRY) {
                    return Verdict.of(true, "archive " + shown + " has entry " + name);
                }
                String text = new String(tar.readNBytes(FileView.MAX_BYTES), StandardCharsets.UTF_8);
                FileView view = new FileView(name, entry.isFile() ? FileView.Kind.FILE : FileView.Kind.OTHER, text, List.of());
                return FileFacts.contains("archive " + shown + " entry", view, assertion.text());
            }
        } catch (IOException notTar) {
            return Verdict.of(false, archive + " is not a tar archive (" + notTar.getMessage() + ")");
        }
        return Verdict.of(false, "archive " + shown + " has no entry " + wanted + "; its entries: "
                + (names.isEmpty() ? "none" : String.join(", ", names.subList(0, Math.min(12, names.size())))
                + (names.size() > 12 ? ", ..." : "")));
    }

    private static String entryName(String raw) {
        String name = raw;
        while (name.startsWith("./") || name.startsWith("/")) {
            name = name.substring(name.startsWith("./") ? 2 : 1);
        }
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }
}
