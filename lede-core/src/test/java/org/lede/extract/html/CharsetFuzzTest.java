package org.lede.extract.html;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.lede.fetch.DeclaredCharset;
import org.lede.fuzz.FuzzSeeds;
import org.lede.source.TextDecoder;

/**
 * Charset decoding of any bytes under any declared Content-Type: the page decoder, the text decoder and the
 * charset a response declares each give text (or no charset), never an exception.
 */
class CharsetFuzzTest {
  @BeforeAll
  static void seeds() {
    List<byte[]> seeds = new ArrayList<>();
    for (byte[] page : FuzzSeeds.htmlPages(20)) {
      byte[] type = "text/html; charset=windows-1252\n".getBytes(StandardCharsets.US_ASCII);
      byte[] s = new byte[type.length + page.length];
      System.arraycopy(type, 0, s, 0, type.length);
      System.arraycopy(page, 0, s, type.length, page.length);
      seeds.add(s);
    }
    FuzzSeeds.write(CharsetFuzzTest.class, "any_bytes_under_any_content_type_decode_to_text", seeds);
  }

  @FuzzTest(maxDuration = "30s")
  void any_bytes_under_any_content_type_decode_to_text(FuzzedDataProvider data) {
    String contentType = data.consumeAsciiString(80);
    byte[] body = data.consumeRemainingAsBytes();
    java.nio.charset.Charset declared = DeclaredCharset.of(contentType, body);
    HtmlCharset.decode(body, declared);
    TextDecoder.decode(body, declared);
  }
}
