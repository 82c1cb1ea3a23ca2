package org.icsdrill.core.modbus;

import java.util.List;

/**
 * What function 43/14 (Read Device Identification, Modbus Application Protocol v1.1b3, 6.21)
 * reports: objects 0x00-0x02 are the basic category, 0x03-0x06 the regular one.
 */
public record DeviceIdentification(String vendorName, String productCode, String revision, String vendorUrl,
                                   String productName, String modelName, String applicationName) {

    public static DeviceIdentification forPlant(String plantId, String displayName, String version) {
        return new DeviceIdentification("ICS Drill", "ICSDRILL-" + plantId.toUpperCase(java.util.Locale.ROOT),
                version, "https://github.com/icsdrill/icsdrill", displayName, plantId, "ICS Drill " + plantId + " PLC");
    }

    /** Object values by object id. */
    public List<String> objects() {
        return List.of(vendorName, productCode, revision, vendorUrl, productName, modelName, applicationName);
    }
}
