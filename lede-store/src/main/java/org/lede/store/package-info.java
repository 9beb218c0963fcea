/** Lede's system of record: raw inputs, articles and their versions in one SQLite file (WAL mode). */
package org.lede.store;
