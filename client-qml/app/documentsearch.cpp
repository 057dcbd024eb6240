#include "documentsearch.h"

#include "pagegeometry.h"

#include <QPdfDocument>
#include <QPdfSelection>

#include <algorithm>

namespace {
// Time one event-loop turn may spend searching (at least one page). A frame at 60 Hz is
// ~16 ms; half of it for the search leaves the rest for drawing and touch, so typing and
// scrolling stay smooth while a 300-page document is searched.
constexpr qint64 TurnBudgetMs = 8;

QString collapseSpaces(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space)
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    if (space)
        out += QLatin1Char(' ');
    return out;
}
} // namespace

DocumentSearch::DocumentSearch(QObject *parent)
    : QAbstractListModel(parent)
{
    m_timer.setInterval(0); // each turn of the event loop, after the events waiting
    connect(&m_timer, &QTimer::timeout, this, &DocumentSearch::searchSome);
    m_rectsTimer.setInterval(0);
    connect(&m_rectsTimer, &QTimer::timeout, this, &DocumentSearch::updatePageRects);
    connect(this, &QAbstractItemModel::rowsInserted, this, &DocumentSearch::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &DocumentSearch::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &DocumentSearch::countChanged);
}

DocumentSearch::~DocumentSearch() = default;

void DocumentSearch::setSource(const QUrl &source)
{
    if (m_source == source)
        return;
    m_source = source;
    m_pdf.reset();
    m_opened = false;
    m_pages.clear();
    restart(); // the old hits go before anyone hears of the new source
    emit sourceChanged();
}

void DocumentSearch::setSearchString(const QString &searchString)
{
    if (m_searchString == searchString)
        return;
    const bool sameKey = TextFold::key(searchString) == TextFold::key(m_searchString);
    m_searchString = searchString;
    emit searchStringChanged();
    // "Bao cao " after "Bao cao": the same search, keep its results and its current hit.
    if (!sameKey)
        restart();
}

void DocumentSearch::setPage(int page)
{
    if (m_page == page)
        return;
    m_page = page;
    emit pageChanged();
    updatePageRects();
}

int DocumentSearch::pageCount() const
{
    return m_pdf && m_pdf->status() == QPdfDocument::Status::Ready ? m_pdf->pageCount() : 0;
}

void DocumentSearch::setCurrentResult(int row)
{
    if (row < -1 || row >= int(m_hits.size()) || row == m_current)
        return;
    m_current = row;
    emit currentResultChanged();
    emit currentHitChanged();
}

int DocumentSearch::currentPage() const
{
    return m_current >= 0 ? m_hits[size_t(m_current)].page : -1;
}

QString DocumentSearch::currentMatch() const
{
    return m_current >= 0 ? m_hits[size_t(m_current)].match.simplified() : QString();
}

QList<qreal> DocumentSearch::currentRects() const
{
    return m_current >= 0 ? rectsOf(m_hits[size_t(m_current)]) : QList<qreal>();
}

void DocumentSearch::next()
{
    const int n = int(m_hits.size());
    if (n > 0)
        setCurrentResult((m_current + 1) % n);
}

void DocumentSearch::previous()
{
    const int n = int(m_hits.size());
    if (n > 0)
        setCurrentResult(m_current <= 0 ? n - 1 : m_current - 1);
}

bool DocumentSearch::openDocument()
{
    if (m_opened)
        return pageCount() > 0;
    m_opened = true;
    if (m_source.isEmpty())
        return false;
    const QString file = m_source.isLocalFile()     ? m_source.toLocalFile()
        : m_source.scheme() == QLatin1String("qrc") ? QLatin1Char(':') + m_source.path()
                                                    : m_source.toString();
    m_pdf = PdfDocuments::open(file); // says why when it cannot
    emit progressChanged();
    return pageCount() > 0;
}

void DocumentSearch::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    emit searchingChanged();
}

void DocumentSearch::restart()
{
    stop();
    // The current row goes first: views that re-read it on rowsRemoved must find none.
    const bool hadCurrent = m_current != -1;
    m_current = -1;
    if (!m_hits.empty()) {
        beginRemoveRows({}, 0, int(m_hits.size()) - 1);
        m_hits.clear();
        endRemoveRows();
    }
    if (hadCurrent) {
        emit currentResultChanged();
        emit currentHitChanged();
    }
    m_pagesSearched = 0;
    updatePageRects();
    if (!TextFold::key(m_searchString).isEmpty() && openDocument()) {
        m_startPage = std::clamp(m_page, 0, pageCount() - 1);
        m_timer.start();
        emit searchingChanged();
    }
    emit progressChanged();
}

void DocumentSearch::searchSome()
{
    QElapsedTimer turn;
    turn.start();
    const int n = pageCount();
    do {
        if (m_pagesSearched >= n || int(m_hits.size()) >= MaxResults) {
            stop();
            break;
        }
        searchPage((m_startPage + m_pagesSearched) % n);
        ++m_pagesSearched;
    } while (turn.elapsed() < TurnBudgetMs);
    if (m_pagesSearched >= n)
        stop();
    emit progressChanged();
}

