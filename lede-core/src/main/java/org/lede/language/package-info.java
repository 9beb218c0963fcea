/** Language identification: which language an article's text is written in, so only fitting analyzers read it. */
package org.lede.language;
