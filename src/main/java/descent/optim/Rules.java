package descent.optim;

import java.util.List;
import java.util.Optional;

/** The catalogue of update rules: the lecture's, in the order of its table, then PyTorch's. */
public final class Rules {

    /** Every rule, registered once here. */
    public static final List<Rule> ALL = List.of(
            Sgd.RULE, SgdDecay.RULE, Momentum.RULE, Nesterov.RULE, Adagrad.RULE, RmsProp.RULE, RmsPropNesterov.RULE,
            Adam.RULE,
            TorchSgd.RULE, TorchAdagrad.RULE, TorchRmsProp.RULE, TorchAdam.RULE, TorchAdamW.RULE, TorchNAdam.RULE,
            TorchRAdam.RULE, TorchAdadelta.RULE, TorchAdamax.RULE);

    private Rules() {
    }

    /** The lecture's rules, in the order of its table. */
    public static List<Rule> lecture() {
        return ALL.stream().filter(r -> r.family() == Rule.Family.LECTURE).toList();
    }

    public static Optional<Rule> find(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The rule with that id, or an exception whose message lists the ids accepted. */
    public static Rule byId(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown rule '" + id + "': use one of "
                + ids()));
    }

    /** The ids, comma separated, for messages. */
    public static String ids() {
        return String.join(", ", ALL.stream().map(Rule::id).toList());
    }

    /** The rule's place in the catalogue, which gives it its colour when it races alone. */
    public static int home(Rule rule) {
        return ALL.indexOf(rule);
    }
}
