package org.icsdrill.ui.tags;

import java.util.List;
import java.util.Objects;
import org.icsdrill.ui.opcua.NormalRange;
import org.icsdrill.ui.opcua.TagInfo;

/**
 * What a faceplate shows of one control loop or piece of equipment: its measurement (PV), set point
 * (SP), output (OUT) and auto/manual mode, and any other tag that belongs to it (a trip limit, a reset
 * command), each with its normal range. Any of the four may be missing: a breaker has only a state and
 * a command, a safety valve a state and the safety system's reset.
 *
 * @param title   what the operator calls it, e.g. {@code TIC101}
 * @param members in display order
 */
public record FaceplateLoop(String title, List<Member> members) {

    /** The part a tag plays in the loop; the faceplate labels its row with it. */
    public enum Role {
        PV, SP, OUT, MODE, OTHER
    }

    /** One tag of the loop. */
    public record Member(Role role, TagInfo tag, NormalRange normal) {

        public Member {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(tag, "tag");
            normal = normal == null ? NormalRange.NONE : normal;
        }
    }

    public FaceplateLoop {
        Objects.requireNonNull(title, "title");
        members = List.copyOf(members);
    }

    /** A loop of one tag, for a value clicked on its own: a PV, or the write target if it is writable. */
    public static FaceplateLoop single(TagInfo tag, NormalRange normal) {
        return new FaceplateLoop(tag.name(), List.of(new Member(tag.writable() ? Role.OTHER : Role.PV, tag, normal)));
    }

    /** The tags an operator may try to write, set point first, then output, mode and the others. */
    public List<TagInfo> writable() {
        return members.stream().filter(m -> m.tag().writable())
                .sorted((a, b) -> Integer.compare(order(a.role()), order(b.role())))
                .map(Member::tag).toList();
    }

    private static int order(Role role) {
        return switch (role) {
            case SP -> 0;
            case OUT -> 1;
            case MODE -> 2;
            case OTHER -> 3;
            case PV -> 4;
        };
    }
}
