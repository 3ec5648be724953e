package org.guarantees.game.bot;

/**
 * The time-dependent tactics of Faratin, Sierra and Jennings (1998): the target falls from the best package to the
 * reservation value along (t/T)^(1/beta). With beta below 1 (Boulware) the bot holds firm and concedes at the very end;
 * above 1 (Conceder) it gives ground early.
 */
public record TimeDependent(String name, double beta) implements ConcessionStrategy {

    public static final TimeDependent BOULWARE = new TimeDependent("boulware", 0.2);
    public static final TimeDependent CONCEDER = new TimeDependent("conceder", 3.0);
    public static final TimeDependent LINEAR = new TimeDependent("linear", 1.0);

    @Override
    public double concession(double t, OpponentConcessions others) {
        return Math.pow(Math.max(0, Math.min(1, t)), 1 / beta);
    }
}
