package io.revblueprint.history;

import io.revblueprint.benchmark.BenchmarkComparison;
import io.revblueprint.benchmark.PeerComparison;
import io.revblueprint.crm.Role;
import io.revblueprint.crm.Segment;
import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.Period;
import io.revblueprint.metrics.RecordedInput;
import io.revblueprint.plan.EarlierBlueprint;
import io.revblueprint.plan.EarlierFix;
import io.revblueprint.plan.Fix;
import io.revblueprint.plan.FixProgress;
import io.revblueprint.plan.Judgement;
import io.revblueprint.plan.Phrase;
import io.revblueprint.plan.Play;
import io.revblueprint.plan.RevenueEstimate;
import io.revblueprint.plan.TeamPlan;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every run's plan, stored once: each fix is one {@code fix_record} row (the fixes.csv columns, queryable, and the
 * judgement, play and revenue formula behind it as JSON), each team's judgements, closed loop and benchmark
 * comparisons are one {@code team_plan} row, and each list of peers the run ranked teams in is one
 * {@code team_plan_peers} row, however many teams share it. Also the way back to a team's previous blueprint for
 * the closed loop.
 */
@Repository
public class PlanHistory {

    // Plans written by an older or newer version still load: fields one side lacks are skipped. Only the records'
    // components are stored, not derived flags such as isOverall().
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultVisibility(visibility -> visibility.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
            .build();
    private static final TypeReference<List<PeerComparison.Peer>> PEER_LIST = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final MetricHistory metricHistory;

    public PlanHistory(JdbcTemplate jdbc, MetricHistory metricHistory) {
        this.jdbc = jdbc;
        this.metricHistory = metricHistory;
    }

    /**
     * What a team's plan holds besides its fixes. Its places among peers are {@code standings}, the peer lists
     * themselves stored once per run; {@code peers} holds whole comparisons in plans stored before that.
     */
    private record TeamFindings(List<Judgement> judgements, List<FixProgress> progress, List<PeerComparison> peers,
                                List<PeerStanding> standings, List<BenchmarkComparison> benchmarks,
                                Map<Metric, Phrase> caveats, BigDecimal annualBookings) {
    }

    /** A team's place in one of the run's peer lists ({@code team_plan_peers.peers_no}). */
    private record PeerStanding(Metric metric, Segment segment, int peersNo, double median, double bestQuartile,
                                int rank) {

        PeerComparison of(String scope, Map<Integer, List<PeerComparison.Peer>> peerLists) {
            List<PeerComparison.Peer> peers = peerLists.get(peersNo);
            if (peers == null) {
                throw new IllegalStateException("The stored plan of " + scope + " ranks it in peer list " + peersNo
                        + ", which team_plan_peers lacks for that run: rerun the period to plan it again");
            }
            return new PeerComparison(scope, metric, segment, peers, median, bestQuartile, rank);
        }
    }

    /** A team_plan row: the team and its findings as JSON. */
    private record StoredPlan(String scope, String json) {
    }

    /** What a fix holds besides its fixes.csv columns. */
    private record FixDetail(Judgement judgement, RecordedInput unrecorded, Play play, RevenueEstimate revenue,
                             List<Judgement> alsoAnswers) {
    }

    /** Replaces the run's plans, so a restarted step stores them once. */
    public void save(long runId, String periodLabel, List<TeamPlan> plans) {
        jdbc.update("DELETE FROM team_plan WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM team_plan_peers WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM fix_record WHERE run_id = ?", runId);
        Map<List<PeerComparison.Peer>, Integer> peerLists = new LinkedHashMap<>();
        List<StoredPlan> stored = plans.stream().map(plan -> new StoredPlan(plan.scope(), JSON.writeValueAsString(
                new TeamFindings(plan.judgements(), plan.progress(), null, standings(plan, peerLists),
                        plan.benchmarks(), plan.caveats(), plan.annualBookings())))).toList();
        jdbc.batchUpdate("INSERT INTO team_plan (run_id, scope, period_label, plan_json) VALUES (?, ?, ?, ?)", stored,
                100, (statement, plan) -> {
                    statement.setLong(1, runId);
                    statement.setString(2, plan.scope());
                    statement.setString(3, periodLabel);
                    statement.setString(4, plan.json());
                });
        jdbc.batchUpdate("INSERT INTO team_plan_peers (run_id, peers_no, peers_json) VALUES (?, ?, ?)",
                List.copyOf(peerLists.entrySet()), 100, (statement, peers) -> {
                    statement.setLong(1, runId);
                    statement.setInt(2, peers.getValue());
                    statement.setString(3, JSON.writeValueAsString(peers.getKey()));
                });
        List<Fix> fixes = plans.stream().flatMap(plan -> plan.fixes().stream()).toList();
        jdbc.batchUpdate("INSERT INTO fix_record (run_id, period_label, scope, fix_rank, metric, dimension,"
                        + " current_value, target_value, benchmark_value, revenue_at_stake, action_text, owner_name,"
                        + " owner_role, start_date, due_date, detail_json, owner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?)",
                fixes, 500, (statement, fix) -> {
                    statement.setLong(1, runId);
                    statement.setString(2, periodLabel);
                    statement.setString(3, fix.scope());
                    statement.setInt(4, fix.rank());
                    statement.setString(5, fix.metric().key());
                    statement.setString(6, fix.dimension().csv());
                    statement.setObject(7, fix.current(), Types.DOUBLE);
                    statement.setObject(8, fix.target(), Types.DOUBLE);
                    statement.setObject(9, fix.benchmark(), Types.DOUBLE);
                    statement.setBigDecimal(10, fix.revenueAtStake());
                    statement.setString(11, fix.action());
                    statement.setString(12, fix.ownerName());
                    statement.setString(13, fix.ownerRole() == null ? null : fix.ownerRole().name());
                    statement.setDate(14, Date.valueOf(fix.startDate()));
                    statement.setDate(15, Date.valueOf(fix.dueDate()));
                    statement.setString(16, JSON.writeValueAsString(
                            new FixDetail(fix.judgement(), fix.unrecorded(), fix.play(), fix.revenue(),
                                    fix.alsoAnswers())));
                    statement.setString(17, fix.ownerId());
                });
    }

    /** The plan's places among peers, each peer list numbered the first time a plan of the run names it. */
    private static List<PeerStanding> standings(TeamPlan plan, Map<List<PeerComparison.Peer>, Integer> peerLists) {
        return plan.peers().stream().map(comparison -> new PeerStanding(comparison.metric(), comparison.segment(),
                peerLists.computeIfAbsent(comparison.peers(), peers -> peerLists.size()), comparison.median(),
                comparison.bestQuartile(), comparison.rank())).toList();
    }

    /** Every team plan of the run, by team id, each with its fixes in rank order. */
    public Map<String, TeamPlan> plansOf(long runId) {
        Map<String, List<Fix>> fixesByTeam = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM fix_record WHERE run_id = ? ORDER BY scope, fix_rank", rs -> {
            Fix fix = toFix(rs);
            fixesByTeam.computeIfAbsent(fix.scope(), scope -> new ArrayList<>()).add(fix);
        }, runId);
        Map<Integer, List<PeerComparison.Peer>> peerLists = new LinkedHashMap<>();
        jdbc.query("SELECT peers_no, peers_json FROM team_plan_peers WHERE run_id = ?", rs -> {
            peerLists.put(rs.getInt("peers_no"), List.copyOf(JSON.readValue(rs.getString("peers_json"), PEER_LIST)));
        }, runId);
        Map<String, TeamPlan> plans = new LinkedHashMap<>();
        jdbc.query("SELECT scope, plan_json FROM team_plan WHERE run_id = ? ORDER BY scope", rs -> {
            String scope = rs.getString("scope");
            TeamFindings findings = JSON.readValue(rs.getString("plan_json"), TeamFindings.class);
            List<PeerComparison> peers = findings.standings() == null ? findings.peers()
                    : findings.standings().stream().map(standing -> standing.of(scope, peerLists)).toList();
            plans.put(scope, new TeamPlan(scope, findings.judgements(), fixesByTeam.getOrDefault(scope, List.of()),
                    findings.progress(), peers, findings.benchmarks(), findings.caveats(), findings.annualBookings()));
        }, runId);
        return plans;
    }

    /**
     * The first run before {@code runId} that planned the period's edition ({@link Period#editionLabel}) for one of
     * {@code teamIds}, if one did: the run whose blueprint was mailed. (The teams tell one company's runs from
     * another's in a shared database.)
     */
    public Optional<Long> firstPlanOf(String periodLabel, long runId, List<String> teamIds) {
        if (teamIds.isEmpty()) {
            return Optional.empty();
        }
        String teams = String.join(", ", Collections.nCopies(teamIds.size(), "?"));
        return Optional.ofNullable(jdbc.queryForObject("SELECT MIN(run_id) FROM team_plan WHERE period_label = ?"
                + " AND run_id < ? AND scope IN (" + teams + ")", Long.class,
                Stream.concat(Stream.of(periodLabel, runId), teamIds.stream()).toArray()));
    }

    /**
     * The team's previous blueprint: the first plan made for the period just before {@code period} (the one the
     * trends compare with), by a run before {@code runId}, with that run's fixes and metrics; the complete period's,
     * else its partial edition's. The first is the one mailed: the nightly runs after it plan the same period again,
     * each with a sprint after its own night, so the last of them (30 September, for Q2) had planned every fix after
     * Q3 had ended, and none was ever judged; and the latest run of any earlier period let a monthly rerun take the
     * place of the quarter before.
     */
    public Optional<EarlierBlueprint> previousBlueprint(String scope, long runId, Period period) {
        Period previous = period.previous();
        return Stream.of(false, true)
                .map(partial -> firstPlanOf(previous.editionLabel(partial), runId, List.of(scope)))
                .flatMap(Optional::stream).findFirst()
                .map(run -> new EarlierBlueprint(previous.label(), earlierFixes(run, scope),
                        metricHistory.ofRun(run).stream().filter(value -> value.scope().equals(scope)).toList()));
    }

    private List<EarlierFix> earlierFixes(long runId, String scope) {
        return jdbc.query("SELECT scope, fix_rank, metric, dimension, action_text, detail_json, start_date"
                        + " FROM fix_record WHERE run_id = ? AND scope = ? ORDER BY fix_rank",
                (rs, row) -> new EarlierFix(rs.getString("scope"), rs.getInt("fix_rank"),
                        Metric.fromKey(rs.getString("metric")), Dimension.parse(rs.getString("dimension")),
                        rs.getString("action_text"), unrecorded(rs.getString("detail_json")),
                        rs.getDate("start_date").toLocalDate()), runId, scope);
    }

    /** The input a stored data fix was to record; null for a leak's fix or a row stored before data fixes. */
    private static RecordedInput unrecorded(String detailJson) {
        return detailJson == null ? null : JSON.readValue(detailJson, FixDetail.class).unrecorded();
    }

    private static Fix toFix(ResultSet rs) throws SQLException {
        FixDetail detail = JSON.readValue(rs.getString("detail_json"), FixDetail.class);
        String role = rs.getString("owner_role");
        return new Fix(rs.getString("scope"), rs.getInt("fix_rank"), detail.judgement(), detail.unrecorded(), detail.play(),
                detail.revenue(), rs.getObject("benchmark_value", Double.class), rs.getString("owner_id"),
                rs.getString("owner_name"),
                role == null ? null : Role.valueOf(role), rs.getDate("start_date").toLocalDate(),
                rs.getDate("due_date").toLocalDate(), detail.alsoAnswers());
    }

}
