/** Scores Lede's entity layer against CoNLL-2003 English NER data, with the CRF alone as the baseline. */
package org.lede.eval.entities;
