package dev.chainrule.server.browser;

import dev.chainrule.server.App;
import dev.chainrule.server.Config;
import java.nio.file.Path;

/** What the browser tests share around their browser: a site on a free port with its own H2 database, and stopping both. */
final class BrowserSite {
    private BrowserSite() {
    }

    /** A site on a free port with a fresh H2 file database under {@code databaseDir}. */
    static Config h2(Path databaseDir) {
        return new Config(0, "jdbc:h2:file:" + databaseDir.resolve("chainrule").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE",
                "", "", false);
    }

    /** Closes the browser (when it started) and then the site, whatever the browser does. */
    static void stop(BrowserSession browser, App.Running site) {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (site != null) {
                site.stop();
            }
        }
    }
}
