package org.mufakat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The deployment files work as shipped and tell the truth: the example environment lists every variable the app reads,
 * the Kubernetes base signs in with local accounts (Keycloak is a component), probes and metrics use the management
 * port, and an image build sends nothing but the built app.
 */
class DeployFilesTest {

    private static final Pattern VARIABLE = Pattern.compile("MUFAKAT_[A-Z_]+");

    private static String read(String path) throws IOException {
        return Files.readString(Path.of(path));
    }

    private static Set<String> variables(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void theExampleEnvironmentListsEveryVariableTheAppReads() throws IOException {
        Set<String> read = variables(read("src/main/resources/application.properties"));
        read.removeIf(v -> v.startsWith("MUFAKAT_TEST_"));
        Set<String> listed = new TreeSet<>();
        for (String line : read("deploy/mufakat.env.example").split("\n")) {
            Matcher m = Pattern.compile("^#?(MUFAKAT_[A-Z_]+)=").matcher(line);
            if (m.find()) {
                listed.add(m.group(1));
            }
        }
        assertEquals(read, listed, "deploy/mufakat.env.example against application.properties");
        Set<String> documented = variables(read("docs/operations.md"));
        assertTrue(documented.containsAll(read), "docs/operations.md lacks " + minus(read, documented));
    }

    @Test
    void theKubernetesBaseSignsInWithLocalAccounts() throws IOException {
        String config = read("deploy/kubernetes/base/configmap.yaml");
        assertFalse(config.contains("MUFAKAT_KEYCLOAK_ENABLED"), "Keycloak belongs to the keycloak component");
        assertFalse(config.contains("MUFAKAT_LOCAL_SIGNIN: \"false\""));
        String secret = read("deploy/kubernetes/secret.template.yaml");
        assertTrue(secret.contains("\n  MUFAKAT_ADMIN_USERNAME: "), "the first account is set, not commented out");
        assertTrue(secret.contains("\n  MUFAKAT_ADMIN_PASSWORD: "));
        assertTrue(read("deploy/kubernetes/keycloak/kustomization.yaml").contains("kind: Component"));
        assertTrue(read("deploy/kubernetes/staging/kustomization.yaml").contains("- ../keycloak"));
    }

    @Test
    void probesAndMetricsUseTheManagementPortWhichTheServiceDoesNotExpose() throws IOException {
        String deployment = read("deploy/kubernetes/base/deployment.yaml");
        assertEquals(3, count(deployment, "port: management"), "startup, readiness and liveness probes");
        assertTrue(deployment.contains("containerPort: 9000"));
        assertFalse(read("deploy/kubernetes/base/service.yaml").contains("9000"));
    }

    @Test
    void anImageBuildSendsOnlyTheBuiltApp() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(".dockerignore")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals("*", lines.get(0), "everything is left out first");
        assertTrue(lines.contains("!target/quarkus-app/"));
        assertTrue(read("deploy/container/Dockerfile").contains("COPY --chown=1001 target/quarkus-app/"));
    }

    @Test
    void theOperationsGuideAvoidsWhatTheIssueFound() throws IOException {
        String ops = read("docs/operations.md");
        assertFalse(ops.contains("\nsudo "), "not every server has sudo");
        assertFalse(ops.contains("\npg_restore --clean"), "a restore goes into a freshly created database");
        assertFalse(ops.contains("Set `TRUSTED_PROXIES`"));
        assertFalse(ops.contains("Back up the database (below)"));
        assertTrue(ops.contains(".pgpass"));
        assertTrue(ops.contains("session.key"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
