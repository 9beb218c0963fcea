/** Text dumps of scraped pages: splitting one dump into its articles and setting clutter apart. */
package org.lede.extract.dump;
