/** What the fuzz tests share: seeds made at run time from the shared data. */
package org.lede.fuzz;
