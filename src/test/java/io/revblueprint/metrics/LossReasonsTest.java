package io.revblueprint.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Loss reasons counted as a reader counts them: case, spacing and known variants merged, nothing cut. */
class LossReasonsTest {

    private final LossReasons reasons = new LossReasons(Map.of());

    @Test
    void variantsOfOneReasonBecomeTheCanonicalReason() {
        assertThat(reasons.canonical("Price")).isEqualTo("Price");
        assertThat(reasons.canonical("Price, too expensive per seat")).isEqualTo("Price");
        assertThat(reasons.canonical("  too EXPENSIVE ")).isEqualTo("Price");
        assertThat(reasons.canonical("LOST_TO_COMPETITOR")).isEqualTo("Lost to competitor");
        assertThat(reasons.canonical("Lost to competitor (HubSpot)")).isEqualTo("Lost to competitor");
        assertThat(reasons.canonical("NO_DECISION")).isEqualTo("No decision / status quo");
    }

    @Test
    void aReasonNobodyListedIsTidiedNotChanged() {
        assertThat(reasons.canonical("security   review failed")).isEqualTo("Security review failed");
        assertThat(reasons.canonical("CHAMPION_LEFT")).isEqualTo("Champion left");
        assertThat(reasons.canonical("UNKNOWN")).isEqualTo("No reason recorded");
        assertThat(reasons.canonical("")).isEqualTo("No reason recorded");
    }

    @Test
    void pricingIsNotMistakenForAWordThatMerelyStartsTheSame() {
        assertThat(reasons.canonical("Priceless feature missing")).isEqualTo("Priceless feature missing");
    }

    @Test
    void rowsOfOneReasonAreAddedUpLargestFirst() {
        List<LossReasons.Share> merged = reasons.merge(List.of(
                share("Price", 17, 100), share("Price, too expensive per seat", 10, 100),
                share("price", 3, 100), share("Timing", 20, 100), share("UNKNOWN", 50, 100)));

        assertThat(merged).containsExactly(
                new LossReasons.Share("No reason recorded", 50, 100, List.of(new LossReasons.Recorded("UNKNOWN", 50))),
                new LossReasons.Share("Price", 30, 100, List.of(
                        new LossReasons.Recorded("Price, too expensive per seat", 10),
                        new LossReasons.Recorded("price", 3))),
                new LossReasons.Share("Timing", 20, 100));
        assertThat(merged.get(1).share()).isEqualTo(0.3);
    }

    @Test
    void revOpsCanAddItsOwnVariants() {
        LossReasons custom = new LossReasons(Map.of("Security", List.of("security review", "infosec")));
        assertThat(custom.canonical("InfoSec said no")).isEqualTo("Security");
        assertThat(custom.canonical("Price")).isEqualTo("Price");
    }

    private static MetricValue share(String reason, long lost, long of) {
        return new MetricValue("T-1", Metric.LOSS_REASON_SHARE, Dimension.of(Dimension.Kind.LOSS_REASON, reason),
                (double) lost / of, null, null, lost, of, Unit.RATIO);
    }
}
