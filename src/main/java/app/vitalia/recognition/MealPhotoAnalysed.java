package app.vitalia.recognition;

import java.util.UUID;

import app.vitalia.members.MemberId;

/**
 * A member's meal photo was analysed: {@code READY}, {@code NO_FOOD} or {@code FAILED}.
 */
public record MealPhotoAnalysed(MemberId memberId, UUID photoId, PhotoStatus status, int candidates) {
}
