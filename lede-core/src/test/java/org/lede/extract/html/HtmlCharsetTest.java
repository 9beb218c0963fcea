package org.lede.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlCharsetTest {
  @Test
  void utf8_check_agrees_with_the_jdks_strict_decoder() {
    Random random = new Random(11);
    byte[] interesting = {0x41, (byte) 0xC2, (byte) 0xC3, (byte) 0xA4, (byte) 0xE0, (byte) 0xA0, (byte) 0xED,
        (byte) 0xBF, (byte) 0xF0, (byte) 0x90, (byte) 0xF4, (byte) 0x8F, (byte) 0xF5, (byte) 0x80, (byte) 0xC0,
        (byte) 0xFF};
    for (int i = 0; i < 50_000; i++) {
      byte[] bytes = new byte[random.nextInt(8)];
      for (int j = 0; j < bytes.length; j++) bytes[j] = interesting[random.nextInt(interesting.length)];
      assertThat(HtmlCharset.isUtf8(bytes)).as(java.util.HexFormat.of().formatHex(bytes)).isEqualTo(strict(bytes));
    }
  }

  @Test
  void a_page_declaring_latin1_is_read_as_windows_1252_and_valid_utf8_wins_over_a_stale_declaration() {
    byte[] latin1 = "<meta charset=iso-8859-1><p>Gr\u00fc\u00dfe \u0080</p>".getBytes(StandardCharsets.ISO_8859_1);
    latin1[latin1.length - 5] = (byte) 0x80;
    HtmlCharset.Decoded decoded = HtmlCharset.decode(latin1, null);
    assertThat(decoded.charset().name()).isEqualTo("windows-1252");
    assertThat(decoded.text()).contains("Gr\u00fc\u00dfe \u20ac");

    byte[] utf8 = "<meta charset=iso-8859-1><p>Gr\u00fc\u00dfe</p>".getBytes(StandardCharsets.UTF_8);
    assertThat(HtmlCharset.decode(utf8, null).charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(HtmlCharset.decode(utf8, null).text()).contains("Gr\u00fc\u00dfe");
  }

  private static boolean strict(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
