package dev.dockerlab.export;

/** What every handout page shares: the document head, the stylesheet, and the page around the body. */
final class PageFrame {

    private PageFrame() {
    }

    static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="stylesheet" href="%s">
                </head>
                <body>
                %s</body>
                </html>
                """.formatted(Html.escape(title), Stylesheet.FILE_NAME, body);
    }
}
