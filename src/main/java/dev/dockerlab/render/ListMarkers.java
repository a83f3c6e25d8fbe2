package dev.dockerlab.render;

import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The marker before each item of a list, a space included. Numbers are
 * right-aligned so that items 9 and 10 start their text in the same column.
 */
final class ListMarkers {

    /** Nested lists alternate bullets, so the learner sees where an inner list ends. */
    private static final String[] BULLETS = {"•", "◦"};

    private ListMarkers() {
    }

    static List<String> of(ListBlock list) {
        int items = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            items++;
        }
        return list instanceof OrderedList ordered ? numbers(ordered, items) : bullets(list, items);
    }

    private static List<String> bullets(ListBlock list, int items) {
        String bullet = BULLETS[enclosingLists(list) % BULLETS.length] + " ";
        return Collections.nCopies(items, bullet);
    }

    private static List<String> numbers(OrderedList list, int items) {
        int start = Objects.requireNonNullElse(list.getMarkerStartNumber(), 1);
        String delimiter = Objects.requireNonNullElse(list.getMarkerDelimiter(), ".");
        int digits = String.valueOf(start + items - 1).length();
        List<String> markers = new ArrayList<>();
        for (int number = start; number < start + items; number++) {
            markers.add(String.format("%" + digits + "d", number) + delimiter + " ");
        }
        return markers;
    }

    private static int enclosingLists(Node node) {
        int lists = 0;
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ListBlock) {
                lists++;
            }
        }
        return lists;
    }
}
