package dev.dockerlab.docker;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The in-memory build context of the lab image. From a host busybox the image
 * is FROM scratch and the applet links are written into the context as
 * symlinks, so the build runs no container; when the binary cannot run on this
 * host (another architecture) it installs its links with a RUN step instead.
 */
final class LabImageContext {

    private static final String PASSWD = "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n";
    private static final String GROUP = "root:x:0:\nnogroup:x:65534:\n";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes);

    private LabImageContext() {
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    }

    static LabImageContext fromHostBusybox(Path busybox) {
        LabImageContext context = new LabImageContext();
        List<String> applets = appletPaths(busybox);
        StringBuilder dockerfile = new StringBuilder("FROM scratch\nCOPY rootfs/ /\n");
        if (applets.isEmpty()) {
            dockerfile.append("RUN [\"/bin/busybox\", \"--install\", \"-s\", \"/bin\"]\n");
        }
        dockerfile.append("CMD [\"sh\"]\n");
        try {
            context.file("rootfs/bin/busybox", Files.readAllBytes(busybox), 0755);
            for (String applet : applets) {
                context.symlink("rootfs/" + applet, "/bin/busybox");
            }
            context.webRootAndEtc();
            context.file("Dockerfile", dockerfile.toString().getBytes(StandardCharsets.UTF_8), 0644);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return context;
    }

    static LabImageContext fromBaseImage(String base) {
        LabImageContext context = new LabImageContext();
        String dockerfile = "FROM " + base + "\nCOPY rootfs/srv /srv\n";
        context.webRootAndEtc();
        context.file("Dockerfile", dockerfile.getBytes(StandardCharsets.UTF_8), 0644);
        return context;
    }

    byte[] tar() {
        try {
            tar.finish();
            tar.close();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private void webRootAndEtc() {
        file("rootfs/srv/www/index.html", LabImage.WELCOME.getBytes(StandardCharsets.UTF_8), 0644);
        file("rootfs/etc/passwd", PASSWD.getBytes(StandardCharsets.UTF_8), 0644);
        file("rootfs/etc/group", GROUP.getBytes(StandardCharsets.UTF_8), 0644);
        directory("rootfs/tmp", 01777);
        directory("rootfs/root", 0700);
    }

    /** "bin/sh", "usr/bin/wget"...: where busybox itself says each applet lives. */
    private static List<String> appletPaths(Path busybox) {
        try {
            Process list = new ProcessBuilder(busybox.toString(), "--list-full")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] output = list.getInputStream().readAllBytes();
            if (!list.waitFor(10, TimeUnit.SECONDS) || list.exitValue() != 0) {
                list.destroyForcibly();
                return List.of();
            }
            return new String(output, StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.equals("bin/busybox") && !line.contains(".."))
                    .toList();
        } catch (IOException cannotRun) {
            return List.of();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private void file(String name, byte[] content, int mode) {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        entry.setMode(mode);
        write(entry, content);
    }

    private void directory(String name, int mode) {
        TarArchiveEntry entry = new TarArchiveEntry(name + "/");
        entry.setMode(mode);
        write(entry, new byte[0]);
    }

    private void symlink(String name, String target) {
        TarArchiveEntry entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
        entry.setLinkName(target);
        write(entry, new byte[0]);
    }

    private void write(TarArchiveEntry entry, byte[] content) {
        try {
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
