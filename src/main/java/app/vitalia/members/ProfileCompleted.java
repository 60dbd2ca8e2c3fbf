package app.vitalia.members;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A member's profile became complete for the first time, so targets can be computed.
 */
public record ProfileCompleted(@JsonProperty("accountId") MemberId memberId) {
}
