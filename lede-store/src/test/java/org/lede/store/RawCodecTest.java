package org.lede.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.luben.zstd.Zstd;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Stored inputs are inflated to the size recorded beside them and no further: a zstd frame that would inflate to
 * 256 MB (a decompression bomb written into the store) is refused as corrupt, not held in memory.
 */
class RawCodecTest {
  @Test
  void a_stored_input_comes_back_as_written() {
    byte[] raw = "<html><body><p>Ferries returned to Marrow Island.</p></body></html>".getBytes(StandardCharsets.UTF_8);

    assertThat(RawCodec.ZSTD.decompress(RawCodec.ZSTD.compress(raw), raw.length)).isEqualTo(raw);
  }

  @Test
  void a_frame_that_inflates_past_its_recorded_size_is_refused_not_inflated() {
    byte[] bomb = Zstd.compress(new byte[256 << 20], 1);
    assertThat(bomb.length).isLessThan(64 * 1024);

    assertThatThrownBy(() -> RawCodec.ZSTD.decompress(bomb, 4096)).isInstanceOf(StoreException.class);
  }

  @Test
  void a_frame_cut_short_is_refused_as_corrupt() {
    byte[] packed = RawCodec.ZSTD.compress(new byte[100_000]);
    byte[] cut = java.util.Arrays.copyOf(packed, packed.length / 2);

    assertThatThrownBy(() -> RawCodec.ZSTD.decompress(cut, 100_000)).isInstanceOf(StoreException.class);
  }
}
