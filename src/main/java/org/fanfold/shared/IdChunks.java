package org.fanfold.shared;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Ids written into SQL {@code IN (...)} lists a few hundred at a time, so a long list never meets a database's limit
 * on a statement's size. Ids are numbers, never user text, so writing them into SQL is safe.
 */
public final class IdChunks {

    /** How many ids one list holds. */
    public static final int SIZE = 500;

    private IdChunks() {}

    /** Runs {@code query} with each chunk of the distinct {@code ids}, comma-separated ("3,5,8"); not for none. */
    public static void forEach(Collection<Long> ids, Consumer<String> query) {
        List<Long> list = ids.stream().distinct().toList();
        for (int i = 0; i < list.size(); i += SIZE) {
            query.accept(String.join(
                    ",",
                    list.subList(i, Math.min(list.size(), i + SIZE)).stream()
                            .map(String::valueOf)
                            .toList()));
        }
    }
}
