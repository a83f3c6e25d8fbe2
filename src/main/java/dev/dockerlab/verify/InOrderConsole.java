package dev.dockerlab.verify;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The console of lessons proven side by side, read as if they ran one after
 * the other: each lesson writes to a writer of its own; the first lesson not
 * yet printed whole (the head) writes straight through, as it goes, and the
 * others are held until every lesson before them is done. So a serial run
 * prints exactly as it always did, and no two lessons' lines interleave.
 */
final class InOrderConsole {

    private final PrintWriter out;
    private final StringBuilder[] held;
    private final boolean[] done;
    private int head;

    InOrderConsole(PrintWriter out, int lessons) {
        this.out = out;
        this.held = new StringBuilder[lessons];
        this.done = new boolean[lessons];
        for (int i = 0; i < lessons; i++) {
            held[i] = new StringBuilder();
        }
    }

    /** The writer of the lesson at this position in the course. */
    PrintWriter lesson(int index) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] text, int offset, int length) {
                synchronized (InOrderConsole.this) {
                    if (index == head) {
                        out.write(text, offset, length);
                    } else {
                        held[index].append(text, offset, length);
                    }
                }
            }

            @Override
            public void flush() {
                synchronized (InOrderConsole.this) {
                    if (index == head) {
                        out.flush();
                    }
                }
            }

            @Override
            public void close() {
                flush();
            }
        });
    }

    /** The lesson has written all it will: it, and each done lesson after it, is printed once all before are. */
    synchronized void finished(int index) {
        done[index] = true;
        while (head < done.length && done[head]) {
            head++;
            if (head < done.length) {
                out.append(held[head]);
                held[head] = new StringBuilder();
            }
        }
        out.flush();
    }
}
