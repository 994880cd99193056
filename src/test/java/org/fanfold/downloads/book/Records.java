package org.fanfold.downloads.book;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds records of other modules for fixtures by component name, with a neutral value for each component not
 * named (false, 0, "", empty collections, null), so fixtures keep compiling when those records gain components.
 */
final class Records {

    private Records() {}

    static <R extends Record> R of(Class<R> type, Map<String, ?> values) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        Set<String> unused = new HashSet<>(values.keySet());
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            String name = components[i].getName();
            args[i] = values.containsKey(name) ? values.get(name) : neutral(types[i]);
            unused.remove(name);
        }
        if (!unused.isEmpty()) throw new IllegalArgumentException(type.getSimpleName() + " has no " + unused);
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
        }
    }

    private static Object neutral(Class<?> type) {
        if (type == boolean.class) return false;
        if (type == int.class) return 0;
        if (type == long.class) return 0L;
        if (type == String.class) return "";
        if (type == List.class) return List.of();
        if (type == Map.class) return Map.of();
        if (type == Set.class) return Set.of();
        return null;
    }
}
