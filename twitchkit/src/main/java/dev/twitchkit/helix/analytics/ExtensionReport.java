package dev.twitchkit.helix.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An extension's analytics report: a CSV file to download.
 *
 * @param extensionId the extension
 * @param url where to download it; valid for 5 minutes
 * @param type the report's type, e.g. {@code overview_v2}
 * @param dateRange the days it covers
 */
public record ExtensionReport(String extensionId, @JsonProperty("URL") String url, String type,
                              ReportDateRange dateRange) {
}
