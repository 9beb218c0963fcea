package org.lede.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lede.quantity.Qualifier;
import org.lede.quantity.Quantity;

/** How a marked number is described to the reader: its value, unit, hedge and what it counts. Stateless. */
final class Numbers {
  private Numbers() {}

  /** "6000 people inquiring about volunteering (at least)"; "5 to 7"; "30 percent". */
  static String describe(Quantity n) {
    List<String> parts = new ArrayList<>();
    String value = plain(n.value()) + (n.upper() == null ? "" : " to " + plain(n.upper()));
    if (n.unit() == null) parts.add(value);
    else if (n.unit().equals("%")) parts.add(value + " percent");
    else if (n.unit().length() == 3 && n.unit().equals(n.unit().toUpperCase(Locale.ROOT))) parts.add(n.unit() + " " + value);
    else parts.add(value + " " + n.unit());
    if (n.counts() != null && !n.counts().isBlank()) parts.add(n.counts());
    if (n.ofTotal() != null) parts.add("of " + plain(n.ofTotal()));
    String text = String.join(" ", parts);
    if (n.qualifier() != null && n.qualifier() != Qualifier.NONE && n.qualifier() != Qualifier.EXACTLY) {
      text += " (" + n.qualifier().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }
    return "Number: " + text;
  }

  /** The value in plain digits, without a trailing ".0": 6000, 2.5, 1500000000. */
  static String plain(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) return String.valueOf(v);
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
