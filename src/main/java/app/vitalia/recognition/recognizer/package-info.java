/**
 * The {@link app.vitalia.recognition.recognizer.Recognizer} port: AWS Rekognition's
 * {@code DetectLabels}, or none.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.recognition.recognizer;
