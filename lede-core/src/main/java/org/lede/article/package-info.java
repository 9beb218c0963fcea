/** The article value: what a news page says once its clutter is set apart. */
package org.lede.article;
