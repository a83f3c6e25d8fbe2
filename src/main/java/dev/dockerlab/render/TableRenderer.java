package dev.dockerlab.render;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import java.util.ArrayList;
import java.util.List;

/**
 * A table in aligned columns under a ruled header. When the columns do not fit
 * the width, each row becomes "header: value" lines instead, which wrap like
 * text: a table cut at the terminal's edge would lose its last columns.
 */
final class TableRenderer {

    private static final String COLUMN_GAP = " │ ";
    private static final String RULE_CROSSING = "─┼─";

    private final Styles styles;

    TableRenderer(Styles styles) {
        this.styles = styles;
    }

    void table(LineWriter out, TableBlock block) {
        List<TableCell> headerCells = new ArrayList<>();
        List<List<AttributedString>> body = new ArrayList<>();
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (section instanceof TableHead) {
                    headerCells.addAll(cells(row));
                } else {
                    body.add(cells(row).stream()
                            .map(cell -> InlineText.of(cell, styles, AttributedStyle.DEFAULT)).toList());
                }
            }
        }
        List<AttributedString> header = headerCells.stream()
                .map(cell -> InlineText.of(cell, styles, styles.tableHeader())).toList();
        int[] widths = columnWidths(header, body);
        if (gridWidth(widths) <= out.width()) {
            grid(out, header, alignments(headerCells), body, widths);
        } else {
            byRow(out, header, body);
        }
    }

    private static List<TableCell> cells(Node row) {
        List<TableCell> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            cells.add((TableCell) cell);
        }
        return cells;
    }

    private static List<TableCell.Alignment> alignments(List<TableCell> headerCells) {
        return headerCells.stream().map(TableCell::getAlignment).toList();
    }

    private static int[] columnWidths(List<AttributedString> header, List<List<AttributedString>> body) {
        int[] widths = new int[header.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = header.get(column).columnLength();
            for (List<AttributedString> row : body) {
                widths[column] = Math.max(widths[column], cell(row, column).columnLength());
            }
        }
        return widths;
    }

    private static int gridWidth(int[] widths) {
        int total = COLUMN_GAP.length() * Math.max(0, widths.length - 1);
        for (int width : widths) {
            total += width;
        }
        return total;
    }

    private void grid(LineWriter out, List<AttributedString> header, List<TableCell.Alignment> alignments,
                      List<List<AttributedString>> body, int[] widths) {
        out.line(gridRow(header, alignments, widths));
        AttributedStringBuilder rule = new AttributedStringBuilder().style(styles.frame());
        for (int column = 0; column < widths.length; column++) {
            rule.append(column == 0 ? "" : RULE_CROSSING).append("─".repeat(widths[column]));
        }
        out.line(rule.toAttributedString());
        body.forEach(row -> out.line(gridRow(row, alignments, widths)));
    }

    private AttributedString gridRow(List<AttributedString> row, List<TableCell.Alignment> alignments, int[] widths) {
        AttributedStringBuilder line = new AttributedStringBuilder();
        for (int column = 0; column < widths.length; column++) {
            if (column > 0) {
                line.append(COLUMN_GAP, styles.frame());
            }
            AttributedString cell = cell(row, column);
            int space = widths[column] - cell.columnLength();
            int before = switch (alignments.get(column) == null ? TableCell.Alignment.LEFT : alignments.get(column)) {
                case LEFT -> 0;
                case CENTER -> space / 2;
                case RIGHT -> space;
            };
            line.append(" ".repeat(before)).append(cell).append(" ".repeat(space - before));
        }
        return line.toAttributedString();
    }

    private static void byRow(LineWriter out, List<AttributedString> header, List<List<AttributedString>> body) {
        AttributedString hangingIndent = new AttributedString("  ");
        for (List<AttributedString> row : body) {
            for (int column = 0; column < header.size(); column++) {
                AttributedStringBuilder entry = new AttributedStringBuilder();
                if (header.get(column).length() > 0) {
                    entry.append(header.get(column)).append(": ");
                }
                out.pushMargin(AttributedString.EMPTY, hangingIndent);
                out.lines(WordWrap.lines(entry.append(cell(row, column)).toAttributedString(), out.width()));
                out.popMargin();
            }
            out.endBlock();
        }
    }

    /** A row may have fewer cells than the header has columns. */
    private static AttributedString cell(List<AttributedString> row, int column) {
        return column < row.size() ? row.get(column) : AttributedString.EMPTY;
    }
}
