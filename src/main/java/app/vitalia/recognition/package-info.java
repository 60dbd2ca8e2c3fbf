/**
 * Recognition: meal photos uploaded straight to object storage, a background analysis per
 * photo (image checks, metadata stripped, labels from the recogniser mapped to foods),
 * the member's confirmation into the diary, and the AI weekly summary with its local
 * fallback. API: {@link app.vitalia.recognition.MealPhotos}, the event
 * {@link app.vitalia.recognition.MealPhotoAnalysed}, and
 * {@link app.vitalia.recognition.AiConsent} (the member's consent to the AI summary). It
 * serves the member's privacy settings ({@code /api/me/settings}): the consent it owns
 * and the leaderboard opt-in, which it passes to gamification's
 * {@link app.vitalia.gamification.MemberProgress}.
 * {@link app.vitalia.recognition.PhotoAnalysis} is public only for JobRunr.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recognition",
		allowedDependencies = { "nutrition", "members", "identity", "billing", "gamification", "platform" })
@org.jspecify.annotations.NullMarked
package app.vitalia.recognition;
