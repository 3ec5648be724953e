package org.guarantees.scoring.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Changes to a deal's text that only a reader of raw bytes could get wrong, most of them spoiling it and some harmless:
 * escapes that spell the same name or value, non-ASCII and control characters in strings, numbers in every other form,
 * whitespace of every kind around every token, stray, missing and doubled punctuation, comments, misspelt literals,
 * and bodies cut short at every byte.
 */
final class ScannerMutations {
    private static final List<String> NUMBERS = List.of("0", "-1", "1e3", "1E3", "1.0", "1.", ".5", "-0", "01", "00",
            "+1", "0x10", "2147483647", "-2147483648", "2147483648", "-2147483649", "99999999999", "-", "--1",
            "NaN", "Infinity");
    private static final List<String> WHITESPACE = List.of("\t", "\n", "\r", "\r\n", " \t\n\r ", "\f", "\u000B",
            "\u00A0", "\u2028");
    private static final List<String> IN_STRINGS = List.of("\\\"", "\\/", "\\\\", "\u00ef", "\u20ac",
            "\uD83D\uDE00", "\t", "\u007F", "\u0000");

    private ScannerMutations() {
    }

    static List<DealMutations.Mutant> of(String json) {
        Tokens tokens = new Tokens(json);
        List<DealMutations.Mutant> mutants = new ArrayList<>();
        for (int[] string : tokens.strings) {
            String label = json.substring(string[0], string[1] + 1);
            int content = string[0] + 1;
            if (string[1] > content) {
                int first = json.charAt(content);
                mutants.add(replaced(json, content, content + 1, String.format("\\u%04X", first),
                        label + " with its first character escaped"));
                mutants.add(replaced(json, content, content + 1, String.format("\\u%04x", first),
                        label + " with its first character escaped in lower case"));
            }
            for (String inside : IN_STRINGS) {
                mutants.add(replaced(json, string[1], string[1], inside, label + " ending in " + inside));
            }
            mutants.add(replaced(json, content, content, "Ukra\u00efna ", label + " with Ukra\u00efna first"));
        }
        for (int[] number : tokens.numbers) {
            for (String variant : NUMBERS) {
                mutants.add(replaced(json, number[0], number[1], variant,
                        json.substring(number[0], number[1]) + " written as " + variant));
            }
        }
        for (int[] literal : tokens.literals) {
            String word = json.substring(literal[0], literal[1]);
            for (String variant : List.of(word.toUpperCase(Locale.ROOT), word.substring(0, word.length() - 1), word + "e",
                    word + "1", "\"" + word + "\"")) {
                mutants.add(replaced(json, literal[0], literal[1], variant, word + " written as " + variant));
            }
        }
        for (String space : WHITESPACE) {
            mutants.add(new DealMutations.Mutant("with " + escaped(space) + " around every token",
                    aroundEveryToken(json, tokens, space)));
        }
        for (int at : tokens.structural) {
            char token = json.charAt(at);
            String where = "at " + at;
            if (token == '}' || token == ']') {
                mutants.add(replaced(json, at, at, ",", "stray comma before " + token + " " + where));
            } else if (token == ',') {
                mutants.add(replaced(json, at, at + 1, "", "missing comma " + where));
                mutants.add(replaced(json, at, at + 1, ",,", "doubled comma " + where));
                mutants.add(replaced(json, at + 1, at + 1, "// note\n", "line comment after comma " + where));
                mutants.add(replaced(json, at + 1, at + 1, "/* note */", "block comment after comma " + where));
            } else if (token == ':') {
                mutants.add(replaced(json, at, at + 1, "", "missing colon " + where));
                mutants.add(replaced(json, at, at + 1, "=", "equals sign for a colon " + where));
            }
        }
        return mutants;
    }

    /** One whitespace character at a time, at each place between two tokens. */
    static List<DealMutations.Mutant> whitespaceBetweenTokens(String json) {
        List<DealMutations.Mutant> mutants = new ArrayList<>();
        for (int at : boundaries(json, new Tokens(json))) {
            for (String space : List.of(" ", "\t", "\n", "\r")) {
                mutants.add(replaced(json, at, at, space, escaped(space) + " at " + at));
            }
        }
        return mutants;
    }

    /** Every proper prefix of the body, cut at each byte, through the middle of a multi-byte character too. */
    static List<DealMutations.Mutant> truncations(byte[] body) {
        List<DealMutations.Mutant> mutants = new ArrayList<>();
        for (int length = 0; length < body.length; length++) {
            mutants.add(new DealMutations.Mutant("cut after " + length + " bytes", Arrays.copyOf(body, length)));
        }
        return mutants;
    }

    private static String aroundEveryToken(String json, Tokens tokens, String space) {
        StringBuilder spaced = new StringBuilder(json);
        for (int at : boundaries(json, tokens).descendingSet()) {
            spaced.insert(at, space);
        }
        return spaced.toString();
    }

    /** Both sides of every brace, bracket, comma and colon: every token in a deal has one of them next to it. */
    private static TreeSet<Integer> boundaries(String json, Tokens tokens) {
        TreeSet<Integer> boundaries = new TreeSet<>(List.of(0, json.length()));
        for (int at : tokens.structural) {
            boundaries.add(at);
            boundaries.add(at + 1);
        }
        return boundaries;
    }

    private static DealMutations.Mutant replaced(String json, int from, int to, String by, String label) {
        return new DealMutations.Mutant(label, json.substring(0, from) + by + json.substring(to));
    }

    private static String escaped(String text) {
        StringBuilder escaped = new StringBuilder();
        text.chars().forEach(c -> escaped.append(String.format("\\u%04X", c)));
        return escaped.toString();
    }

    /** Where the tokens of a well-formed body are: strings by their quotes, numbers and literals by their span. */
    private static final class Tokens {
        final List<int[]> strings = new ArrayList<>();
        final List<int[]> numbers = new ArrayList<>();
        final List<int[]> literals = new ArrayList<>();
        final List<Integer> structural = new ArrayList<>();

        Tokens(String json) {
            int at = 0;
            while (at < json.length()) {
                char c = json.charAt(at);
                if (c == '"') {
                    int close = at + 1;
                    while (json.charAt(close) != '"') {
                        close += json.charAt(close) == '\\' ? 2 : 1;
                    }
                    strings.add(new int[] {at, close});
                    at = close + 1;
                } else if (c == '-' || Character.isDigit(c) || Character.isLetter(c)) {
                    int end = at + 1;
                    while (end < json.length() && (Character.isLetterOrDigit(json.charAt(end))
                            || ".+-".indexOf(json.charAt(end)) >= 0)) {
                        end++;
                    }
                    (Character.isLetter(c) ? literals : numbers).add(new int[] {at, end});
                    at = end;
                } else {
                    if ("{}[],:".indexOf(c) >= 0) {
                        structural.add(at);
                    }
                    at++;
                }
            }
        }
    }
}
