package dev.dockerlab.docker;

import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.ResponseItem;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;

/** One line that redraws itself with the bytes pulled so far across all layers. */
final class PullProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final String image;
    private final Map<String, long[]> layers = new HashMap<>();
    private int lastPercent = -1;

    PullProgressBar(PrintWriter out, String image) {
        this.out = out;
        this.image = image;
    }

    synchronized void update(PullResponseItem item) {
        ResponseItem.ProgressDetail detail = item.getProgressDetail();
        if (item.getId() == null || detail == null || detail.getTotal() == null || detail.getTotal() <= 0) {
            return;
        }
        layers.put(item.getId(), new long[] {detail.getCurrent() == null ? 0 : detail.getCurrent(), detail.getTotal()});
        long current = layers.values().stream().mapToLong(layer -> layer[0]).sum();
        long total = layers.values().stream().mapToLong(layer -> layer[1]).sum();
        int percent = (int) Math.min(100, current * 100 / total);
        if (percent != lastPercent) {
            lastPercent = percent;
            int filled = percent * WIDTH / 100;
            out.print("\rPulling " + image + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + percent + "%");
            out.flush();
        }
    }

    synchronized void finish() {
        if (lastPercent >= 0) {
            out.println();
            out.flush();
        }
    }
}
