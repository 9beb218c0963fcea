package org.lede.quantity;

/**
 * One number an article reports.
 *
 * @param text       the words as written, from the hedge to the unit ("at least 6,000", "5 trillion yen ($30 billion)")
 * @param start      UTF-16 offset of {@code text} in the article text
 * @param end        offset just past it
 * @param value      the number (the lower bound of a range)
 * @param upper      the upper bound of a range ("between 5 and 7"), else null
 * @param unit       ISO 4217 code for money ("JPY"), "%" for percentages, "years of age" for ages, "fraction" for
 *                   "half" and "two-thirds", else null for plain counts
 * @param qualifier  how the writer hedged it
 * @param counts     what it counts or describes ("people inquiring about volunteering for service", "seats",
 *                   "boy", or for "Takaichi, 64" the person), else null
 * @param ofTotal    the whole it is a part of ("300 seats in the 465-seat lower house": 465), else null
 * @param equivalent the amount stated beside it in another unit ("($30 billion)"), else null
 */
public record Quantity(
    String text, int start, int end, double value, Double upper, String unit, Qualifier qualifier, String counts,
    Double ofTotal, Amount equivalent) {

  /**
   * A value in a unit, as stated alongside another.
   *
   * @param value the number
   * @param unit  ISO 4217 code or other unit
   */
  public record Amount(double value, String unit) {}
}
