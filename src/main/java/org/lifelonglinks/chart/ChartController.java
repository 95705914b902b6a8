package org.lifelonglinks.chart;

import java.util.Locale;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.system.BadRequestException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The network chart as SVG, PNG or PDF: {@code ?view=family} for the family tree instead of the ecomap. */
@RestController
class ChartController {

    private final ChartService charts;

    ChartController(ChartService charts) {
        this.charts = charts;
    }

    @GetMapping("/api/young-people/{id}/chart.{format}")
    ResponseEntity<byte[]> chart(@PathVariable String id, @PathVariable String format,
            @RequestParam(defaultValue = "ecomap") String view, Authentication authentication) {
        var chosen = format(format);
        return answer(charts.workerChart(CurrentUser.of(authentication), id, view(view), chosen), chosen);
    }

    @GetMapping("/api/me/chart.{format}")
    ResponseEntity<byte[]> ownChart(@PathVariable String format, @RequestParam(defaultValue = "ecomap") String view,
            Authentication authentication, Locale locale) {
        var chosen = format(format);
        // The young person's page's language (?lang=cy, its cookie, else Accept-Language), as /api/me/words.
        return answer(charts.ownChart(CurrentUser.of(authentication), view(view), chosen, locale), chosen);
    }

    private static ResponseEntity<byte[]> answer(byte[] body, ChartRenderer.Format format) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType())).body(body);
    }

    private static ChartRenderer.Format format(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "svg" -> ChartRenderer.Format.SVG;
            case "png" -> ChartRenderer.Format.PNG;
            case "pdf" -> ChartRenderer.Format.PDF;
            default -> throw new BadRequestException("format", "a chart is chart.svg, chart.png or chart.pdf");
        };
    }

    private static ChartRenderer.View view(String view) {
        return switch (view.toLowerCase(Locale.ROOT)) {
            case "ecomap" -> ChartRenderer.View.ECOMAP;
            case "family" -> ChartRenderer.View.FAMILY;
            default -> throw new BadRequestException("view", "view is ecomap (the default) or family");
        };
    }
}
