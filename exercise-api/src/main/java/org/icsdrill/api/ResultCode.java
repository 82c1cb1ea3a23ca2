package org.icsdrill.api;

import java.util.Locale;

/**
 * What an exercise command did, or why it was refused: the code a result carries over OPC UA, so
 * that each console and the command line say it in their own language ({@code results_<lang>}).
 * The arguments of each code are named in its comment, in order.
 */
public enum ResultCode {
    // ---- done ----
    /** plant.tag */
    ALARM_ACKNOWLEDGED,
    /** plant.tag, minutes */
    ALARM_SHELVED,
    /** where: the plant, the site's host, or both as "plant, host" */
    INCIDENT_DECLARED,
    /** host */
    HOST_ISOLATED,
    /** host */
    HOST_BLOCKED,
    /** conduit */
    CONDUIT_CLOSED,
    /** service (protocol/port), conduit */
    SERVICE_CLOSED,
    /** conduit */
    CONDUIT_REOPENED,
    /** service (protocol/port), conduit */
    SERVICE_REOPENED,
    /** host name, address */
    HOST_QUARANTINED,
    /** account, the hosts it is on */
    ACCOUNT_DISABLED,
    /** account, the hosts it is on */
    CREDENTIAL_RESET,
    /** plant */
    PROGRAM_RESTORED,
    /** plant */
    PARAMETERS_RESTORED,
    /** tag, plant */
    SWITCHED_TO_MANUAL,
    /** plant */
    EMERGENCY_SHUTDOWN,
    /** tag, plant */
    SAFETY_RESET_PRESSED,
    /** to whom (management when empty) */
    ESCALATED,
    /** card */
    ANSWER_RECORDED,
    /** scenario */
    SCENARIO_LOADED,
    PAUSED,
    RESUMED,
    /** speed */
    SPEED_SET,
    INJECT_HANDED_OUT,
    /** card */
    AD_HOC_INJECT_HANDED_OUT,
    NOTE_KEPT,
    /** TLP marking (TLP:AMBER), determination */
    INCIDENT_REPORT_APPROVED,
    /** plant time in seconds */
    EXERCISE_ENDED,
    SIMULATOR_CLOSING,

    // ---- refused ----
    /** plant.tag */
    NO_ALARM_TO_ACKNOWLEDGE,
    /** plant.tag */
    NO_ALARM_TO_SHELVE,
    /** the most minutes, the minutes asked */
    SHELVE_MINUTES_OUT_OF_RANGE,
    SHELVE_REASON_MISSING,
    /** plant.tag */
    SHELVE_NEEDS_INSTRUCTOR,
    /** tag, plant */
    UNKNOWN_TAG,
    /** plant, the plants that run */
    UNKNOWN_PLANT,
    /** the plants that run */
    PLANT_NOT_NAMED,
    /** card */
    UNKNOWN_CARD,
    /** card, how many questions, the number asked */
    UNKNOWN_QUESTION,
    SCENARIO_CHOICE_CLOSED,
    /** scenario, the scenarios that may be chosen */
    UNKNOWN_SCENARIO,
    /** what was given */
    INVALID_SPEED,
    NO_INJECT_LEFT,
    INJECT_TEXT_MISSING,
    NOTE_EMPTY,
    NO_SCENARIO,
    /** the exercise has ended: nothing more is recorded */
    EXERCISE_OVER,
    EXERCISE_NOT_OVER,
    /** what was given */
    HOST_NOT_AN_ADDRESS,
    /** host */
    HOST_IS_OWN_CONSOLE,
    /** a run without a site's network (or on the flat site) has no conduits */
    NO_SITE_NETWORK,
    /** conduit, the site's conduits */
    UNKNOWN_CONDUIT,
    /** what was given after the conduit's name */
    SERVICE_MALFORMED,
    /** service (protocol/port), conduit, the services the conduit carries */
    SERVICE_NOT_ON_CONDUIT,
    /** host, the site's hosts */
    UNKNOWN_SITE_HOST,
    /** host */
    HOST_IS_A_CONTROLLER,
    /** account, the site's accounts */
    UNKNOWN_ACCOUNT,
    /** tag */
    NOT_AN_AUTO_SWITCH,
    /** plant */
    NO_SAFETY_RESET,
    /** plant, tag, the plant's answer */
    WRITE_REFUSED,
    /** what was given */
    UNKNOWN_ACTION,
    /** what was given */
    INVALID_TECHNIQUE,
    INCIDENT_REPORT_EMPTY,
    /** the field, what was given, the values it takes */
    INVALID_INCIDENT_REPORT,
    /** a declaration names neither a plant nor a site's host */
    DECLARATION_NAMES_NOTHING,
    /** action */
    NEEDS_ENGINEER,
    /** the OPC UA status name of a call the server refused outright (Bad_UserAccessDenied), shown as it is */
    CALL_FAILED,
    /** a message the server gave without a code of its own (an older server) */
    OTHER;

    /** The message key: {@code ALARM_SHELVED} is {@code alarmShelved}. */
    public String key() {
        StringBuilder key = new StringBuilder();
        for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
            key.append(key.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return key.toString();
    }

    /** The code of {@code key}, or {@link #OTHER} for one this build does not know. */
    public static ResultCode ofKey(String key) {
        for (ResultCode code : values()) {
            if (code.key().equals(key)) {
                return code;
            }
        }
        return OTHER;
    }
}
