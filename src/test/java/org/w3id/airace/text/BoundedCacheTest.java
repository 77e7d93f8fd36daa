package org.w3id.airace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

  @Test
  void computesOnceAndForgetsTheLeastRecentlyUsedBeyondItsCapacity() {
    List<String> computed = new ArrayList<>();
    BoundedCache<String, Integer> cache = new BoundedCache<>(2);
    java.util.function.Function<String, Integer> length =
        key -> {
          computed.add(key);
          return key.length();
        };
    assertThat(cache.get("a", length)).isEqualTo(1);
    assertThat(cache.get("bb", length)).isEqualTo(2);
    assertThat(cache.get("a", length)).isEqualTo(1); // remembered; "a" is now the most recent
    assertThat(cache.get("ccc", length)).isEqualTo(3); // "bb" goes
    assertThat(cache.get("a", length)).isEqualTo(1);
    assertThat(cache.get("bb", length)).isEqualTo(2); // computed again
    assertThat(computed).containsExactly("a", "bb", "ccc", "bb");
    assertThat(cache.size()).isEqualTo(2);
  }
}
