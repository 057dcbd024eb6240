#pragma once

#include "pdfdocuments.h"
#include "textfold.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>
#include <vector>

class QPdfDocument;

/**
 * Text search in one PDF for the reader, as a Vietnamese reader expects it: regardless of
 * case and diacritics ("bao cao" finds "Báo cáo", "dieu" finds "Điều"), and across line breaks
 * (TextFold). It reads the cached file's shared QPdfDocument (PdfDocuments, the reader's)
 * and searches a few pages per event-loop turn: a 300-page document never freezes the page,
 * results appear as they are found, and a new search string stops the previous search. The
 * search starts at the page the reader shows and wraps around; the rows stay sorted by page.
 * The first hit found becomes the current one.
 *
 * Rows: page, context (a snippet, StyledText, the hit in bold), rects (the hit's rectangles
 * on its page, normalized x, y, width, height, ...). `pageRects` holds every hit of `page`
 * and `currentRects` the current hit, for PageCanvas.
 */
class DocumentSearch : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    /** The PDF file: a file: URL (MeetingDocuments::localUrl) or a path. */
    Q_PROPERTY(QUrl source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(
        QString searchString READ searchString WRITE setSearchString NOTIFY searchStringChanged)
    /** The page the reader shows: `pageRects` are its hits; a new search starts there. */
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /** Pages are still being searched. */
    Q_PROPERTY(bool searching READ searching NOTIFY searchingChanged)
    /** Pages searched so far, of `pageCount`. */
    Q_PROPERTY(int pagesSearched READ pagesSearched NOTIFY progressChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY progressChanged)
    /** The row of the current hit; -1 when there is none. */
    Q_PROPERTY(
        int currentResult READ currentResult WRITE setCurrentResult NOTIFY currentResultChanged)
    /** The page of the current hit; -1 when there is none. */
    Q_PROPERTY(int currentPage READ currentPage NOTIFY currentResultChanged)
    Q_PROPERTY(QList<qreal> currentRects READ currentRects NOTIFY currentResultChanged)
    /** The current hit as it is written on its page, white space as one space: the passage a
     *  delegate comments on or amends ("Comment on this passage", FormsDesk::anchorPassage). */
    Q_PROPERTY(QString currentMatch READ currentMatch NOTIFY currentResultChanged)
    Q_PROPERTY(QList<qreal> pageRects READ pageRects NOTIFY pageRectsChanged)

public:
    enum Role {
        PageRole = Qt::UserRole + 1,
        ContextRole, // StyledText: "…before <b>hit</b> after…"
        RectsRole, // QList<qreal>: x, y, width, height, ... normalized to the page
        MatchRole, // the hit as it is written on the page
    };
    Q_ENUM(Role)

    /** Hits beyond this many are not listed (a one-letter search of a long document). */
    static constexpr int MaxResults = 5000;

    explicit DocumentSearch(QObject *parent = nullptr);
    ~DocumentSearch() override;

    QUrl source() const { return m_source; }
    void setSource(const QUrl &source);
    QString searchString() const { return m_searchString; }
    void setSearchString(const QString &searchString);
    int page() const { return m_page; }
    void setPage(int page);
    bool searching() const { return m_timer.isActive(); }
    int pagesSearched() const { return m_pagesSearched; }
    int pageCount() const;
    int currentResult() const { return m_current; }
    void setCurrentResult(int row);
    int currentPage() const;
    QList<qreal> currentRects() const;
    QString currentMatch() const;
    QList<qreal> pageRects() const { return m_pageRects; }

    /** The next hit (after the last one: the first), the previous one (before the first: the last).
     */
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();

    /** "…text before <b>hit</b> text after…", escaped for StyledText, white space collapsed,
     *  about `around` characters each side, cut at a word. */
    static QString snippet(const QString &text, qsizetype start, qsizetype length, int around = 40);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void sourceChanged();
    void searchStringChanged();
    void pageChanged();
    void countChanged();
    void searchingChanged();
    void progressChanged();
    void currentResultChanged();
    /** Another hit became the current one (not the same hit at a new row, as rows are
     *  inserted before it): the reader turns to its page. */
    void currentHitChanged();
    void pageRectsChanged();

private:
    struct Hit
    {
        int page = 0;
        TextFold::Span span; // in the page's character indices
        QString context;
        QString match;
        mutable std::optional<QList<qreal>> rects; // asked of PDFium when first needed
    };

    void restart();
    void stop();
    void searchSome();
    void searchPage(int page);
    const TextFold &pageText(int page);
    QList<qreal> rectsOf(const Hit &hit) const;
    void updatePageRects();
    bool openDocument();

    QUrl m_source;
    QString m_searchString;
    int m_page = 0;
    PdfDocuments::Handle m_pdf;
    bool m_opened = false; // m_pdf was loaded from m_source (successfully or not)
    QHash<int, TextFold> m_pages; // text of the pages searched once, folded; per source
    std::vector<Hit> m_hits;
    int m_current = -1;
    QList<qreal> m_pageRects;
    // The running search: pages left, in the order they are searched.
    int m_startPage = 0;
    int m_pagesSearched = 0;
    QTimer m_timer;
    QTimer m_rectsTimer; // the rest of pageRects, when one turn was not enough
};
