#include "commandqueue.h"

#include "protocol.h"

#include <QUuid>

QString CommandQueue::enqueue(quorum::v1::Command command)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    command.set_command_id(quorum::sstr(id));
    command.clear_request_id();
    m_entries.append({ std::move(command), false });
    return id;
}

QList<quorum::v1::Command> CommandQueue::takeUnsent(bool all)
{
    QList<quorum::v1::Command> out;
    for (Entry &e : m_entries) {
        if (e.sent && !all)
            continue;
        e.command.set_request_id(m_nextRequestId++);
        e.sent = true;
        out.append(e.command);
    }
    return out;
}

std::optional<quorum::v1::Command> CommandQueue::resolve(quint64 requestId)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->sent && it->command.request_id() == requestId) {
            quorum::v1::Command command = std::move(it->command);
            m_entries.erase(it);
            return command;
        }
    }
    return std::nullopt;
}
