#include "commitwriter.h"

namespace quorum {

CommitWriter::CommitWriter(EventStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_thread.setObjectName(QStringLiteral("quorum-commit"));
}

CommitWriter::~CommitWriter()
{
    if (!m_thread.isRunning())
        return;
    // Everything queued before this runs first: a batch submitted is written (its reply is
    // simply never sent), and the connection is closed on the thread that opened it.
    QMetaObject::invokeMethod(
        m_context, [this] { m_connection.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

bool CommitWriter::start(QString *error)
{
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context, [this, error] { m_connection = m_store.openConnection(error); },
        Qt::BlockingQueuedConnection);
    return m_connection != nullptr;
}

void CommitWriter::submit(CommitBatch batch, bool scrub)
{
    auto shared = std::make_shared<CommitBatch>(std::move(batch));
    QMetaObject::invokeMethod(
        m_context,
        [this, shared, scrub] {
            QString error;
            const bool durable = m_connection->commit(*shared, &error);
            QString scrubError;
            const bool scrubbed = durable && scrub && m_connection->scrub(&scrubError);
            // Back on the submitting thread (this object's): queued, never called here.
            QMetaObject::invokeMethod(
                this,
                [this, durable, error, scrubbed, scrubError] {
                    emit written(durable, error, scrubbed, scrubError);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace quorum
