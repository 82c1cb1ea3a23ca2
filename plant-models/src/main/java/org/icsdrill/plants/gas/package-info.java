/**
 * The gas plant: city-gas supply from a compressor station through a pipeline section to a
 * pressure-regulating station.
 *
 * <p>Signal path: the compressor K101 runs on a variable-frequency drive (nominal 1064 Hz, drive maximum
 * 1410 Hz) whose frequency the PLC sets from the line-pack pressure (PIC201); an anti-surge loop (UIC101)
 * recycles gas to keep the machine right of its surge line; the regulator PV301 holds the city's pressure
 * (PIC301); odorant is dosed in ratio to the sendout (FFIC401). The SIS trips the drive on overspeed or
 * high vibration and closes the slam-shut valve on distribution overpressure, each on its own transmitter.
 *
 * <p>Consequence paths, each tested: the drive held at 1410 Hz with the SIS bypassed fails the rotor by
 * fatigue in about 19 minutes (the Stuxnet analogue; with the SIS active it trips after 27 s and nothing
 * breaks); a failed-open regulator with the slam-shut bypassed overpressures and damages the distribution
 * network in about 10 minutes (the token relief valve lifts but cannot cope). Surge from a speed cut with
 * the anti-surge loop in manual trips the drive on vibration. A 2 Hz low-speed phase stops compression and
 * drains the line pack at (Z R T / V) times the sendout, about 16 bar per hour.
 */
package org.icsdrill.plants.gas;
