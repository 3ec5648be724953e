package org.guarantees.scoring.service;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.guarantees.scoring.domain.CountryCodeValidator;

/**
 * Values found by the ASCII bytes of their names, straight from a body: a name is matched where a string's content
 * starts, by its first two bytes and then in full up to the closing quote, so neither the string's end is searched
 * for nor a String built. A match is exact, byte for byte, as databind matches enum constants and the validator
 * matches country codes; since no name holds a quote or a backslash, a match is never an escaped spelling.
 */
final class ByteNames<T> {
    static final int NONE = -1;
    /** One String per code, the validator's own, so that every deal naming a state shares it. */
    static final ByteNames<String> COUNTRY_CODES = new ByteNames<>(CountryCodeValidator.knownCodes(), code -> code);

    /** Reads eight bytes of a body at once, to compare a name a word at a time. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Each name with its closing quote. */
    private final byte[][] names;
    /** The same, eight bytes to a word, the last word padded with zeros; {@link #lastWordMasks} clears the padding. */
    private final long[][] words;
    private final long[] lastWordMasks;
    private final Object[] values;
    /** The names' indexes by a hash of their first two bytes. */
    private final int[][] candidates;
    private final int mask;

    ByteNames(Collection<T> values, Function<T, String> name) {
        this.names = new byte[values.size()][];
        this.words = new long[values.size()][];
        this.lastWordMasks = new long[values.size()];
        this.values = values.toArray();
        int size = Integer.highestOneBit(Math.max(values.size(), 1) * 4);
        this.mask = size - 1;
        List<List<Integer>> bySlot = new ArrayList<>();
        for (int slot = 0; slot < size; slot++) {
            bySlot.add(new ArrayList<>());
        }
        for (int index = 0; index < names.length; index++) {
            @SuppressWarnings("unchecked")
            byte[] bytes = name.apply((T) this.values[index]).getBytes(StandardCharsets.US_ASCII);
            byte[] quoted = Arrays.copyOf(bytes, bytes.length + 1);
            quoted[bytes.length] = '"';
            names[index] = quoted;
            words[index] = wordsOf(quoted);
            int bytesInLastWord = (quoted.length - 1) % Long.BYTES + 1;
            lastWordMasks[index] = bytesInLastWord == Long.BYTES ? -1L : (1L << (8 * bytesInLastWord)) - 1;
            bySlot.get(slot(quoted[0], quoted[1])).add(index);
        }
        this.candidates = bySlot.stream()
                .map(slot -> slot.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** Matches constants by {@link Enum#name()}, as databind does by default. */
    static <E extends Enum<E>> ByteNames<E> constantsOf(Class<E> type) {
        return new ByteNames<>(List.of(type.getEnumConstants()), Enum::name);
    }

    /** The index of the name that {@code json} spells from {@code from} up to a closing quote, or NONE. */
    int find(byte[] json, int from) {
        if (from + 1 >= json.length) {
            return NONE;
        }
        for (int index : candidates[slot(json[from], json[from + 1])]) {
            if (spells(json, from, index)) {
                return index;
            }
        }
        return NONE;
    }

    @SuppressWarnings("unchecked")
    T value(int index) {
        return (T) values[index];
    }

    /** The length of a name, without its closing quote. */
    int length(int index) {
        return names[index].length - 1;
    }

    /** Whether {@code json} holds exactly this name from {@code from}, closed by a quote. */
    boolean spells(byte[] json, int from, int index) {
        long[] name = words[index];
        int last = name.length - 1;
        if (from + name.length * Long.BYTES > json.length) {
            return Arrays.equals(json, from, Math.min(from + names[index].length, json.length), names[index], 0,
                    names[index].length);
        }
        for (int word = 0; word < last; word++) {
            if ((long) WORDS.get(json, from + word * Long.BYTES) != name[word]) {
                return false;
            }
        }
        return ((long) WORDS.get(json, from + last * Long.BYTES) & lastWordMasks[index]) == name[last];
    }

    private static long[] wordsOf(byte[] bytes) {
        long[] words = new long[(bytes.length + Long.BYTES - 1) / Long.BYTES];
        for (int i = 0; i < bytes.length; i++) {
            words[i / Long.BYTES] |= (bytes[i] & 0xFFL) << (8 * (i % Long.BYTES));
        }
        return words;
    }

    private int slot(byte first, byte second) {
        return (first * 31 + second) & mask;
    }
}
