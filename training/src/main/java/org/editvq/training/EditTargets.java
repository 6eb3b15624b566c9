package org.editvq.training;

import org.editvq.core.canon.CanonicalizationMode;
import org.editvq.core.canon.Canonicalizer;
import org.editvq.core.edits.AppliedScript;
import org.editvq.core.edits.Brackets;
import org.editvq.core.edits.EditScripts;
import org.editvq.core.edits.ScriptGrammar;
import org.editvq.core.edits.ScriptMarkers;
import org.editvq.core.vocab.Vocabulary;
import org.editvq.models.DecodeConstraint;
import org.editvq.models.Decoded;
import org.editvq.models.DecoderTarget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

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
     * @param dropped hunks that did not apply, were cut at the length limit, or were left out to keep the
     *                brackets nested or the program parsing, and were skipped
     * @param unbalanced of the dropped hunks, those left out because their result would not have nested
     *                   its brackets ({@link EditScripts#applyWellFormed} with {@link Brackets#wellNested}) or,
     *                   with a check ({@link EditDecoding#CHECKED}), would not have passed it
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

    /**
     * The decoding constraint of a model's outputs for the source {@code sourceIds}: for an edit
     * decoder the grammar of scripts whose hunks all apply to the source ({@link ScriptGrammar}),
     * for a program decoder none (null).
     */
    public static DecodeConstraint constraint(DecoderTarget decoder, Vocabulary vocabulary, int[] sourceIds) {
        if (decoder == DecoderTarget.PROGRAM) {
            return null;
        }
        ScriptGrammar grammar = new ScriptGrammar(sourceIds, markers(vocabulary), Vocabulary.EOS);
        return () -> new GrammarSequence(grammar.walk());
    }

    /** One decoded sequence's walk through the script grammar. */
    private record GrammarSequence(ScriptGrammar.Walk walk) implements DecodeConstraint.Sequence {
        @Override
        public void restrict(double[] logProbabilities) {
            walk.restrict(logProbabilities);
        }

        @Override
        public void accept(int token) {
            walk.accept(token);
        }

        @Override
        public DecodeConstraint.Sequence copy() {
            return new GrammarSequence(walk.copy());
        }
    }

    /**
     * Whether the script grammar of {@code sourceIds} ({@link ScriptGrammar}) accepts {@code output}
     * token by token and then the end of the sequence: what {@link #constraint} lets a decoder write.
     * Every script {@link #output} builds is accepted except the rare one whose insertion repeats a
     * block {@link ScriptGrammar#REPEATS} times; training reports the share ({@code trainScriptsInGrammar}).
     */
    public static boolean inGrammar(int[] sourceIds, int[] output, ScriptMarkers<Integer> markers) {
        ScriptGrammar.Walk walk = new ScriptGrammar(sourceIds, markers, Vocabulary.EOS).walk();
        for (int token : output) {
            if (!walk.allows(token)) {
                return false;
            }
            walk.accept(token);
        }
        return walk.allows(Vocabulary.EOS);
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
     * An edit decoder's output cut at the length limit ({@code !decoded.finished()}) ends inside a hunk
     * that was never finished (typically a repetition running to the limit): that last hunk is not
     * applied and counts as dropped; the hunks before it apply as usual.
     *
     * @param sourceIds    x as ids
     * @param sourceTokens x as canonical tokens (the same length)
     * @param decoded      the decoder's output ids (without BOS/EOS) and whether it finished
     */
    public static Program program(DecoderTarget decoder, Vocabulary vocabulary, int[] sourceIds,
                                  List<String> sourceTokens, Decoded decoded) {
        return program(decoder, vocabulary, sourceIds, sourceTokens, decoded, null);
    }

    /**
     * {@link #program(DecoderTarget, Vocabulary, int[], List, Decoded)}, keeping the edited program
     * {@code accepted} as well (e.g. {@link #parsesAgain}): see {@link #program(DecoderTarget, Vocabulary, int[],
     * List, int[], Predicate)}.
     */
    public static Program program(DecoderTarget decoder, Vocabulary vocabulary, int[] sourceIds,
                                  List<String> sourceTokens, Decoded decoded, Predicate<List<String>> accepted) {
        if (decoder == DecoderTarget.PROGRAM || decoded.finished()) {
            return program(decoder, vocabulary, sourceIds, sourceTokens, decoded.tokens(), accepted);
        }
        int[] output = decoded.tokens();
        int hunk = vocabulary.id(ScriptMarkers.HUNK);
        int last = output.length;
        while (last > 0 && output[last - 1] != hunk) {
            last--;
        }
        if (last == 0) { // no hunk at all: the script is unfinished garbage; nothing applies
            Program none = program(decoder, vocabulary, sourceIds, sourceTokens, new int[0], accepted);
            return output.length == 0 ? none : new Program(none.tokens(), 1, 1, 0);
        }
        Program kept = program(decoder, vocabulary, sourceIds, sourceTokens, Arrays.copyOf(output, last - 1),
                accepted);
        return new Program(kept.tokens(), kept.hunks() + 1, kept.dropped() + 1, kept.unbalanced());
    }

    /**
     * The program a finished decoder output stands for (see {@link #program(DecoderTarget, Vocabulary, int[],
     * List, Decoded)} for outputs cut at the length limit).
     *
     * @param sourceIds    x as ids
     * @param sourceTokens x as canonical tokens (the same length)
     * @param output       the decoder's output ids, without BOS/EOS
     */
    public static Program program(DecoderTarget decoder, Vocabulary vocabulary, int[] sourceIds,
                                  List<String> sourceTokens, int[] output) {
        return program(decoder, vocabulary, sourceIds, sourceTokens, output, null);
    }

    /**
     * The program a finished decoder output stands for, kept {@code accepted} as well: when the well-formed
     * application of an edit script is not accepted (say, it does not parse) but the input is, its hunks are
     * added one at a time and each kept only if the program stays accepted
     * ({@link EditScripts#applyWellFormed(List, List, ScriptMarkers, Predicate, Predicate)}); the hunks left out
     * count as {@link Program#unbalanced()}. Ignored for a program decoder, whose output is what it is.
     *
     * @param accepted the check of an edited program's tokens (null: none)
     */
    public static Program program(DecoderTarget decoder, Vocabulary vocabulary, int[] sourceIds,
                                  List<String> sourceTokens, int[] output, Predicate<List<String>> accepted) {
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
                ids -> Brackets.wellNested(ids.stream().map(vocabulary::token).toList()),
                accepted == null ? null : a -> accepted.test(texts(a, sourceTokens, vocabulary)));
        return new Program(texts(applied, sourceTokens, vocabulary), applied.hunks(), applied.dropped(),
                applied.unbalanced());
    }

    /** The edited program's tokens: the input's own text for every kept token, the vocabulary's for inserted ones. */
    private static List<String> texts(AppliedScript<Integer> applied, List<String> sourceTokens,
                                      Vocabulary vocabulary) {
        int[] origin = applied.origin();
        List<String> tokens = new ArrayList<>(origin.length);
        for (int i = 0; i < origin.length; i++) {
            tokens.add(origin[i] >= 0 ? sourceTokens.get(origin[i]) : vocabulary.token(applied.program().get(i)));
        }
        return tokens;
    }

    /**
     * Whether canonical tokens parse again: rendered by {@code canonicalizer} and canonicalized without a
     * problem (the check of a suggestion's parse rate in the demo and {@code reproduce}). The predicate
     * remembers its answers, so one per input serves all of that input's decodes cheaply; it is thread-safe.
     */
    public static Predicate<List<String>> parsesAgain(Canonicalizer canonicalizer) {
        java.util.Map<List<String>, Boolean> seen = new java.util.concurrent.ConcurrentHashMap<>();
        return tokens -> seen.computeIfAbsent(List.copyOf(tokens), t -> canonicalizer.canonicalize(
                canonicalizer.render(t), CanonicalizationMode.GENERIC).ok());
    }

    private static List<Integer> boxed(int[] ids) {
        return Arrays.stream(ids).boxed().toList();
    }
}
