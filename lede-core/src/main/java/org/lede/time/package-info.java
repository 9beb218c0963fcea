/** Times and dates as news states them: absolute, relative, in text and in page metadata. */
package org.lede.time;
