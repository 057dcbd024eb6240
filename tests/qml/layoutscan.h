#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

class QQuickItem;

/**
 * Walks the visible item tree of a page and lists what a person would see wrong (issue 11,
 * "nothing clipped or left untranslated"): a label cut off with "…", a text wider than the
 * box it is drawn in, something that runs off the page's edge, and — in Vietnamese — a
 * string of the app's own that shows in English although the Vietnamese file translates it
 * (read from client-qml/app/i18n/quorum_vi.ts), or that the file does not translate at all.
 *
 * Only the app's words are checked for cutting: names, titles and descriptions typed by
 * people may be elided on purpose (one line in a list), and are.
 */
class LayoutScan
{
public:
    /** Reads the translations once; false (and `error`) when the file cannot be read. */
    bool load(const QString &tsPath, QString *error);
    /** Problems found under `page`, each one line naming the item and its text. */
    QStringList scan(QQuickItem *page, bool vietnamese) const;

private:
    void visit(QQuickItem *item, QQuickItem *page, bool vietnamese, QStringList *out) const;
    bool isAppString(const QString &text) const;

    QHash<QString, QString> m_translation; // English source -> Vietnamese
    QSet<QString> m_vietnamese; // every Vietnamese translation
    QSet<QString> m_untranslated; // sources the file leaves unfinished or empty
};
