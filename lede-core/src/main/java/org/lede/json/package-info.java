/** The JSON Lines contract: how articles and what is found in them are written for other programs. */
package org.lede.json;
