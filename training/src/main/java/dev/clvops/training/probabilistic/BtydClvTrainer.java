package dev.clvops.training.probabilistic;

import dev.clvops.platform.model.ClvTrainer;
import dev.clvops.platform.model.TrainingSet;

/**
 * Fits a transaction model and the Gamma-Gamma spend model on the same set and composes them into a
 * {@link BtydClvModel}. Its family is the transaction model's ({@code bgnbd} or {@code paretonbd}).
 */
public final class BtydClvTrainer implements ClvTrainer {

    private final ClvTrainer transactions;
    private final GammaGammaTrainer spend;
    private final DiscountSchedule schedule;

    /** @param transactions a {@link BgNbdTrainer} or {@link ParetoNbdTrainer} */
    public BtydClvTrainer(ClvTrainer transactions, GammaGammaTrainer spend, DiscountSchedule schedule) {
        this.transactions = transactions;
        this.spend = spend;
        this.schedule = schedule;
    }

    /** BG/NBD + Gamma-Gamma with default settings and monthly discounting. */
    public static BtydClvTrainer bgNbd() {
        return new BtydClvTrainer(new BgNbdTrainer(), new GammaGammaTrainer(), DiscountSchedule.MONTHLY);
    }

    /** Pareto/NBD + Gamma-Gamma with default settings and monthly discounting. */
    public static BtydClvTrainer paretoNbd() {
        return new BtydClvTrainer(new ParetoNbdTrainer(), new GammaGammaTrainer(), DiscountSchedule.MONTHLY);
    }

    @Override
    public String family() {
        return transactions.family();
    }

    @Override
    public BtydClvModel fit(TrainingSet set) {
        if (!(transactions.fit(set) instanceof TransactionModel transactionModel)) {
            throw new IllegalStateException("trainer " + transactions.family() + " does not fit a transaction model");
        }
        return BtydClvModel.compose(transactionModel, spend.fit(set), schedule);
    }
}
