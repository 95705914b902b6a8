package org.lifelonglinks.audit;

import java.time.Duration;
import java.util.regex.Pattern;
import org.lifelonglinks.system.Sha256;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The page view a read belongs to: the pages send {@code X-Page-View: <uuid>}, made once per page load, with every
 * call (app.js {@code LL.api}), so that the trail writes one entry for what one person did, opening one page, and not
 * one per call the page made.
 *
 * <p>An image's GET, which cannot send a header, may carry the same id as {@code ?pageView=}. A download (an
 * {@code Accept} that is neither JSON nor an image, such as a CSV) is its own entry, as the person chose to take a copy.
 *
 * <p>The header can only fold reads together, never hide one: it is honoured for reads only, for the same user,
 * young person and person, within {@link #WINDOW} of the view's first read; a read with no header (or with anything
 * but a UUID in it) is its own entry, as is every change.
 */
final class PageViews {

    static final String HEADER = "X-Page-View";

    /** The same id in the address of a GET that cannot send a header, such as an image. */
    static final String PARAMETER = "pageView";

    /** How long after a view's first read its later reads are folded into the same entry. */
    static final Duration WINDOW = Duration.ofMinutes(10);

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private PageViews() {
    }

    /** Reads are what a page view folds: {@code NETWORK_READ}, {@code YOUNG_PEOPLE_LISTED}; never a change. */
    static boolean isRead(String action) {
        return action.endsWith("_READ") || action.endsWith("_LISTED");
    }

    /** The current request's page view id, lower case, or null when there is no request or no valid header. */
    static String current() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        var request = attributes.getRequest();
        if (!shownOnThePage(request.getHeader("Accept"))) {
            return null; // a download (a CSV, a file) is an action of its own: never folded into the view
        }
        String view = request.getHeader(HEADER);
        if (view == null && "GET".equals(request.getMethod())) {
            // An image (the network chart) cannot send a header: its address carries the view instead.
            view = request.getParameter(PARAMETER);
        }
        return view != null && UUID.matcher(view).matches() ? view.toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** What a page reads to show: JSON for its script, or an image (the chart); not a file it downloads. */
    static boolean shownOnThePage(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        String lower = accept.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("json") || lower.contains("image/");
    }

    /** The key one view's reads share: a hash, so the key itself holds no one's id. */
    static String key(AuditEvent event, String view) {
        String joined = String.join("\n", event.username(), String.valueOf(event.youngPersonId()),
                String.valueOf(event.personId()), view);
        return Sha256.hex(joined);
    }
}
