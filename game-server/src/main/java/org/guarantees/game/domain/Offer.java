package org.guarantees.game.domain;

/** A conditional offer: "I give {@code give} if you give {@code want}". */
public record Offer(String id, String from, String to, OptionChoice give, OptionChoice want) {
}
