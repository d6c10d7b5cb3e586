package descent.optim;

import java.util.List;
import java.util.Map;
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

    /** The lecture's rule that each of PyTorch's rules computes a version of. */
    private static final Map<Rule, Rule> KIN = Map.of(
            TorchSgd.RULE, Sgd.RULE, TorchAdagrad.RULE, Adagrad.RULE, TorchRmsProp.RULE, RmsProp.RULE,
            TorchAdadelta.RULE, RmsProp.RULE, TorchAdam.RULE, Adam.RULE, TorchAdamW.RULE, Adam.RULE,
            TorchNAdam.RULE, Adam.RULE, TorchRAdam.RULE, Adam.RULE, TorchAdamax.RULE, Adam.RULE);

    /** The lecture's rule a rule is a version of: torch Adam, AdamW, NAdam... are Adam's; a lecture's is its own. */
    public static Rule kin(Rule rule) {
        return KIN.getOrDefault(rule, rule);
    }

    /**
     * The rule's home: the place in a race, and so the colour, it takes when it races alone. The lecture's rules
     * have the first eight, in the order of its table; each of PyTorch's has the place eight after its lecture kin's,
     * its variant: torch Adam races in Adam's hue, dashed.
     */
    public static int home(Rule rule) {
        List<Rule> lecture = lecture();
        Rule kin = kin(rule);
        return kin == rule ? lecture.indexOf(rule) : lecture.size() + lecture.indexOf(kin);
    }
}
