package org.w3id.airace.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A memo of a pure function that forgets the least recently used entries beyond a fixed number, so
 * a long run over a corpus keeps a steady size. Words follow Zipf's law: a few thousand forms make
 * up most of any news text, so a cache of that size answers most look-ups. Not thread-safe, like
 * the tools it sits in front of.
 */
final class BoundedCache<K, V> {
  private final Map<K, V> entries;

  BoundedCache(int capacity) {
    this.entries =
        new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The value for {@code key}, computed by {@code compute} if it is not remembered. */
  V get(K key, Function<K, V> compute) {
    V value = entries.get(key);
    if (value == null) {
      value = compute.apply(key);
      entries.put(key, value);
    }
    return value;
  }

  int size() {
    return entries.size();
  }
}
