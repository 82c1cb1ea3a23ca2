package org.icsdrill.plants.building;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import org.icsdrill.core.plant.PlantStatus;
import org.icsdrill.plants.common.KernelHarness;
import org.junit.jupiter.api.Test;

class BuildingPlantTest {

    @Test
    void holdsComfortInAutoForTwoHoursOfWinterWeather() {
        KernelHarness h = new KernelHarness(new BuildingPlant(), 42);
        double maxZone = 0;
        double maxSupply = 0;
        double maxWater = 0;
        double minOut = 99;
        double maxOut = -99;
        for (long i = 0; i < Duration.ofHours(2).toMillis() / 100; i++) {
            h.step();
            for (BuildingTag zone : BuildingTag.ZONE_TEMPERATURES) {
                maxZone = Math.max(maxZone, Math.abs(h.truth(zone) - 21));
            }
            maxSupply = Math.max(maxSupply, Math.abs(h.truth(BuildingTag.AHU_TT) - 18));
            maxWater = Math.max(maxWater, Math.abs(h.truth(BuildingTag.BLR_TT) - 70));
            minOut = Math.min(minOut, h.truth(BuildingTag.OUT_TT));
            maxOut = Math.max(maxOut, h.truth(BuildingTag.OUT_TT));
        }
        System.out.printf("building, 2 h (outside %.1f to %.1f °C): |Tzone-21| <= %.3f K, |Tsa-18| <= %.3f K,"
                + " |Thw-70| <= %.3f K%n", minOut, maxOut, maxZone, maxSupply, maxWater);
        assertThat(maxOut - minOut).as("the weather does move").isGreaterThan(1);
        assertThat(maxZone).isLessThan(0.3);
        assertThat(maxSupply).isLessThan(0.5);
        assertThat(maxWater).isLessThan(1);
        assertThat(h.status()).isEqualTo(PlantStatus.RUNNING);
        assertThat(h.plant.view().alarms()).isEmpty();
    }

    /**
     * Open loop, a radiator valve step in zone Z1: a first-order RC response with
     * τ = C / (UA + (m/4) cp + Qrad,max v / 49 K) and gain ΔQ / (same conductance). After one τ the zone must
     * have moved 63.2 % of the way, within 15 % (the other zones couple weakly through the return air).
     */
    @Test
    void zoneFollowsItsRcTimeConstantAfterAHeatingStep() {
        BuildingPlant plant = new BuildingPlant(Weather.constant(OperatingPoint.DESIGN_OUTSIDE));
        BuildingParameters p = plant.parameters();
        KernelHarness h = new KernelHarness(plant, 5);
        h.write(BuildingTag.ZONE_AUTO, 0);
        h.write(BuildingTag.AHU_AUTO, 0);
        h.step();
        double valve = OperatingPoint.DESIGN.radiatorValve() + 20;
        h.write(BuildingTag.Z1_HV, valve);
        double start = h.truth(BuildingTag.Z1_TT);
        double conductance = p.envelopeUa() + p.maxAirflow() * 0.7 / 4 * p.airCp() + p.radiatorMax() * valve / 100 / 49;
        double tau = p.zoneCapacity() / conductance;
        double gain = p.radiatorMax() * 0.20 / conductance;
        h.advance(Duration.ofSeconds(Math.round(tau)));
        double rise = h.truth(BuildingTag.Z1_TT) - start;
        double expected = gain * (1 - Math.exp(-1));
        System.out.printf("radiator +20 %%: zone rose %.3f K after τ = %.0f s; RC model %.3f K (final %.3f K)%n",
                rise, tau, expected, gain);
        assertThat(rise).isBetween(0.85 * expected, 1.15 * expected);
    }

    @Test
    void sameSeedGivesIdenticalViews() {
        KernelHarness a = new KernelHarness(new BuildingPlant(), 9);
        KernelHarness b = new KernelHarness(new BuildingPlant(), 9);
        KernelHarness other = new KernelHarness(new BuildingPlant(), 10);
        boolean otherDiffers = false;
        for (int i = 0; i < 6000; i++) {
            if (i == 1200) {
                for (KernelHarness h : new KernelHarness[] {a, b, other}) {
                    h.write(BuildingTag.Z2_SP, 23);
                }
            }
            a.step();
            b.step();
            other.step();
            assertThat(a.plant.view().values()).as("tick %d", i).isEqualTo(b.plant.view().values());
            otherDiffers |= !Arrays.equals(a.plant.view().values(), other.plant.view().values());
        }
        assertThat(otherDiffers).isTrue();
    }
}
