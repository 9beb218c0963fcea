package org.lede.time;

import java.time.LocalDate;
import org.lede.article.StatedTime.Precision;

/**
 * A date written in an article's text ("Feb. 24", "on Thursday", "last year"), resolved against the article's own
 * date.
 *
 * @param text      the words as written
 * @param start     UTF-16 offset in the article's text
 * @param end       offset just past it
 * @param date      the first day it denotes, or null when the article has no date to resolve it against
 * @param precision DAY, MONTH or YEAR
 * @param relative  true when it only means something against the article's date ("yesterday", "next month")
 */
public record DateMention(String text, int start, int end, LocalDate date, Precision precision, boolean relative) {}
