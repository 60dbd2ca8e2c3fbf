/**
 * Members: the member's profile (birth date, sex, height, weight history, activity, goal,
 * time zone) and daily nutrition targets. API: {@link app.vitalia.members.MemberProfiles}
 * (targets and local time zone of a {@link app.vitalia.members.MemberId}),
 * {@link app.vitalia.members.Targets}, and the events
 * {@link app.vitalia.members.ProfileCompleted} and
 * {@link app.vitalia.members.WeightRecorded}. Demo data imports profiles through the
 * {@code bulk-import} named interface ({@code members.bulk}), which is not part of the
 * API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Members",
		allowedDependencies = { "identity", "platform" })
@org.jspecify.annotations.NullMarked
package app.vitalia.members;
