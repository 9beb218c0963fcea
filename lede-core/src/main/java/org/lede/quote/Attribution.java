package org.lede.quote;

import java.util.List;

/**
 * One speech cue read in a sentence, before its source is resolved.
 *
 * @param cueFirst      first token of the cue ("has" in "has said")
 * @param cueEnd        token index just past the cue
 * @param sourceFirst   first token of the source as written
 * @param sourceEnd     token index just past the source
 * @param antecedent    for "who said": token range [from, to) of the phrase "who" hangs on, else null
 * @param directSpans   indexes of the direct quotes this cue attributes (may be empty)
 * @param contentStart  start offset of reported (indirect) content, or -1
 * @param contentEnd    end offset of reported content, or -1
 * @param addressee     who was told, as written, or null
 * @param medium        where it was said, as written, or null
 * @param rest          for a cue inside the reported words ("This campaign, she says, is different"), the offsets
 *                      [start, end) of the words after it, else null
 */
record Attribution(int cueFirst, int cueEnd, int sourceFirst, int sourceEnd, int[] antecedent,
    List<Integer> directSpans, int contentStart, int contentEnd, String addressee, String medium, int[] rest) {}
