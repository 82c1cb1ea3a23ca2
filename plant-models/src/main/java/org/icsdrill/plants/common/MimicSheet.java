package org.icsdrill.plants.common;

import org.icsdrill.core.mimic.MimicLayout;
import org.icsdrill.core.mimic.MimicText;

/**
 * What the plants' mimics share: the sheet they are drawn on, which fits beside the faceplate in a
 * 1280 x 720 console window, and the texts of the safety systems.
 */
public final class MimicSheet {

    public static final double WIDTH = 950;
    public static final double HEIGHT = 630;

    public static final MimicText SIS = MimicText.of("Safety system (SIS)", "安全計装システム（SIS）");
    public static final MimicText SIS_TRIP = MimicText.of("Trip latched (SIS.TRIP)", "トリップ保持（SIS.TRIP）");

    private MimicSheet() {
    }

    /** A layout of the sheet's size for {@code plantId}. */
    public static MimicLayout.Builder builder(String plantId) {
        return MimicLayout.builder(plantId, WIDTH, HEIGHT);
    }
}