const TextFold &DocumentSearch::pageText(int page)
{
    auto it = m_pages.find(page);
    if (it == m_pages.end())
        it = m_pages.insert(page, TextFold(m_pdf->getAllText(page).text()));
    return *it;
}

void DocumentSearch::searchPage(int page)
{
    const TextFold &text = pageText(page);
    const QList<TextFold::Span> spans
        = text.find(m_searchString, MaxResults - qsizetype(m_hits.size()));
    if (spans.isEmpty())
        return;
    // Rows stay sorted by page: this page's hits go after those of the pages before it.
    const auto at = std::upper_bound(
        m_hits.begin(), m_hits.end(), page, [](int p, const Hit &hit) { return p < hit.page; });
    const int row = int(at - m_hits.begin());
    std::vector<Hit> found;
    found.reserve(size_t(spans.size()));
    for (const TextFold::Span &span : spans)
        found.push_back({ page, span, snippet(text.original(), span.start, span.length),
            text.original().mid(span.start, span.length), std::nullopt });
    beginInsertRows({}, row, row + int(found.size()) - 1);
    m_hits.insert(at, std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    endInsertRows();
    if (m_current >= row) {
        m_current += int(found.size()); // the same hit, at its new row
        emit currentResultChanged();
    } else if (m_current < 0) {
        m_current = row; // the first hit found, at or after the page the reader shows
        emit currentResultChanged();
        emit currentHitChanged();
    }
    if (page == m_page)
        updatePageRects();
}

QList<qreal> DocumentSearch::rectsOf(const Hit &hit) const
{
    if (!m_pdf)
        return {};
    if (!hit.rects) {
        const QPdfSelection selection
            = m_pdf->getSelectionAtIndex(hit.page, int(hit.span.start), int(hit.span.length));
        hit.rects
            = PageGeometry::normalizedLineRects(selection.bounds(), m_pdf->pagePointSize(hit.page));
    }
    return *hit.rects;
}

void DocumentSearch::updatePageRects()
{
    // Qt PDF answers each hit's rectangles by loading the page again (a few ms each): with
    // hundreds of hits on a page (a one-letter search) they come over several turns, each
    // within the budget; hits asked before cost nothing.
    QElapsedTimer turn;
    turn.start();
    QList<qreal> rects;
    const auto first = std::lower_bound(m_hits.begin(), m_hits.end(), m_page,
        [](const Hit &hit, int page) { return hit.page < page; });
    const auto last = std::upper_bound(
        first, m_hits.end(), m_page, [](int page, const Hit &hit) { return page < hit.page; });
    bool complete = true;
    for (auto it = first; it != last; ++it) {
        if (!it->rects && turn.elapsed() >= TurnBudgetMs) {
            complete = false;
            break;
        }
        rects << rectsOf(*it);
    }
    if (complete)
        m_rectsTimer.stop();
    else if (!m_rectsTimer.isActive())
        m_rectsTimer.start();
    if (rects == m_pageRects)
        return;
    m_pageRects = rects;
    emit pageRectsChanged();
}

QString DocumentSearch::snippet(const QString &text, qsizetype start, qsizetype length, int around)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    length = std::clamp<qsizetype>(length, 0, text.size() - start);
    qsizetype from = std::max<qsizetype>(0, start - around);
    qsizetype to = std::min<qsizetype>(text.size(), start + length + around);
    // Cut at a word: drop the word the window cuts into, unless that leaves nothing.
    if (from > 0 && !text.at(from - 1).isSpace()) {
        qsizetype s = from;
        while (s < start && !text.at(s).isSpace())
            ++s;
        if (s < start)
            from = s;
    }
    if (to < text.size() && !text.at(to).isSpace()) {
        qsizetype e = to;
        while (e > start + length && !text.at(e - 1).isSpace())
            --e;
        if (e > start + length)
            to = e;
    }
    // The hit is in the middle: no space before the snippet's first word or after its last.
    QString before = collapseSpaces(QStringView(text).mid(from, start - from));
    QString after = collapseSpaces(QStringView(text).mid(start + length, to - start - length));
    if (before.startsWith(QLatin1Char(' ')))
        before.remove(0, 1);
    if (after.endsWith(QLatin1Char(' ')))
        after.chop(1);
    const QString ellipsis = QStringLiteral("…");
    return (from > 0 ? ellipsis : QString()) + before.toHtmlEscaped() + QStringLiteral("<b>")
        + collapseSpaces(QStringView(text).mid(start, length)).toHtmlEscaped()
        + QStringLiteral("</b>") + after.toHtmlEscaped()
        + (to < text.size() ? ellipsis : QString());
}

int DocumentSearch::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant DocumentSearch::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Hit &hit = m_hits[size_t(index.row())];
    switch (role) {
    case PageRole:
        return hit.page;
    case ContextRole:
        return hit.context;
    case RectsRole:
        return QVariant::fromValue(rectsOf(hit));
    case MatchRole:
    case Qt::DisplayRole:
        return hit.match;
    }
    return {};
}

QHash<int, QByteArray> DocumentSearch::roleNames() const
{
    return {
        { PageRole, "page" },
        { ContextRole, "context" },
        { RectsRole, "rects" },
        { MatchRole, "match" },
    };
}
