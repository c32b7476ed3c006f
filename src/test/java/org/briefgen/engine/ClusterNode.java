package org.briefgen.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.plugins.Plugin;

/**
 * A real OpenSearch 2.19 node inside the test JVM, on a free loopback port, with its data in a temporary
 * folder and the modules a distribution bundles that briefgen uses (percolator, analysis-common, painless
 * for the occurrence similarity, netty4 for HTTP). Not a mock: the same server code a cluster runs.
 */
public final class ClusterNode implements AutoCloseable {
    private static final List<Class<? extends Plugin>> MODULES = List.of(
            org.opensearch.percolator.PercolatorPlugin.class,
            org.opensearch.analysis.common.CommonAnalysisPlugin.class,
            org.opensearch.painless.PainlessPlugin.class,
            org.opensearch.transport.Netty4Plugin.class);

    private final Node node;
    private final int port;
    private boolean stopped;

    /** {@code Node}'s constructor that takes classpath plugins is protected in 2.x. */
    private static final class PluginNode extends Node {
        PluginNode(Environment env, Collection<Class<? extends Plugin>> plugins) {
            super(env, plugins, true);
        }
    }

    private ClusterNode(Node node, int port) {
        this.node = node;
        this.port = port;
    }

    /** Starts a single-node cluster with its home and data under {@code home}. */
    public static ClusterNode start(Path home) {
        int http = freePort();
        Settings settings = Settings.builder()
                .put("cluster.name", "briefgen-test")
                .put("node.name", "briefgen-test-node")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", http)
                .put("transport.port", freePort())
                .put("discovery.type", "single-node")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("action.auto_create_index", false)
                .build();
        Environment env = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "briefgen-test-node");
        Node node = new PluginNode(env, MODULES);
        try {
            node.start();
        } catch (NodeValidationException e) {
            throw new IllegalStateException(e);
        }
        ClusterNode started = new ClusterNode(node, http);
        started.waitForYellow();
        return started;
    }

    /** The node's HTTP address, e.g. {@code http://127.0.0.1:40123}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    private void waitForYellow() {
        node.client().admin().cluster().prepareHealth().setWaitForYellowStatus().get();
    }

    /** Stops the node (idempotent): a build talking to it then sees a cluster that is down. */
    public synchronized void stop() {
        if (stopped) return;
        stopped = true;
        try {
            node.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
