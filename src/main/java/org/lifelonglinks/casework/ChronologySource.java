package org.lifelonglinks.casework;

import java.util.List;

/**
 * A port for modules above casework whose records belong in a young person's chronology (the young person's own
 * messages and words). Every implementation is asked on each chronology read; its entries use kinds from
 * {@link #KINDS}.
 */
public interface ChronologySource {

    /** The kinds of entry sources may add, beside the ones casework makes itself. */
    List<String> KINDS = List.of("MESSAGE", "YOUNG_PERSON");

    /** The entries of one young person's record, in any order. */
    List<ChronologyEntry> entries(String youngPersonId);
}
