package org.lede.entity;

import java.util.List;

/**
 * What an article says a person is, next to one mention of the name.
 *
 * @param titles honorifics and ranks written before the name ("Maj. Gen.")
 * @param roles  offices and descriptions ("US President", "a geopolitical analyst at Mizuho Bank")
 * @param age    age in years ("Takaichi, 64"), or null
 */
record Description(List<String> titles, List<String> roles, Integer age) {
  static final Description NONE = new Description(List.of(), List.of(), null);
}
