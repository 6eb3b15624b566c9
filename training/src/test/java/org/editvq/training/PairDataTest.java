package org.editvq.training;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PairDataTest {

    @Test
    void overLongAndEmptyPairsAreDroppedAndCounted() {
        List<List<String>> sources = List.of(List.of("a", "b"), List.of("a", "b", "c", "d"), List.of(), List.of("c"),
                List.of("a", "zzz"));
        List<List<String>> targets = List.of(List.of("b"), List.of("a"), List.of("a"), List.of("a", "b", "c", "d"),
                List.of("b", "c", "d"));
        PairData d = PairData.fromTokens(sources, targets, Toy.VOCAB, 3, 3);
        assertEquals(5, d.offered());
        assertEquals(2, d.size());
        assertEquals(2, d.droppedTooLong()); // source of 4 > 3, target of 4 > 3
        assertEquals(1, d.droppedEmpty());
        assertEquals(1, d.unknownTokens()); // "zzz"
        assertArrayEquals(new int[]{5, 6}, d.pairs().get(0).source());
        assertArrayEquals(new int[]{6}, d.pairs().get(0).target());
        assertArrayEquals(new int[]{5, 3}, d.pairs().get(1).source());
        assertEquals(2 + 1 + 2 + 3, d.tokens());

        // Limits are inclusive.
        assertEquals(4, PairData.fromTokens(sources, targets, Toy.VOCAB, 4, 4).size());
        assertThrows(IllegalArgumentException.class,
                () -> PairData.fromTokens(sources, targets.subList(0, 2), Toy.VOCAB, 3, 3));
    }
}
