#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace quorum {

/** A place in a text file, as an editor shows it: 1-based line and column (characters). */
struct TextPosition
{
    int line = 0;
    int column = 0;
};

/**
 * Where each value of a JSON document is in its text, so that an error about a value can name
 * its line and column (Qt's JSON parser keeps no positions). Paths are "participants/3/role";
 * the root is "". Scans text that QJsonDocument has already accepted.
 */
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray &json);

    /** The value at the path; the nearest enclosing value when it is absent. */
    TextPosition valueAt(const QString &path) const;
    /** The byte range [start, end) of the value at the path; {-1, -1} when absent. */
    QPair<qsizetype, qsizetype> valueRange(const QString &path) const;
    /** Where an offset of the text is. */
    TextPosition at(qsizetype offset) const;

    /** A key written twice in one object (QJsonDocument keeps only one of them). */
    struct Duplicate
    {
        QString path;
        qsizetype offset = 0; // the second value
    };
    const QList<Duplicate> &duplicateKeys() const { return m_duplicates; }

private:
    void scanValue(const QString &path);
    void scanValueBody(const QString &path);
    void skipSpace();
    QString scanString();

    const QByteArray &m_json;
    qsizetype m_pos = 0;
    QHash<QString, qsizetype> m_values;
    QHash<QString, qsizetype> m_ends;
    QList<Duplicate> m_duplicates;
    QList<qsizetype> m_lineStarts;
};

} // namespace quorum
