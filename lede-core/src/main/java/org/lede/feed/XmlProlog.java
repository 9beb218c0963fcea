package org.lede.feed;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Removes a DOCTYPE declaration from XML bytes. Netscape's RSS 0.91 feeds still carry one; parsers that refuse
 * DOCTYPEs (to rule out entity expansion attacks) would otherwise refuse those feeds.
 */
final class XmlProlog {
  private static final int SEARCH = 4096;

  private XmlProlog() {}

  static byte[] withoutDoctype(byte[] xml) {
    // Latin-1 keeps byte offsets equal to char offsets, for any ASCII-compatible encoding.
    String head = new String(xml, 0, Math.min(xml.length, SEARCH), StandardCharsets.ISO_8859_1);
    int start = head.toUpperCase(Locale.ROOT).indexOf("<!DOCTYPE");
    if (start < 0) return xml;
    int depth = 0;
    for (int i = start; i < xml.length; i++) {
      byte b = xml[i];
      if (b == '[') depth++;
      else if (b == ']') depth--;
      else if (b == '>' && depth <= 0) {
        byte[] out = new byte[xml.length - (i + 1 - start)];
        System.arraycopy(xml, 0, out, 0, start);
        System.arraycopy(xml, i + 1, out, start, xml.length - i - 1);
        return out;
      }
    }
    return xml;
  }
}
