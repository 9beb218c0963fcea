package org.lede.app.bench;

/**
 * One HTML page held in memory for benchmarking.
 *
 * @param name  where it came from
 * @param url   the page's URL when known, else a made-up one (peers want a base URL)
 * @param bytes the page as fetched
 * @param html  the page decoded once up front, for peers that take a string
 */
record BenchPage(String name, String url, byte[] bytes, String html) {}
