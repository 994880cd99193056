package org.fanfold.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.fanfold.importing.SourceText.Line;
import org.fanfold.shared.TextFormat;

/**
 * The body of a story, read into chapters of paragraphs and scene breaks, with the end notes taken off the end.
 *
 * <p>A blank line separates paragraphs; two or more, or a lone marker line ({@code * * *}, {@code oOo}), are a
 * scene break. Breaks at the start or end of a chapter, or twice in a row, are dropped. A {@code Chapter N} line
 * starts a chapter; text before the first one belongs to chapter 1. The end notes are a closing paragraph that
 * opens with "A/N", "AN:" or "Author's Note", with whatever paragraphs follow it (at most {@value #MAX_NOTE_TAIL}).
 *
 * @param chapters at least one chapter
 * @param endNotes the end notes as plain text, without their opener; "" when there are none
 */
record StoryBody(List<Chapter> chapters, String endNotes) {

    private static final int MAX_NOTE_TAIL = 2;

    /** A paragraph (its lines) or, when {@code lines} is empty, a scene break. */
    record Block(List<Line> lines) {
        static final Block BREAK = new Block(List.of());

        boolean isBreak() {
            return lines.isEmpty();
        }

        String text() {
            return lines.stream().map(Line::stripped).collect(Collectors.joining("\n"));
        }
    }

    /**
     * One chapter as read.
     *
     * @param title the heading's title, "" when it has none
     * @param line the heading's line, or the first line of the body for a chapter without heading
     */
    record Chapter(String title, int line, List<Block> blocks) {
        /** The chapter as sanitized HTML: paragraphs, line breaks and {@code <hr />} between scenes. */
        String html() {
            var scenes = new ArrayList<String>();
            var scene = new StringBuilder();
            for (Block b : blocks) {
                if (b.isBreak()) {
                    if (!scene.isEmpty()) scenes.add(TextFormat.PLAIN.toHtml(scene.toString()));
                    scene.setLength(0);
                } else {
                    scene.append(b.text()).append("\n\n");
                }
            }
            if (!scene.isEmpty()) scenes.add(TextFormat.PLAIN.toHtml(scene.toString()));
            return String.join("\n<hr />\n", scenes);
        }

        boolean empty() {
            return blocks.stream().allMatch(Block::isBreak);
        }
    }

    /** Reads {@code lines} (the body, without header or title line) into chapters. */
    static StoryBody read(List<Line> lines) {
        var chapters = new ArrayList<Chapter>();
        int firstLine = lines.isEmpty() ? 0 : lines.getFirst().number();
        Chapter current = new Chapter("", firstLine, new ArrayList<>());
        boolean headed = false;
        List<Line> paragraph = null;
        int blanks = 0;
        for (Line line : lines) {
            if (line.blank()) {
                blanks++;
                paragraph = null;
                continue;
            }
            String chapterTitle = LineKinds.chapterTitle(line.text());
            if (chapterTitle != null) {
                // Text before the first heading is the start of chapter 1, not a chapter of its own.
                var blocks = headed ? new ArrayList<Block>() : current.blocks();
                if (headed) chapters.add(current);
                current = new Chapter(chapterTitle, line.number(), blocks);
                headed = true;
                paragraph = null;
                blanks = 0;
                continue;
            }
            if (LineKinds.sceneBreak(line.text())) {
                current.blocks().add(Block.BREAK);
                paragraph = null;
                blanks = 0;
                continue;
            }
            if (blanks >= 2) current.blocks().add(Block.BREAK);
            blanks = 0;
            if (paragraph == null) {
                paragraph = new ArrayList<>();
                current.blocks().add(new Block(paragraph));
            }
            paragraph.add(line);
        }
        chapters.add(current);
        String endNotes = takeEndNotes(chapters.getLast().blocks());
        return new StoryBody(chapters.stream().map(StoryBody::tidy).toList(), endNotes);
    }

    /** Removes the end notes from the end of {@code blocks} and returns them, or "" when there are none. */
    private static String takeEndNotes(List<Block> blocks) {
        int end = blocks.size();
        while (end > 0 && blocks.get(end - 1).isBreak()) end--;
        // The opener must follow some story text and no scene break may come after it.
        for (int i = end - 1;
                i > 0 && i >= end - 1 - MAX_NOTE_TAIL && !blocks.get(i).isBreak();
                i--) {
            String note = LineKinds.endNote(blocks.get(i).text());
            if (note == null) continue;
            var parts = new ArrayList<String>();
            if (!note.isEmpty()) parts.add(note);
            for (int j = i + 1; j < end; j++) parts.add(blocks.get(j).text());
            blocks.subList(i, blocks.size()).clear();
            return String.join("\n\n", parts);
        }
        return "";
    }

    /** Drops breaks at the ends of a chapter and breaks that follow breaks. */
    private static Chapter tidy(Chapter chapter) {
        var blocks = new ArrayList<Block>();
        for (Block b : chapter.blocks()) {
            if (b.isBreak() && (blocks.isEmpty() || blocks.getLast().isBreak())) continue;
            blocks.add(b);
        }
        while (!blocks.isEmpty() && blocks.getLast().isBreak()) blocks.removeLast();
        return new Chapter(chapter.title(), chapter.line(), blocks);
    }
}
