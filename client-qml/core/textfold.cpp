#include "textfold.h"

#include <QHash>

namespace {

bool isMark(QChar c)
{
    const QChar::Category cat = c.category();
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining
        || cat == QChar::Mark_Enclosing;
}

// Characters that carry nothing to search for: controls that are not white space (PDF text
// extraction emits some) and format characters such as the soft hyphen or a zero-width joiner.
bool isIgnorable(QChar c)
{
    const QChar::Category cat = c.category();
    return (cat == QChar::Other_Control && !c.isSpace()) || cat == QChar::Other_Format;
}

/**
 * The folded form of one code point (one or two UTF-16 units): may be empty (a combining
 * mark), one character, or several (a ligature). White space is left for the caller.
 */
QString foldCodePoint(QStringView unit)
{
    const char16_t c = unit.front().unicode();
    if (unit.size() == 1 && c < 0x80) {
        if (c < 0x20
            || c == 0x7f) // controls that are not white space (pdfium's U+0002 at a hyphen)
            return {};
        return QString(QChar(c >= u'A' && c <= u'Z' ? c + 32 : c));
    }
    // đ and Đ have no decomposition; Ð (U+00D0, the Icelandic eth) is what some Vietnamese
    // texts typed on old keyboards use for Đ.
    if (c == 0x0110 || c == 0x0111 || c == 0x00D0)
        return QStringLiteral("d");
    if (unit.size() == 1 && (isMark(QChar(c)) || isIgnorable(QChar(c))))
        return {};

    // NFKD rather than NFD: it also splits compatibility characters PDFs are full of (the
    // "ﬁ"/"ﬂ" ligatures, full-width digits), which a reader types as plain letters.
    thread_local QHash<char32_t, QString> cache; // a page repeats the same few accented letters
    const char32_t codePoint
        = unit.size() == 2 ? QChar::surrogateToUcs4(unit[0], unit[1]) : char32_t(c);
    if (const auto it = cache.constFind(codePoint); it != cache.cend())
        return *it;
    const QString decomposed = unit.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar d : decomposed) {
        if (isMark(d) || isIgnorable(d))
            continue;
        if (d.unicode() == 0x0110 || d.unicode() == 0x0111)
            d = QLatin1Char('d');
        out += d;
    }
    out = out.toCaseFolded();
    cache.insert(codePoint, out);
    return out;
}

} // namespace

TextFold::TextFold(const QString &original)
    : m_original(original)
{
    const qsizetype n = original.size();
    m_folded.reserve(n);
    m_start.reserve(n);
    m_end.reserve(n);
    bool pendingSpace = false; // white space seen since the last folded letter
    for (qsizetype i = 0; i < n;) {
        const QChar c = original.at(i);
        const qsizetype len
            = c.isHighSurrogate() && i + 1 < n && original.at(i + 1).isLowSurrogate() ? 2 : 1;
        if (len == 1 && c.isSpace()) {
            pendingSpace = true;
            i += len;
            continue;
        }
        const QString folded = foldCodePoint(QStringView(original).mid(i, len));
        if (folded.isEmpty()) {
            // A combining mark (or nothing): it belongs to the letter before it, if any.
            if (!pendingSpace && !m_end.isEmpty())
                m_end.last() = int(i + len);
        }
        for (QChar f : folded) {
            if (f.isSpace()) { // from a compatibility decomposition ("¨" is a space and a mark)
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !m_folded.isEmpty()) {
                // The space stands for the whole run of white space before this letter.
                m_folded += QLatin1Char(' ');
                m_start << m_end.last();
                m_end << int(i);
            }
            pendingSpace = false;
            m_folded += f;
            m_start << int(i);
            m_end << int(i + len);
        }
        i += len;
    }
}

QString TextFold::key(const QString &text)
{
    return TextFold(text).folded();
}

TextFold::Span TextFold::originalSpan(qsizetype foldedStart, qsizetype foldedLength) const
{
    if (foldedLength <= 0 || foldedStart < 0 || foldedStart + foldedLength > m_folded.size())
        return {};
    const qsizetype start = m_start.at(foldedStart);
    return { start, m_end.at(foldedStart + foldedLength - 1) - start };
}

QList<TextFold::Span> TextFold::find(const QString &needle, qsizetype limit) const
{
    QList<Span> spans;
    const QString key = TextFold::key(needle);
    if (key.isEmpty())
        return spans;
    for (qsizetype at = m_folded.indexOf(key); at >= 0 && (limit < 0 || spans.size() < limit);
         at = m_folded.indexOf(key, at + key.size()))
        spans << originalSpan(at, key.size());
    return spans;
}
