package org.icsdrill.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A catalogue of ATT&CK for ICS techniques (v15 names): the ones the attack library plays, the ones the
 * kill chains' stages name (initial access, execution, lateral movement), and the common ones an instructor
 * or trainee may name, so the console can offer them in a list.
 *
 * <p>Each row also holds MITRE's own STIX 2.1 facts for the technique, copied from MITRE's ATT&CK for ICS
 * v15.1 STIX bundle ({@code ics-attack-15.1.json}): the UUID of its {@code attack-pattern}, its tactics (the
 * {@code mitre-ics-attack} kill-chain phases) and the object's {@code created} and {@code modified}, so that an
 * exported incident names the very objects a threat-intelligence platform already holds (docs/sharing.md).
 */
public final class Techniques {

    private static final Map<String, Technique> BY_ID;

    static {
        Map<String, Technique> map = new LinkedHashMap<>();
        String[][] rows = {
            {"T0800", "Activate Firmware Update Mode", "19a71d1e-6334-4233-8260-b749cae37953", "inhibit-response-function",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:56:59.593Z"},
            {"T0802", "Automated Collection", "3de230d4-3e42-4041-b089-17e1128feded", "collection",
                "2020-05-21T17:43:26.506Z", "2024-04-05T16:34:58.587Z"},
            {"T0803", "Block Command Message", "008b8f56-6107-48be-aa9f-746f927dbb61", "inhibit-response-function",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:56:58.380Z"},
            {"T0804", "Block Reporting Message", "3f1f4ccb-9be2-4ff8-8f69-dd972221169b", "inhibit-response-function",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:04.376Z"},
            {"T0806", "Brute Force I/O", "8e7089d3-fba2-44f8-94a8-9a79c53920c4", "impair-process-control",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:08.037Z"},
            {"T0807", "Command-Line Interface", "24a9253e-8948-4c98-b751-8e2aee53127c", "execution",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:00.378Z"},
            {"T0809", "Data Destruction", "493832d9-cea6-4b63-abe7-9a65a6473675", "inhibit-response-function",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:04.784Z"},
            {"T0811", "Data from Information Repositories", "3405891b-16aa-4bd7-bd7c-733501f9b20f", "collection",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:03.187Z"},
            {"T0812", "Default Credentials", "8bb4538f-f16f-49f0-a431-70b5444c7349", "lateral-movement",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:07.653Z"},
            {"T0813", "Denial of Control", "e33c7ecc-5a38-497f-beb2-a9a2049a4c20", "impact",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:12.329Z"},
            {"T0814", "Denial of Service", "1b22b676-9347-4c55-9a35-ef0dc653db5b", "inhibit-response-function",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:56:59.992Z"},
            {"T0815", "Denial of View", "56ddc820-6cfb-407f-850b-52c035d123ac", "impact",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:05.576Z"},
            {"T0816", "Device Restart/Shutdown", "25dfc8ad-bd73-4dfd-84a9-3c3d383f76e9", "inhibit-response-function",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:00.768Z"},
            {"T0817", "Drive-by Compromise", "7830cfcf-b268-4ac0-a69e-73c6affbae9a", "initial-access",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:06.780Z"},
            {"T0819", "Exploit Public-Facing Application", "32632a95-6856-47b9-9ab7-fea5cd7dce00", "initial-access",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:02.990Z"},
            {"T0821", "Modify Controller Tasking", "09a61657-46e1-439e-b3ed-3e4556a78243", "execution",
                "2021-04-13T11:15:26.506Z", "2023-10-13T17:56:58.991Z"},
            {"T0822", "External Remote Services", "8d2f3bab-507c-4424-b58b-edc977bd215c", "initial-access",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:07.840Z"},
            {"T0823", "Graphical User Interface", "b0628bfc-5376-4a38-9182-f324501cb4cf", "execution",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:08.992Z"},
            {"T0826", "Loss of Availability", "b5b9bacb-97f2-4249-b804-47fd44de1f95", "impact",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:09.581Z"},
            {"T0827", "Loss of Control", "a81696ef-c106-482c-8f80-59c30f2569fb", "impact",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:08.613Z"},
            {"T0828", "Loss of Productivity and Revenue", "63b6942d-8359-4506-bfb3-cf87aa8120ee", "impact",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:06.362Z"},
            {"T0829", "Loss of View", "138979ba-0430-4de6-a128-2fc0b056ba36", "impact",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:56:59.396Z"},
            {"T0830", "Adversary-in-the-Middle", "9a505987-ab05-4f46-a9a6-6441442eec3b", "collection",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:08.233Z"},
            {"T0831", "Manipulation of Control", "1af9e3fd-2bcc-414d-adbd-fe3b95c02ca1", "impact",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:56:59.793Z"},
            {"T0832", "Manipulation of View", "4c2e1408-9d68-4187-8e6b-a77bc52700ec", "impact",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:04.993Z"},
            {"T0836", "Modify Parameter", "097924ce-a9a9-4039-8591-e0deedfb8722", "impair-process-control",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:56:58.786Z"},
            {"T0837", "Loss of Protection", "2bb4d762-bf4a-4bc3-9318-15cc6a354163", "impact",
                "2021-04-12T07:57:26.506Z", "2023-10-13T17:57:01.994Z"},
            {"T0838", "Modify Alarm Settings", "e5de767e-f513-41cd-aa15-33f6ce5fbf92", "inhibit-response-function",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:12.528Z"},
            {"T0840", "Network Connection Enumeration", "ea0c980c-5cf0-43a7-a049-59c4c207566e", "discovery",
                "2020-05-21T17:43:26.506Z", "2024-03-29T14:04:50.569Z"},
            {"T0842", "Network Sniffing", "38213338-1aab-479d-949b-c81b66ccca5c", "discovery",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:03.783Z"},
            {"T0843", "Program Download", "be69c571-d746-4b1f-bdd0-c0c9817e9068", "lateral-movement",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:10.374Z"},
            {"T0845", "Program Upload", "3067b85e-271e-4bc5-81ad-ab1a81d411e3", "collection",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:02.785Z"},
            {"T0846", "Remote System Discovery", "d5a69cfb-fc2a-46cb-99eb-74b236db5061", "discovery",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:11.536Z"},
            {"T0847", "Replication Through Removable Media", "c267bbee-bb59-47fe-85e0-3ed210337c21", "initial-access",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:10.581Z"},
            {"T0848", "Rogue Master", "b14395bd-5419-4ef4-9bd8-696936f509bb", "initial-access",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:09.193Z"},
            {"T0849", "Masquerading", "ba203963-3182-41ac-af14-7e7ebc83cd61", "evasion",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:10.181Z"},
            {"T0853", "Scripting", "2dc2b567-8821-49f9-9045-8740f3d0b958", "execution",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:02.398Z"},
            {"T0855", "Unauthorized Command Message", "40b300ba-f553-48bf-862e-9471b220d455", "impair-process-control",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:04.582Z"},
            {"T0856", "Spoof Reporting Message", "8535b71e-3c12-4258-a4ab-40257a1becc4", "evasion impair-process-control",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:07.260Z"},
            {"T0858", "Change Operating Mode", "2883c520-7957-46ca-89bd-dab1ad53b601", "execution evasion",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:01.367Z"},
            {"T0859", "Valid Accounts", "cd2c76a4-5e23-4ca5-9c40-d5e0604f7101", "persistence lateral-movement",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:11.152Z"},
            {"T0861", "Point & Tag Identification", "25852363-5968-4673-b81d-341d5ed90bd1", "collection",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:00.575Z"},
            {"T0862", "Supply Chain Compromise", "5e0f75da-e108-4688-a6de-a4f07cc2cbe3", "initial-access",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:05.975Z"},
            {"T0863", "User Execution", "2736b752-4ec5-4421-a230-8977dea7649c", "execution",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:00.969Z"},
            {"T0864", "Transient Cyber Asset", "35392fb4-a31d-4c6a-b9f2-1c65b7f5e6b9", "initial-access",
                "2021-10-14T15:25:32.143Z", "2023-10-13T17:57:03.395Z"},
            {"T0865", "Spearphishing Attachment", "648f995e-9c3a-41e4-aeee-98bb41037426", "initial-access",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:06.577Z"},
            {"T0866", "Exploitation of Remote Services", "85a45294-08f1-4539-bf00-7da08aa7b0ee", "initial-access lateral-movement",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:07.457Z"},
            {"T0867", "Lateral Tool Transfer", "ead7bd34-186e-4c79-9a4d-b65bcce6ed9d", "lateral-movement",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:13.327Z"},
            {"T0869", "Standard Application Layer Protocol", "e076cca8-2f08-45c9-aff7-ea5ac798b387", "command-and-control",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:11.924Z"},
            {"T0872", "Indicator Removal on Host", "53a26eee-1080-4d17-9762-2027d5a1b805", "evasion",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:05.190Z"},
            {"T0873", "Project File Infection", "e72425f8-9ae6-41d3-bfdb-e1b865e60722", "persistence",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:12.926Z"},
            {"T0878", "Alarm Suppression", "2900bbd8-308a-4274-b074-5b8bde8347bc", "inhibit-response-function",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:01.578Z"},
            {"T0879", "Damage to Property", "83ebd22f-b401-4d59-8219-2294172cf916", "impact",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:06.993Z"},
            {"T0880", "Loss of Safety", "5fa00fdd-4a55-4191-94a0-564181d7fec2", "impact",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:06.171Z"},
            {"T0881", "Service Stop", "063b5b92-5361-481a-9c3f-95492ed9a2d8", "inhibit-response-function",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:56:58.586Z"},
            {"T0882", "Theft of Operational Information", "b7e13ee8-182c-4f19-92a4-a88d7d855d54", "impact",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:09.780Z"},
            {"T0883", "Internet Accessible Device", "f8df6b57-14bc-425f-9a91-6f59f6799307", "initial-access",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:13.719Z"},
            {"T0884", "Connection Proxy", "d67adac8-e3b9-44f9-9e6d-6c2a7d69dbe4", "command-and-control",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:11.730Z"},
            {"T0885", "Commonly Used Port", "e6c31185-8040-4267-83d3-b217b8a92f07", "command-and-control",
                "2020-05-21T17:43:26.506Z", "2023-10-13T17:57:12.723Z"},
            {"T0886", "Remote Services", "e1f9cdd2-9511-4fca-90d7-f3e92cfdd0bf", "initial-access lateral-movement",
                "2021-04-12T19:26:26.506Z", "2023-10-13T17:57:12.125Z"},
            {"T0888", "Remote System Information Discovery", "2fedbe69-581f-447d-8a78-32ee7db939a9", "discovery",
                "2021-04-13T12:45:26.506Z", "2023-10-13T17:57:02.595Z"},
            {"T0889", "Modify Program", "fc5fda7e-6b2c-4457-b036-759896a2efa2", "persistence",
                "2021-04-13T11:15:26.506Z", "2023-10-20T17:01:10.138Z"},
            {"T0891", "Hardcoded Credentials", "c9a8d958-fcdb-40d2-af4c-461c8031651a", "lateral-movement persistence",
                "2022-09-29T13:35:38.589Z", "2023-10-13T17:57:10.962Z"},
        };
        for (String[] row : rows) {
            map.put(row[0], new Technique(row[0], row[1], Technique.STIX_TYPE + "--" + row[2],
                    List.of(row[3].split(" ")), row[4], row[5]));
        }
        BY_ID = Collections.unmodifiableMap(map);
    }

    private Techniques() {
    }

    public static Optional<Technique> find(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The technique with this id; for ids written in code, which must be in the catalogue. */
    public static Technique require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("technique not in the catalogue: " + id));
    }

    /** Every technique, ordered by id. */
    public static List<Technique> all() {
        return List.copyOf(BY_ID.values());
    }

    public static List<String> ids() {
        return List.copyOf(BY_ID.keySet());
    }
}
