// Build-time tool: renders docs/user-guide.md to the HTML page the packages install and Help › User
// guide opens (<prefix>/share/doc/wallet-sessions/user-guide.html, images beside it in images/).
// Qt's own Markdown reader (md4c, CommonMark + GitHub tables), so no other tool is needed.
// Usage: ws_render_markdown IN.md OUT.html TITLE
#include <QFile>
#include <QGuiApplication>
#include <QTextDocument>
#include <cstdio>

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen"); // no display at build time
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: ws_render_markdown IN.md OUT.html TITLE\n");
        return 2;
    }
    QFile in(args[1]);
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "ws_render_markdown: cannot read %s\n", qPrintable(args[1]));
        return 1;
    }
    QTextDocument document;
    document.setMarkdown(QString::fromUtf8(in.readAll()), QTextDocument::MarkdownDialectGitHub);
    document.setMetaInformation(QTextDocument::DocumentTitle, args[3]);
    QString html = document.toHtml();
    // Images keep their relative paths (images/...); a browser's default width for the page.
    html.replace(QStringLiteral("<body style=\""),
                 QStringLiteral("<body style=\"max-width:60em; margin:auto; "));
    QFile out(args[2]);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(html.toUtf8()) < 0) {
        std::fprintf(stderr, "ws_render_markdown: cannot write %s\n", qPrintable(args[2]));
        return 1;
    }
    return 0;
}
