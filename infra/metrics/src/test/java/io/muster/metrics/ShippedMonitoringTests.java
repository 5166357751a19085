package io.muster.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The alert rules, the dashboard and the example scrape configuration in deploy/observability are
 * well formed, and every metric they query is one the services serve (the names documented in
 * docs/observability.md, which each service's MetricsIntegrationTests scrapes for).
 */
class ShippedMonitoringTests {

    private static final Path DEPLOY = Path.of("../../deploy/observability");
    private static final Pattern METRIC =
            Pattern.compile("\\b((?:muster|resilience4j|kafka_consumer|http_server)_[a-z0-9_]+)");

    @Test
    @SuppressWarnings("unchecked")
    void everyAlertRuleHasAnExpressionASeverityAndASummary() throws IOException {
        Map<String, Object> rules = new Yaml().load(Files.readString(DEPLOY.resolve("alert-rules.yml")));
        List<Map<String, Object>> groups = (List<Map<String, Object>>) rules.get("groups");
        assertThat(groups).isNotEmpty();
        Set<String> names = new TreeSet<>();
        for (Map<String, Object> group : groups) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                String alert = (String) rule.get("alert");
                assertThat(names.add(alert)).as("unique alert name %s", alert).isTrue();
                assertThat((String) rule.get("expr"))
                        .as(alert)
                        .isNotBlank()
                        .satisfies(ShippedMonitoringTests::balanced);
                assertThat(((Map<String, String>) rule.get("labels")).get("severity"))
                        .as(alert)
                        .isIn("warning", "critical");
                assertThat(((Map<String, String>) rule.get("annotations")).get("summary"))
                        .as(alert)
                        .isNotBlank();
            }
        }
        assertThat(names)
                .contains(
                        "MusterOutboxLagging",
                        "MusterDeadLettersGrowing",
                        "MusterCircuitOpen",
                        "MusterEscalationsOverdue");
    }

    @Test
    void theDashboardIsGrafanaJsonWithAQueryInEveryPanel() throws IOException {
        DocumentContext dashboard = JsonPath.parse(Files.readString(DEPLOY.resolve("grafana-dashboard.json")));
        assertThat(dashboard.read("$.uid", String.class)).isEqualTo("muster-overview");
        List<Map<String, Object>> panels = dashboard.read("$.panels");
        assertThat(panels).hasSizeGreaterThan(4);
        for (int i = 0; i < panels.size(); i++) {
            List<String> queries = dashboard.read("$.panels[" + i + "].targets[*].expr");
            assertThat(queries).as(String.valueOf(panels.get(i).get("title"))).isNotEmpty();
            queries.forEach(ShippedMonitoringTests::balanced);
        }
    }

    @Test
    void everyMetricQueriedIsDocumentedAndTheScrapeConfigUsesATokenPerJob() throws IOException {
        String documented = Files.readString(Path.of("../../docs/observability.md"));
        List<String> queried = new ArrayList<>();
        for (String file : List.of("alert-rules.yml", "grafana-dashboard.json")) {
            Matcher m = METRIC.matcher(Files.readString(DEPLOY.resolve(file)));
            while (m.find()) {
                queried.add(m.group(1));
            }
        }
        assertThat(queried).isNotEmpty();
        for (String metric : queried) {
            String base = metric.replaceAll("_(total|count|sum|bucket)$", "");
            assertThat(documented.contains("`" + metric + "`") || documented.contains("`" + base + "`"))
                    .as("docs/observability.md names %s", metric)
                    .isTrue();
        }
        Map<String, Object> prometheus = new Yaml().load(Files.readString(DEPLOY.resolve("prometheus.yml")));
        assertThat(prometheus.toString()).contains("credentials_file").contains("/actuator/prometheus");
    }

    private static void balanced(String expression) {
        int round = 0;
        int curly = 0;
        int square = 0;
        for (char c : expression.toCharArray()) {
            switch (c) {
                case '(' -> round++;
                case ')' -> round--;
                case '{' -> curly++;
                case '}' -> curly--;
                case '[' -> square++;
                case ']' -> square--;
                default -> {}
            }
            assertThat(round | curly | square).as(expression).isNotNegative();
        }
        assertThat(List.of(round, curly, square)).as(expression).containsOnly(0);
    }
}
