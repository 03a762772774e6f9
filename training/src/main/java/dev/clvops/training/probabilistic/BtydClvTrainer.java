package dev.clvops.training.probabilistic;

import dev.clvops.platform.model.ClvTrainer;
import dev.clvops.platform.model.ModelProvenance;
import dev.clvops.platform.model.TrainingSet;
import java.util.HashMap;
import java.util.Map;

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
        GammaGammaModel spendModel = spend.fit(set);
        return new BtydClvModel(transactionModel, spendModel, schedule,
                compose(transactionModel.provenance(), spendModel.provenance()));
    }

    private ModelProvenance compose(ModelProvenance transactions, ModelProvenance spend) {
        Map<String, String> hyperParameters = new HashMap<>(transactions.hyperParameters());
        spend.hyperParameters().forEach((name, value) -> hyperParameters.put("spend." + name, value));
        hyperParameters.put("spendModel", spend.family());
        hyperParameters.put("discountStepDays", Integer.toString(schedule.stepDays()));
        return new ModelProvenance(transactions.family(), transactions.snapshot(), transactions.cutoff(),
                transactions.horizonDays(), transactions.featureSetVersion(), hyperParameters, Provenances.SEED,
                transactions.codeVersion(), spend.trainedAt());
    }
}
