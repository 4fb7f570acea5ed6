package org.reluspec.util;

import java.util.function.Supplier;

/** A thread-local value set for the length of one piece of work, then put back as it was (nested work included). */
final class ThreadScope {

    private ThreadScope() {
    }

    /**
     * @param local the thread-local
     * @param value its value during {@code work}
     * @param work the work
     * @param <V> the value's type
     * @param <T> the work's result
     * @return what the work returned
     */
    static <V, T> T with(ThreadLocal<V> local, V value, Supplier<T> work) {
        V before = local.get();
        local.set(value);
        try {
            return work.get();
        } finally {
            if (before == null) {
                local.remove();
            } else {
                local.set(before);
            }
        }
    }
}
