#include "pdfdocuments.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QPdfDocument>
#include <QThread>

Q_LOGGING_CATEGORY(lcPdfDocuments, "quorum.tablet.pdf", QtInfoMsg)

namespace {
struct Registry
{
    QMutex mutex;
    QHash<QString, std::weak_ptr<QPdfDocument>> open; // by key
};

Registry &registry()
{
    static Registry r;
    return r;
}

// The last holder may be the image thread (a page finished rendering after its reader
// closed): the QObject goes on the thread it lives in, the GUI thread.
void release(const QString &key, QPdfDocument *document)
{
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        const auto it = r.open.constFind(key);
        // Opened again meanwhile: that entry is a newer document.
        if (it != r.open.constEnd() && it->expired())
            r.open.erase(it);
    }
    if (QThread::currentThread() == document->thread())
        delete document;
    else
        document->deleteLater();
}
} // namespace

QString PdfDocuments::keyOf(const QString &path)
{
    return QString::fromLatin1(QCryptographicHash::hash(
        QFileInfo(path).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
                                   .toHex());
}

PdfDocuments::Handle PdfDocuments::open(const QString &path)
{
    Q_ASSERT(QThread::currentThread() == QCoreApplication::instance()->thread());
    const QString key = keyOf(path);
    if (Handle found = find(key))
        return found;
    Handle document(new QPdfDocument, [key](QPdfDocument *d) { release(key, d); });
    // A local file loads at once (Qt PDF's asynchronous path is for sequential devices).
    const QPdfDocument::Error error = document->load(path);
    if (error != QPdfDocument::Error::None || document->status() != QPdfDocument::Status::Ready) {
        qCWarning(lcPdfDocuments) << "cannot open" << path << error;
        return document;
    }
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.open.insert(key, document);
    return document;
}

PdfDocuments::Handle PdfDocuments::find(const QString &key)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return r.open.value(key).lock();
}

int PdfDocuments::openCount()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    int n = 0;
    for (const auto &weak : std::as_const(r.open))
        n += weak.expired() ? 0 : 1;
    return n;
}
