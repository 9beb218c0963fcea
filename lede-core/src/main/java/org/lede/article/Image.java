package org.lede.article;

/**
 * An image shown with an article.
 *
 * @param url     where the image is, or null when only its caption survived (text dumps)
 * @param caption the caption without its credit, or null
 * @param credit  the credit without parentheses ("File/AFP"), or null
 */
public record Image(String url, String caption, String credit) {}
