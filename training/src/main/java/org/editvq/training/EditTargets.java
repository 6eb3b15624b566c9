package org.editvq.training;

import org.editvq.core.edits.AppliedScript;
import org.editvq.core.edits.Brackets;
import org.editvq.core.edits.EditScripts;
import org.editvq.core.edits.ScriptMarkers;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.DecoderTarget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bridge between a model's {@link DecoderTarget} and token ids: the vocabulary a decoder
 * needs, the decoder output of a training pair, and the program a decoder output stands for.
 */
public final class EditTargets {
    private EditTargets() {
    }

    /**
     * A program decoded from a model's output.
     *
     * @param tokens  the program's canonical tokens (kept tokens of the input keep the input's text,
     *                also where the vocabulary does not know them)
     * @param hunks   hunks of the edit script (0 for a program decoder)
     * @param dropped hunks that did not apply, or were left out to keep the brackets nested, and were skipped
     * @param unbalanced of the dropped hunks, those left out because their result would not have nested
     *                   its brackets ({@link EditScripts#applyWellFormed} with {@link Brackets#wellNested})
     */
    public record Program(List<String> tokens, int hunks, int dropped, int unbalanced) {
        public Program {
            tokens = List.copyOf(tokens);
            if (unbalanced < 0 || unbalanced > dropped || dropped > hunks) {
                throw new IllegalArgumentException("hunks " + hunks + ", dropped " + dropped + ", unbalanced "
                        + unbalanced);
            }
        }
    }

    /** {@code base}, plus the script markers when the decoder emits edit scripts. */
    public static Vocabulary vocabulary(Vocabulary base, DecoderTarget decoder) {
        return decoder == DecoderTarget.EDITS ? base.withTokens(ScriptMarkers.TEXTS) : base;
    }

    /**
     * The script markers as ids of {@code vocabulary}; an error naming the missing marker when one of the
     * four required markers is absent. A vocabulary without {@code <skip>} (edit models saved before it
     * existed) gives four-marker scripts, so such a bundle trains and decodes as before.
     */
    public static ScriptMarkers<Integer> markers(Vocabulary vocabulary) {
        for (String m : ScriptMarkers.REQUIRED_TEXTS) {
            if (!vocabulary.contains(m)) {
                throw new IllegalArgumentException("the vocabulary has no edit-script marker " + m
                        + "; it belongs to a model that decodes whole programs");
            }
        }
        return new ScriptMarkers<>(vocabulary.id(ScriptMarkers.HUNK), vocabulary.id(ScriptMarkers.START),
                vocabulary.id(ScriptMarkers.DELETE), vocabulary.id(ScriptMarkers.INSERT),
                vocabulary.contains(ScriptMarkers.SKIP) ? vocabulary.id(ScriptMarkers.SKIP) : null);
    }

    /** What the decoder learns to emit for the pair (x, y): y itself, or the edit script of x → y. */
    public static int[] output(int[] x, int[] y, DecoderTarget decoder, ScriptMarkers<Integer> markers) {
        if (decoder == DecoderTarget.PROGRAM) {
            return y;
        }
        return EditScripts.between(boxed(x), boxed(y), markers).stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The program a decoder output stands for: the output itself (program decoder, read up to
     * EOS), or x with the output's hunks applied (edit decoder). The edit decoder's hunks are
     * applied with {@link EditScripts#applyWellFormed} and {@link Brackets#wellNested}: when x nests
     * its brackets but x with every hunk would not, the largest subset of hunks that keeps them
     * nested is applied (a decoding constraint, docs/edit-decoding.md; a script of a well-formed
     * program is never changed by it).
     *
     * @param sourceIds    x as ids
     * @param sourceTokens x as canonical tokens (the same length)
     * @param output       the decoder's output ids, without BOS/EOS
     */
    public static Program program(DecoderTarget decoder, Vocabulary vocabulary, int[] sourceIds,
                                  List<String> sourceTokens, int[] output) {
        if (decoder == DecoderTarget.PROGRAM) {
            return new Program(vocabulary.decode(output), 0, 0, 0);
        }
        if (sourceIds.length != sourceTokens.size()) {
            throw new IllegalArgumentException(sourceIds.length + " source ids for " + sourceTokens.size() + " tokens");
        }
        int end = 0;
        while (end < output.length && output[end] != Vocabulary.EOS) {
            end++;
        }
        AppliedScript<Integer> applied = EditScripts.applyWellFormed(boxed(sourceIds),
                boxed(Arrays.copyOf(output, end)), markers(vocabulary),
                ids -> Brackets.wellNested(ids.stream().map(vocabulary::token).toList()));
        int[] origin = applied.origin();
        List<String> tokens = new ArrayList<>(origin.length);
        for (int i = 0; i < origin.length; i++) {
            tokens.add(origin[i] >= 0 ? sourceTokens.get(origin[i]) : vocabulary.token(applied.program().get(i)));
        }
        return new Program(tokens, applied.hunks(), applied.dropped(), applied.unbalanced());
    }

    private static List<Integer> boxed(int[] ids) {
        return Arrays.stream(ids).boxed().toList();
    }
}
