#include "minutesdrafts.h"

#include "draftfile.h"

#include "meetingclient.h"
#include "meetingdocuments.h"
#include "minutesreplica.h"
#include "participantsmodel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcDrafts, "quorum.client.minutes", QtInfoMsg)

namespace {
const QString Notes = QStringLiteral("notes");
const QString Conclusions = QStringLiteral("conclusions");
const QString Number = QStringLiteral("number");
const QString Locality = QStringLiteral("locality");

QString keyOf(const QString &itemId, const QString &field)
{
    return itemId + QLatin1Char('\n') + field;
}
} // namespace

MinutesDrafts::MinutesDrafts(QObject *parent)
    : QObject(parent)
{ }

void MinutesDrafts::setClient(MeetingClient *client)
{
    if (m_client == client)
        return;
    if (m_client) {
        // And the parts of it followed below: an old client must not drive this one.
        disconnect(m_client, nullptr, this, nullptr);
        disconnect(m_client->documents(), nullptr, this, nullptr);
        disconnect(m_client->minutes(), nullptr, this, nullptr);
    }
    m_client = client;
    if (client) {
        connect(client, &MeetingClient::meetingChanged, this, &MinutesDrafts::reload);
        connect(client, &MeetingClient::identityChanged, this, &MinutesDrafts::reload);
        connect(client->documents(), &MeetingDocuments::stateDirectoryChanged, this,
            &MinutesDrafts::reload);
        connect(client->minutes(), &MinutesReplica::changed, this, &MinutesDrafts::prune);
        connect(client->minutes(), &MinutesReplica::countChanged, this, &MinutesDrafts::prune);
    }
    reload();
    emit clientChanged();
}

QString MinutesDrafts::stored(const QString &itemId, const QString &field) const
{
    if (!m_client)
        return {};
    const MinutesReplica *minutes = m_client->minutes();
    if (field == Number)
        return minutes->number();
    if (field == Locality)
        return minutes->locality();
    return field == Notes ? minutes->notesOf(itemId) : minutes->conclusionsOf(itemId);
}

QString MinutesDrafts::text(const QString &itemId, const QString &field) const
{
    // Locked minutes show what was approved: a draft typed before the lock could not be saved
    // and would read as if it were the minutes. It is kept, and shows again after a reopening.
    if (m_client && m_client->minutes()->locked())
        return stored(itemId, field);
    const auto it = m_drafts.constFind(keyOf(itemId, field));
    return it == m_drafts.cend() ? stored(itemId, field) : *it;
}

void MinutesDrafts::setText(const QString &itemId, const QString &field, const QString &text)
{
    const QString key = keyOf(itemId, field);
    const bool same = text == stored(itemId, field);
    if (same ? !m_drafts.contains(key) : m_drafts.value(key) == text && m_drafts.contains(key))
        return;
    if (same)
        m_drafts.remove(key);
    else
        m_drafts.insert(key, text);
    write();
    bump();
}

bool MinutesDrafts::dirty() const
{
    return !m_drafts.isEmpty();
}

bool MinutesDrafts::isDirty(const QString &itemId) const
{
    for (const QString &field : { Notes, Conclusions, Number, Locality }) {
        if (m_drafts.contains(keyOf(itemId, field)))
            return true;
    }
    return false;
}

bool MinutesDrafts::savingWithdrawsApprovals() const
{
    if (!m_client || m_drafts.isEmpty())
        return false;
    const MinutesReplica *minutes = m_client->minutes();
    return !minutes->locked() && (minutes->chairApproved() || minutes->secretaryApproved());
}

QStringList MinutesDrafts::approverNames() const
{
    QStringList names;
    if (!m_client)
        return names;
    const MinutesReplica *minutes = m_client->minutes();
    for (const QString &id : { minutes->chairApproverId(), minutes->secretaryApproverId() }) {
        if (!id.isEmpty())
            names << m_client->participants()->nameOf(id);
    }
    return names;
}

int MinutesDrafts::save()
{
    if (!m_client)
        return 0;
    QStringList items;
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it) {
        const QString itemId = it.key().section(QLatin1Char('\n'), 0, 0);
        if (!items.contains(itemId))
            items << itemId;
    }
    // The draft stays until the minutes hold its text: a command lost with the connection is
    // resent by the queue, and a refused one leaves the words on the tablet.
    for (const QString &itemId : items) {
        if (itemId.isEmpty())
            m_client->editMinutes(itemId, text(itemId, Notes), text(itemId, Conclusions),
                text(itemId, Number), text(itemId, Locality));
        else
            m_client->editMinutes(itemId, text(itemId, Notes), text(itemId, Conclusions));
    }
    return int(items.size());
}

void MinutesDrafts::discard()
{
    if (m_drafts.isEmpty())
        return;
    m_drafts.clear();
    write();
    bump();
}

QString MinutesDrafts::filePath() const
{
    return m_path;
}

void MinutesDrafts::reload()
{
    m_drafts.clear();
    m_path = draftFilePath(m_client, QStringLiteral("minutes-drafts"));
    if (!m_path.isEmpty()) {
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
            for (auto it = o.begin(); it != o.end(); ++it)
                m_drafts.insert(it.key(), it.value().toString());
        }
    }
    prune();
    bump();
}

void MinutesDrafts::prune()
{
    bool removed = false;
    for (auto it = m_drafts.begin(); it != m_drafts.end();) {
        const QString itemId = it.key().section(QLatin1Char('\n'), 0, 0);
        const QString field = it.key().section(QLatin1Char('\n'), 1);
        if (stored(itemId, field) == it.value()) {
            it = m_drafts.erase(it);
            removed = true;
        } else {
            ++it;
        }
    }
    if (removed)
        write();
    bump();
}

void MinutesDrafts::write() const
{
    if (m_path.isEmpty())
        return;
    if (m_drafts.isEmpty()) {
        QFile::remove(m_path);
        return;
    }
    QJsonObject o;
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it)
        o.insert(it.key(), it.value());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcDrafts) << "cannot keep the minutes draft in" << m_path << file.errorString();
        return;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcDrafts) << "cannot keep the minutes draft in" << m_path << file.errorString();
}

void MinutesDrafts::bump()
{
    ++m_revision;
    emit changed();
}
