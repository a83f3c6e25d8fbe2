package dev.dockerlab.docker;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Tells whether a file is a statically linked ELF executable: one with no
 * PT_INTERP program header, so it runs FROM scratch with no libc beside it.
 * No library on our classpath reads ELF headers; these few fields are stable
 * since 1995.
 */
final class StaticBinary {

    private static final int PT_INTERP = 3;

    private StaticBinary() {
    }

    static boolean isStaticElf(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(64);
            channel.read(header, 0);
            header.flip();
            if (header.limit() < 52 || header.getInt(0) != 0x7f454c46) {
                return false;
            }
            boolean is64 = header.get(4) == 2;
            header.order(header.get(5) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            long programHeaders = is64 ? header.getLong(32) : Integer.toUnsignedLong(header.getInt(28));
            int entrySize = Short.toUnsignedInt(header.getShort(is64 ? 54 : 42));
            int entryCount = Short.toUnsignedInt(header.getShort(is64 ? 56 : 44));
            ByteBuffer entry = ByteBuffer.allocate(4).order(header.order());
            for (int i = 0; i < entryCount; i++) {
                entry.clear();
                channel.read(entry, programHeaders + (long) i * entrySize);
                if (entry.getInt(0) == PT_INTERP) {
                    return false;
                }
            }
            return entryCount > 0;
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }
}
