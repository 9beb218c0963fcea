package org.lede.article;

import java.util.Objects;

/**
 * The place a story was filed from, as printed at the start of its body ("TOKYO:", "KYIV, Ukraine (AP) —").
 *
 * @param place  the place as written, without the punctuation that ends the dateline ("TOKYO")
 * @param agency the news agency named in it, or null
 * @param raw    the dateline as printed, punctuation included
 */
public record Dateline(String place, String agency, String raw) {
  public Dateline {
    Objects.requireNonNull(place, "place");
  }
}
