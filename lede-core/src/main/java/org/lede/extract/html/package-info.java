/** HTML pages: metadata, body by content scoring, captions, subheads, charset. */
package org.lede.extract.html;
