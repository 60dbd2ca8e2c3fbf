/**
 * The weekly nutrition summary: the {@link app.vitalia.recognition.insights.ChatModel}
 * port (an OpenAI-compatible Chat Completions API), the cached AI summaries, and the
 * local summary computed by rules when the AI cannot answer.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.recognition.insights;
