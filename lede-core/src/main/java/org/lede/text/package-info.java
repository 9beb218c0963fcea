/** Small text helpers shared by Lede's readers of pages, dumps and times. */
package org.lede.text;
