package org.icsdrill.core.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.icsdrill.api.PlantAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tag's (and a plant's) Description in the language of the session's LocaleIds, over a real Milo client and server. */
class LocalizedDescriptionTest {

    @TempDir
    static Path dataDir;

    static OpcUaFixture plant;

    @BeforeAll
    static void start() throws Exception {
        plant = new OpcUaFixture(dataDir);
    }

    @AfterAll
    static void stop() throws Exception {
        if (plant != null) {
            plant.close();
        }
    }

    @Test
    void aJapaneseSessionReadsJapanese() throws Exception {
        assertThat(description(new String[] {"ja-JP", "en"}, "T1.TT101")).isEqualTo(new LocalizedText("ja", "タンク温度"));
    }

    @Test
    void englishWhereTheTagHasNoJapanese() throws Exception {
        assertThat(description(new String[] {"ja", "en"}, "T1.HTR101")).isEqualTo(LocalizedText.english("Heater power"));
    }

    @Test
    void theFirstLocaleTheServerHasWins() throws Exception {
        assertThat(description(new String[] {"fr", "ja"}, "T1.TT101")).isEqualTo(new LocalizedText("ja", "タンク温度"));
        assertThat(description(new String[] {"en", "ja"}, "T1.TT101")).isEqualTo(LocalizedText.english("Tank temperature"));
    }

    @Test
    void englishForASessionWithoutLocales() throws Exception {
        assertThat(description(new String[0], "T1.TT101")).isEqualTo(LocalizedText.english("Tank temperature"));
    }

    @Test
    void thePlantsNameAndDescriptionToo() throws Exception {
        assertThat(read(new String[] {"ja"}, c -> folder(c))).isEqualTo(new LocalizedText("ja", "試験プラント: 加熱タンク"));
        assertThat(read(new String[] {"en"}, c -> folder(c)).text()).startsWith("Test plant: ");
    }

    private static NodeId folder(OpcUaClient client) {
        return new NodeId(OpcUaTestClients.namespaceIndex(client).orElseThrow(), PlantAddress.plantFolder(TestPlant.ID));
    }

    private static LocalizedText description(String[] localeIds, String tag) throws Exception {
        return read(localeIds, c -> OpcUaTestClients.tagNode(c, tag));
    }

    private static LocalizedText read(String[] localeIds, Function<OpcUaClient, NodeId> node) throws Exception {
        OpcUaClient client = OpcUaTestClients.connect(plant.endpoint, SecurityPolicy.None, MessageSecurityMode.None,
                b -> b.setSessionLocaleIds(localeIds));
        try {
            ReadValueId description = new ReadValueId(node.apply(client),
                    AttributeId.Description.uid(), null, QualifiedName.NULL_VALUE);
            return (LocalizedText) client.read(0, TimestampsToReturn.Neither, List.of(description))
                    .getResults()[0].getValue().getValue();
        } finally {
            client.disconnect();
        }
    }
}
