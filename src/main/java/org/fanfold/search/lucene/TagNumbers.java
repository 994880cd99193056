package org.fanfold.search.lucene;

import java.util.Arrays;
import java.util.List;

/**
 * Dense numbers for the facet tags an engine's segments carry, given in order of how many works carry each tag, so
 * the most carried tags have the smallest numbers: the first {@link #headSize()} of them (the head) are counted in
 * an array small enough to stay in a core's cache, where counting by tag id scattered a broad query's increments
 * over an array of every tag ever made.
 *
 * <p>Numbers are never taken back or changed (segments' columns hold them), so the order is only as good as what
 * was known when a tag was first met: the segments read together when a searcher opens the index (at start, all of
 * them) are numbered by their combined counts; a tag first met in a later segment gets the next free number, in
 * the tail once the head is full. Counting stays exact either way ({@link FacetCounter} counts the tail whenever a
 * tail tag could make a top); only its speed depends on the order, and a restart renumbers.
 *
 * <p>Thread-safe.
 */
final class TagNumbers {

    /**
     * Head numbers by default: 65,536 ({@code char}s in the columns), a 256 KB count array per core, which fits the
     * L2 cache of the machines measured (1 MB); on a million works they carry three quarters of all facet tags, and
     * every tag carried by more than 22 works.
     */
    static final int HEAD = 65_536;

    private final int headSize;
    /** By tag id: its number plus one; 0 for a tag not numbered yet. Grown as larger ids come. */
    private int[] numberOfId = new int[0];
    /** By number: its tag id. Grown by copying, so a snapshot's array never changes below its count. */
    private int[] idOfNumber = new int[1024];

    private int count;

    TagNumbers(int headSize) {
        if (headSize < 1 || headSize > HEAD) throw new IllegalArgumentException("head size " + headSize);
        this.headSize = headSize;
    }

    /** How many numbers, from 0, are the head. */
    int headSize() {
        return headSize;
    }

    /**
     * Numbers {@code columns}' tags not numbered yet, those carried by more of their documents first (then by id),
     * and returns each column's numbers in the order of its tags.
     *
     * @param tagIds by column: its distinct tag ids
     * @param tagDocs by column: how many of its documents carry each, same positions
     */
    synchronized int[][] number(List<int[]> tagIds, List<int[]> tagDocs) {
        int maxId = -1;
        for (int[] ids : tagIds) for (int id : ids) maxId = Math.max(maxId, id);
        if (maxId >= numberOfId.length) {
            numberOfId = Arrays.copyOf(numberOfId, Math.max(maxId + 1, numberOfId.length + (numberOfId.length >> 1)));
        }
        // the new tags and their documents summed over the columns; while they are gathered a new tag's entry in
        // numberOfId holds minus its place among them
        int[] freshIds = new int[16];
        int[] freshDocs = new int[16];
        int fresh = 0;
        for (int c = 0; c < tagIds.size(); c++) {
            int[] ids = tagIds.get(c);
            int[] docs = tagDocs.get(c);
            for (int i = 0; i < ids.length; i++) {
                int at = numberOfId[ids[i]];
                if (at > 0) continue;
                if (at == 0) {
                    if (fresh == freshIds.length) {
                        freshIds = Arrays.copyOf(freshIds, fresh * 2);
                        freshDocs = Arrays.copyOf(freshDocs, fresh * 2);
                    }
                    freshIds[fresh] = ids[i];
                    numberOfId[ids[i]] = at = -(++fresh);
                }
                freshDocs[-at - 1] += docs[i];
            }
        }
        // (MAX - documents, id): ascending is most carried first, then by id
        long[] keys = new long[fresh];
        for (int i = 0; i < fresh; i++) keys[i] = ((long) (Integer.MAX_VALUE - freshDocs[i]) << 32) | freshIds[i];
        Arrays.sort(keys);
        if (count + keys.length > idOfNumber.length) {
            idOfNumber = Arrays.copyOf(idOfNumber, Math.max(count + keys.length, idOfNumber.length * 2));
        }
        for (long key : keys) {
            int id = (int) key;
            idOfNumber[count] = id;
            numberOfId[id] = ++count;
        }
        int[][] out = new int[tagIds.size()][];
        for (int c = 0; c < out.length; c++) {
            int[] ids = tagIds.get(c);
            out[c] = new int[ids.length];
            for (int i = 0; i < ids.length; i++) out[c][i] = numberOfId[ids[i]] - 1;
        }
        return out;
    }

    /** The number of the tag with this id, or -1 when none is given (no segment carries it). */
    synchronized int numberOf(long id) {
        return id < 0 || id >= numberOfId.length ? -1 : numberOfId[(int) id] - 1;
    }

    /**
     * The numbers given so far: {@code ids()[n]} is number n's tag id for every n below {@code count()}.
     *
     * @param ids by number, its tag id (longer than count: read only below it)
     * @param count how many numbers are given
     */
    record Snapshot(int[] ids, int count) {}

    /** The numbers given so far; those of a later {@link #number} call are not in it. */
    synchronized Snapshot snapshot() {
        return new Snapshot(idOfNumber, count);
    }
}
