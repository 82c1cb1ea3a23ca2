package org.icsdrill.api;

/**
 * The OPC UA addresses of exercise control, in the namespace {@value #NAMESPACE_URI}, String
 * identifiers under {@code Objects/Exercise}. The variables hold JSON (read it with
 * {@link org.icsdrill.api.ExerciseJson}); the methods answer {@code Accepted, Message}.
 *
 * <pre>
 *   Exercise.State      anyone      ExerciseState: briefing, plant time (and its 0 instant), speed, paused, ended (no title, id or notes)
 *   Exercise.Alarms     anyone      the alarm lists of every plant (as the SCADA server computes them)
 *   Exercise.Traffic    anyone      the newest journaled requests, numbered (network monitor)
 *   Exercise.Hosts      anyone      per source host since the start, and the newest kept request's number
 *   Exercise.Injects    anyone      inject cards handed out so far
 *   Exercise.Actions    anyone      what trainees did, injects and plant status (no ground truth, notes or commands)
 *   Exercise.Timeline   instructor  the whole timeline, attacks and faults included
 *   Exercise.Desk       instructor  DeskState: scenario id, title, notes, next inject, expectations, attacked tags
 *   Exercise.Site       anyone      SiteView: zones, hosts and their state and accounts, conduits, flows between zones
 *   Exercise.HostEvents anyone      the newest events of the hosts' logs (no ground truth: attack is empty)
 * </pre>
 * {@code Exercise.QueryTraffic} (anyone) answers a page of the requests kept for the whole run as JSON.
 */
public final class ExerciseAddress {

    public static final String NAMESPACE_URI = "urn:icsdrill:exercise";
    public static final String FOLDER = "Exercise";

    public static final String STATE = "Exercise.State";
    public static final String ALARMS = "Exercise.Alarms";
    public static final String TRAFFIC = "Exercise.Traffic";
    public static final String HOSTS = "Exercise.Hosts";
    public static final String INJECTS = "Exercise.Injects";
    public static final String ACTIONS = "Exercise.Actions";
    public static final String TIMELINE = "Exercise.Timeline";
    public static final String DESK = "Exercise.Desk";
    /** The site network: zones, hosts and their state, conduits, flows between zones ({@link SiteView}). */
    public static final String SITE = "Exercise.Site";
    /** The newest events of the site's hosts' logs ({@link HostEvent}), oldest first. */
    public static final String HOST_EVENTS = "Exercise.HostEvents";

    /** Trainee methods (operator role; restoring programs and parameters needs an engineer). */
    public static final String ACKNOWLEDGE_ALARM = "Exercise.AcknowledgeAlarm";
    public static final String SHELVE_ALARM = "Exercise.ShelveAlarm";
    public static final String DECLARE_INCIDENT = "Exercise.DeclareIncident";
    public static final String RESPOND = "Exercise.Respond";
    public static final String ANSWER_INJECT = "Exercise.AnswerInject";
    /** The trainees approve their incident report for sharing (docs/sharing.md). */
    public static final String APPROVE_INCIDENT_REPORT = "Exercise.ApproveIncidentReport";
    /** For anyone, anonymous sessions too (like reading Traffic): a page of kept requests (TrafficQuery, TrafficPage). */
    public static final String QUERY_TRAFFIC = "Exercise.QueryTraffic";
    /** Instructor methods. */
    public static final String PAUSE = "Exercise.Pause";
    public static final String RESUME = "Exercise.Resume";
    public static final String SET_SPEED = "Exercise.SetSpeed";
    public static final String NEXT_INJECT = "Exercise.FireNextInject";
    public static final String ADD_INJECT = "Exercise.AddInject";
    public static final String ADD_NOTE = "Exercise.AddNote";
    public static final String END = "Exercise.End";
    public static final String CHOOSE_SCENARIO = "Exercise.ChooseScenario";
    /** Closes the simulator after the end; until then it keeps serving the consoles, values frozen. */
    public static final String CLOSE = "Exercise.Close";

    private ExerciseAddress() {
    }
}
