package org.icsdrill.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.KeyStoreCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;

/**
 * The baseline for {@link OpcUaSubscriptionLoad}: a bare Eclipse Milo server with the same nodes as the
 * simulator's noisy measurements ({@code ns=<urn:icsdrill:plants>;s=<plant>.<tag>}, Double), each given a
 * new value every 100 ms (as the plants tick) with SourceTimestamp = the wall clock at the update, and
 * served by Milo's own sampling {@link SubscriptionModel}; endpoint SecurityPolicy None, anonymous.
 * Usage: {@code BareMiloServer [--port 24841]}; runs until killed.
 */
public final class BareMiloServer {

    public static void main(String[] args) throws Exception {
        int port = 24841;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--port")) {
                port = Integer.parseInt(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path pki = Files.createTempDirectory("bare-milo-pki");
        var trustList = FileBasedTrustListManager.createAndInitialize(pki);
        var quarantine = FileBasedCertificateQuarantine.create(Files.createDirectories(pki.resolve("rejected")));
        char[] password = "bench".toCharArray();
        var store = KeyStoreCertificateStore.createAndInitialize(new KeyStoreCertificateStore.Settings(
                pki.resolve("server.pfx"), () -> password, alias -> password));
        var group = DefaultApplicationGroup.createAndInitialize(trustList, store, new RsaSha256CertificateFactory() {
            @Override
            protected X509Certificate[] createRsaSha256CertificateChain(KeyPair keyPair) throws Exception {
                return new X509Certificate[] {new SelfSignedCertificateBuilder(keyPair).setCommonName("bare Milo")
                        .setApplicationUri("urn:icsdrill:bench:bare-milo").addIpAddress("127.0.0.1").build()};
            }
        }, new DefaultClientCertificateValidator(trustList, quarantine));
        X509Certificate certificate = group.getCertificateChain(NodeIds.RsaSha256ApplicationCertificateType)
                .orElseThrow()[0];
        OpcUaServerConfig config = OpcUaServerConfig.builder()
                .setApplicationUri("urn:icsdrill:bench:bare-milo")
                .setApplicationName(LocalizedText.english("bare Milo baseline"))
                .setProductUri("urn:icsdrill:bench")
                .setCertificateManager(new DefaultCertificateManager(quarantine, group))
                .setEndpoints(Set.of(EndpointConfig.newBuilder()
                        .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                        .setBindAddress("127.0.0.1").setBindPort(port).setHostname("127.0.0.1").setPath("/bare")
                        .setCertificate(certificate)
                        .setSecurityPolicy(SecurityPolicy.None).setSecurityMode(MessageSecurityMode.None)
                        .addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS).build()))
                .build();
        OpcUaServer server = new OpcUaServer(config, profile -> new OpcTcpServerTransport(
                OpcTcpServerTransportConfig.newBuilder().build()));
        Nodes nodes = new Nodes(server, OpcUaSubscriptionLoad.noisyTags());
        nodes.startup();
        server.startup().get();
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        ticks.scheduleAtFixedRate(nodes::update, 100, 100, TimeUnit.MILLISECONDS);
        System.out.println("bare Milo server opc.tcp://127.0.0.1:" + port + "/bare with " + nodes.variables.size()
                + " nodes updated every 100 ms");
        Thread.currentThread().join();
    }

    /** The nodes, sampled by Milo's SubscriptionModel as in Milo's own example namespace. */
    private static final class Nodes extends ManagedNamespaceWithLifecycle {

        private final SubscriptionModel subscriptions;
        private final List<UaVariableNode> variables = new ArrayList<>();
        private final SplittableRandom random = new SplittableRandom(1);
        private final double[] values;

        Nodes(OpcUaServer server, List<String> names) {
            super(server, "urn:icsdrill:plants");
            subscriptions = new SubscriptionModel(server, this);
            getLifecycleManager().addLifecycle(subscriptions);
            values = new double[names.size()];
            getLifecycleManager().addStartupTask(() -> {
                for (String name : names) {
                    UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                            .setNodeId(newNodeId(name))
                            .setAccessLevel(AccessLevel.READ_ONLY)
                            .setUserAccessLevel(AccessLevel.READ_ONLY)
                            .setBrowseName(new QualifiedName(getNamespaceIndex(), name))
                            .setDisplayName(LocalizedText.english(name))
                            .setDataType(NodeIds.Double)
                            .setTypeDefinition(NodeIds.BaseDataVariableType)
                            .build();
                    node.setValue(new DataValue(new Variant(0.0), StatusCode.GOOD, DateTime.now()));
                    getNodeManager().addNode(node);
                    variables.add(node);
                }
            });
        }

        /** A new value for every node, stamped with the wall clock: what a plant tick does. */
        void update() {
            DateTime now = DateTime.now();
            for (int i = 0; i < variables.size(); i++) {
                values[i] += random.nextDouble() - 0.5;
                variables.get(i).setValue(new DataValue(new Variant(values[i]), StatusCode.GOOD, now));
            }
        }

        @Override
        public void onDataItemsCreated(List<DataItem> dataItems) {
            subscriptions.onDataItemsCreated(dataItems);
        }

        @Override
        public void onDataItemsModified(List<DataItem> dataItems) {
            subscriptions.onDataItemsModified(dataItems);
        }

        @Override
        public void onDataItemsDeleted(List<DataItem> dataItems) {
            subscriptions.onDataItemsDeleted(dataItems);
        }

        @Override
        public void onMonitoringModeChanged(List<MonitoredItem> monitoredItems) {
            subscriptions.onMonitoringModeChanged(monitoredItems);
        }
    }
}
