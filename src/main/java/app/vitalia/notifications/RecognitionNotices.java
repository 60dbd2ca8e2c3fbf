package app.vitalia.notifications;

import app.vitalia.recognition.MealPhotoAnalysed;
import app.vitalia.recognition.PhotoStatus;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Recognition's events: an in-app notice when a meal photo's analysis is ready. */
@Component
class RecognitionNotices {

	private final Notifications notifications;

	RecognitionNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(MealPhotoAnalysed analysed) {
		if (analysed.status() == PhotoStatus.FAILED) {
			return;
		}
		this.notifications.notifyMember(Kind.MEAL_PHOTO_READY, analysed.memberId().id(), analysed.photoId().toString(),
				new Object[] { analysed.candidates() }, "/today?photo=" + analysed.photoId());
	}

}
