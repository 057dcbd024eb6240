#include "layoutscan.h"

#include <QFile>
#include <QQuickItem>
#include <QXmlStreamReader>

bool LayoutScan::load(const QString &tsPath, QString *error)
{
    if (!m_translation.isEmpty())
        return true;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !numerus) {
            const bool unfinished
                = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString translation = xml.readElementText();
            if (unfinished || translation.isEmpty()) {
                m_untranslated.insert(source);
            } else {
                m_translation.insert(source, translation);
                m_vietnamese.insert(translation);
            }
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return false;
    }
    return true;
}

QStringList LayoutScan::scan(QQuickItem *page, bool vietnamese) const
{
    QStringList out;
    visit(page, page, vietnamese, &out);
    out.removeDuplicates();
    return out;
}

bool LayoutScan::isAppString(const QString &text) const
{
    return m_translation.contains(text) || m_vietnamese.contains(text)
        || m_untranslated.contains(text);
}

namespace {
QString describe(QQuickItem *item)
{
    QStringList path;
    for (QQuickItem *i = item; i; i = i->parentItem()) {
        if (!i->objectName().isEmpty()) {
            path.prepend(i->objectName());
            if (path.size() == 2)
                break;
        }
    }
    return QStringLiteral("%1 (%2)").arg(
        QString::fromLatin1(item->metaObject()->className()), path.join(QLatin1Char('/')));
}

/** A Flickable that scrolls sideways holds things beyond its edge on purpose. */
bool scrollsSideways(QQuickItem *item)
{
    for (QQuickItem *i = item->parentItem(); i; i = i->parentItem()) {
        if (i->inherits("QQuickFlickable")) {
            const qreal contentWidth = i->property("contentWidth").toReal();
            if (contentWidth > i->width() + 1)
                return true;
        }
    }
    return false;
}
} // namespace

void LayoutScan::visit(QQuickItem *item, QQuickItem *page, bool vietnamese, QStringList *out) const
{
    if (!item->isVisible() || item->opacity() <= 0.0 || item->width() <= 0 || item->height() <= 0)
        return;
    const bool isText = item->inherits("QQuickText");
    const bool isInput = item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit");
    if (isText || isInput) {
        const QString text = item->property("text").toString();
        const QString shown = text.trimmed();
        if (!shown.isEmpty() && isText) {
            const bool app = isAppString(text);
            if (app && item->property("truncated").toBool())
                *out << QStringLiteral("cut off: “%1” %2").arg(text, describe(item));
            // A line that does not wrap and is wider than its box spills over its neighbours.
            const int wrap = item->property("wrapMode").toInt();
            const int elide = item->property("elide").toInt();
            if (app && wrap == 0 && elide == 0
                && item->property("contentWidth").toReal() > item->width() + 2)
                *out << QStringLiteral("wider than its box: “%1” %2").arg(text, describe(item));
            const QRectF onPage
                = item->mapRectToItem(page, QRectF(0, 0, item->width(), item->height()));
            if ((onPage.right() > page->width() + 1 || onPage.left() < -1)
                && !scrollsSideways(item))
                *out << QStringLiteral("off the page's edge: “%1” %2").arg(text, describe(item));
            if (vietnamese && m_untranslated.contains(text))
                *out << QStringLiteral("not in the Vietnamese file: “%1” %2")
                            .arg(text, describe(item));
            else if (vietnamese && m_translation.contains(text)
                && m_translation.value(text) != text)
                *out << QStringLiteral("English in Vietnamese: “%1” %2").arg(text, describe(item));
        }
        // Placeholders (TextField, TextArea) are words of the app too.
        const QVariant placeholder = item->property("placeholderText");
        if (vietnamese && placeholder.isValid()) {
            const QString p = placeholder.toString();
            if (m_untranslated.contains(p)
                || (m_translation.contains(p) && m_translation.value(p) != p))
                *out << QStringLiteral("English placeholder in Vietnamese: “%1” %2")
                            .arg(p, describe(item));
        }
    }
    for (QQuickItem *child : item->childItems())
        visit(child, page, vietnamese, out);
}
