package org.lede.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** How {@link TextDecoder} turns bytes of unknown charset into text. */
class TextDecoderTest {
  private static final String FRENCH = "GEN\u00c8VE: Le maire Val\u00e9rie Cl\u00e9ment a inaugur\u00e9 "
      + "la passerelle du Rh\u00f4ne, \u00ab un ouvrage attendu depuis dix ans \u00bb, a-t-elle d\u00e9clar\u00e9.";

  @Test
  void clean_utf8_is_read_as_utf8() {
    TextDecoder.Decoded d = TextDecoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8), null);

    assertThat(d.text()).isEqualTo(FRENCH);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void utf8_bom_is_dropped() {
    assertThat(TextDecoder.decode("\uFEFFTokyo".getBytes(StandardCharsets.UTF_8), null).text()).isEqualTo("Tokyo");
  }

  @Test
  void latin1_is_recognised_and_its_accents_kept() {
    TextDecoder.Decoded d = TextDecoder.decode(FRENCH.getBytes(StandardCharsets.ISO_8859_1), null);

    assertThat(d.text()).isEqualTo(FRENCH);
  }

  @Test
  void declared_charset_is_used_when_the_bytes_fit_it() {
    byte[] bytes = "\u00c4rger in K\u00f6ln".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(TextDecoder.decode(bytes, StandardCharsets.ISO_8859_1).text()).isEqualTo("\u00c4rger in K\u00f6ln");
  }

  @Test
  void declared_charset_the_bytes_do_not_fit_is_ignored() {
    byte[] bytes = FRENCH.getBytes(StandardCharsets.UTF_8);

    assertThat(TextDecoder.decode(bytes, StandardCharsets.US_ASCII).text()).isEqualTo(FRENCH);
  }

  @Test
  void utf16_little_endian_with_bom_is_decoded() {
    byte[] bytes = ("\uFEFF" + FRENCH).getBytes(StandardCharsets.UTF_16LE);

    TextDecoder.Decoded d = TextDecoder.decode(bytes, null);

    assertThat(d.text()).isEqualTo(FRENCH);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE);
  }

  @Test
  void utf16_big_endian_with_bom_is_decoded() {
    byte[] bytes = ("\uFEFF" + FRENCH).getBytes(StandardCharsets.UTF_16BE);

    assertThat(TextDecoder.decode(bytes, null).text()).isEqualTo(FRENCH);
  }

  @Test
  void utf8_with_one_corrupt_byte_keeps_its_curly_quotes_and_accents() {
    String good = "\u201cWe will rebuild,\u201d said Mar\u00eda L\u00f3pez, the mayor\u2019s deputy. ";
    byte[] text = (good + good).getBytes(StandardCharsets.UTF_8);
    byte[] broken = Arrays.copyOf(text, text.length + 1);
    broken[text.length] = (byte) 0xE2;

    TextDecoder.Decoded d = TextDecoder.decode(broken, null);

    assertThat(d.text()).startsWith(good + good).hasSize(good.length() * 2 + 1);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void any_bytes_decode_to_some_text() {
    byte[] bytes = new byte[256];
    for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) i;

    TextDecoder.Decoded d = TextDecoder.decode(bytes, null);

    assertThat(d.text()).isNotEmpty();
    assertThat(d.charset()).isNotNull();
  }

  @Test
  void empty_bytes_decode_to_empty_text() {
    assertThat(TextDecoder.decode(new byte[0], null).text()).isEmpty();
  }

  @Test
  void detector_names_a_charset_java_knows_or_nothing() {
    Charset c = TextDecoder.detect(FRENCH.getBytes(StandardCharsets.ISO_8859_1));

    assertThat(c == null || Charset.isSupported(c.name())).isTrue();
  }
}
