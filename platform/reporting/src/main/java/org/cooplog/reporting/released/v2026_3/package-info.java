/**
 * Report template 2026.3 as released: its content builder, placement rule, words, style sheet and renderers, copied
 * unchanged (but for package names) from the commit that last issued under it. Released, never edited.
 *
 * <p>Every report issued under 2026.3 records the SHA-256 of each rendition, and a download or {@code audit reproduce}
 * makes it again from the log with this code and checks those digests. The live template changes (new content, a new
 * placement rule, new layouts); the documents issued before it must not, so the code that decides their bytes is kept
 * here and answers for version 2026.3 only. What it shares with the live code cannot change its bytes: the activity
 * model, the events, {@code ReportPeriod}, the {@code Rendition} value and {@code Beside}. Its pinned digests
 * ({@code ReleasedTemplate2026v3Tests}) fail on any changed byte, a library upgrade included: such an upgrade waits
 * until this version renders its bytes again.
 */
package org.cooplog.reporting.released.v2026_3;
