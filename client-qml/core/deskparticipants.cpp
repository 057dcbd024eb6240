#include "deskparticipants.h"

#include "listsync.h"
#include "organiserclient.h"
#include "preparation.h"
#include "protocol.h"
#include "refusal.h"

#include <QSet>

#include <algorithm>

namespace v1 = quorum::v1;
using quorum::qstr;
using quorum::sstr;

DeskParticipants::DeskParticipants(QObject *parent)
    : QAbstractListModel(parent)
{ }

bool DeskParticipants::Row::operator==(const Row &other) const
{
    return key == other.key && pin == other.pin
        && participant.SerializeAsString() == other.participant.SerializeAsString();
}

int DeskParticipants::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DeskParticipants::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const v1::Participant &p = row.participant;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return qstr(p.name());
    case IdRole:
        return row.key;
    case TitleRole:
        return qstr(p.title());
    case UnitRole:
        return qstr(p.unit());
    case ParticipantRoleRole:
        return int(p.role());
    case WeightRole:
        return qulonglong(std::max<quint64>(p.weight(), 1));
    case VotingRole:
        return p.voting();
    case PinIssuesRole:
        return int(p.pin_issues());
    case PinRole:
        return row.pin;
    default:
        return {};
    }
}

QHash<int, QByteArray> DeskParticipants::roleNames() const
{
    return { { IdRole, "participantId" }, { NameRole, "name" }, { TitleRole, "title" },
        { UnitRole, "unit" }, { ParticipantRoleRole, "participantRole" }, { WeightRole, "weight" },
        { VotingRole, "voting" }, { PinIssuesRole, "pinIssues" }, { PinRole, "pin" } };
}

QObject *DeskParticipants::organiserClient() const
{
    return m_client;
}

void DeskParticipants::setOrganiserClient(QObject *client)
{
    auto *organiser = qobject_cast<OrganiserClient *>(client);
    if (organiser == m_client)
        return;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = organiser;
    m_pending = 0;
    m_pins.clear();
    if (m_client) {
        connect(m_client, &OrganiserClient::changed, this, &DeskParticipants::sync);
        connect(m_client, &OrganiserClient::opened, this, [this] {
            // Another meeting (or the same one again): the PINs held were of the one before.
            m_pins.clear();
            emit pinsChanged();
            sync();
        });
        connect(m_client, &OrganiserClient::replied, this, &DeskParticipants::onReplied);
    }
    emit organiserClientChanged();
    emit serverUrlChanged();
    emit pinsChanged();
    sync();
}

QUrl DeskParticipants::serverUrl() const
{
    if (!m_serverUrl.isEmpty() || !m_client)
        return m_serverUrl;
    return m_client->property("serverUrl").toUrl();
}

void DeskParticipants::setServerUrl(const QUrl &url)
{
    if (url == m_serverUrl)
        return;
    m_serverUrl = url;
    emit serverUrlChanged();
}

int DeskParticipants::phase() const
{
    return m_phase;
}

bool DeskParticipants::needsReason() const
{
    return m_phase == v1::MEETING_PHASE_CONVENED || m_phase == v1::MEETING_PHASE_RUNNING;
}

bool DeskParticipants::editable() const
{
    return m_client && m_client->isOpen() && m_phase != v1::MEETING_PHASE_CLOSED
        && m_phase != v1::MEETING_PHASE_ARCHIVED;
}

int DeskParticipants::withoutPin() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
        [](const Row &r) { return r.participant.pin_issues() == 0; }));
}

v1::MeetingDefined DeskParticipants::definition() const
{
    return m_client ? m_client->state().definition : v1::MeetingDefined();
}

void DeskParticipants::sync()
{
    const int before = count();
    const int withoutBefore = withoutPin();
    std::vector<Row> next;
    if (m_client) {
        const v1::MeetingDefined &d = m_client->state().definition;
        next.reserve(size_t(d.participants_size()));
        for (const v1::Participant &p : d.participants()) {
            Row row{ qstr(p.id()), p, m_pins.value(qstr(p.id())) };
            row.participant.clear_present(); // presence is not the desk's business here
            next.push_back(std::move(row));
        }
    }
    syncRows(this, m_rows, std::move(next));
    const int phase = m_client ? int(m_client->state().definition.phase()) : 0;
    if (phase != m_phase) {
        m_phase = phase;
        emit phaseChanged();
    }
    if (before != count() || withoutBefore != withoutPin())
        emit countChanged();
}

bool DeskParticipants::send(Action action, const v1::Command &command)
{
    if (!m_client || m_pending != 0)
        return false;
    const quint64 id = m_client->send(command);
    if (id == 0)
        return false;
    m_pending = id;
    m_pendingAction = action;
    emit busyChanged();
    return true;
}

v1::Participant DeskParticipants::fromMap(const QVariantMap &map) const
{
    v1::Participant p;
    p.set_id(sstr(map.value(QStringLiteral("id")).toString().trimmed()));
    p.set_name(sstr(map.value(QStringLiteral("name")).toString().trimmed()));
    p.set_title(sstr(map.value(QStringLiteral("title")).toString().trimmed()));
    // The roster's đơn vị (RosterPreview's "unit") is the participant's unit.
    p.set_unit(sstr(map.value(QStringLiteral("unit")).toString().trimmed()));
    const auto role = v1::Role(map.value(QStringLiteral("role"), int(v1::ROLE_DELEGATE)).toInt());
    p.set_role(role);
    // As a meeting file has it: the chair and delegates vote, the secretary and observers not.
    p.set_voting(role == v1::ROLE_CHAIR || role == v1::ROLE_DELEGATE);
    const quint64 weight = map.value(QStringLiteral("weight"), 1).toULongLong();
    p.set_weight(weight > 1 ? weight : 0); // 0 means 1, as the definition stores it
    return p;
}

QString DeskParticipants::freeId(const QString &name) const
{
    // Ids only name the participant in events: short, ASCII, stable; a name's letters without
    // their diacritics, then a number when taken.
    QString base;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c == QChar(0x0111) || c == QChar(0x0110))
            base += QLatin1Char('d');
        else if (c.isLetterOrNumber() && c.unicode() < 128)
            base += c.toLower();
        else if (c.isSpace() && !base.endsWith(QLatin1Char('-')) && !base.isEmpty())
            base += QLatin1Char('-');
    }
    base = base.left(40);
    if (base.isEmpty())
        base = QStringLiteral("p");
    QSet<QString> taken;
    for (const Row &r : m_rows)
        taken.insert(r.key);
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

bool DeskParticipants::add(const QVariantMap &participant, const QString &reason)
{
    v1::Command command;
    v1::AddParticipant *add = command.mutable_add_participant();
    *add->mutable_participant() = fromMap(participant);
    if (add->participant().id().empty())
        add->mutable_participant()->set_id(sstr(freeId(qstr(add->participant().name()))));
    add->set_reason(sstr(reason));
    return send(Add, command);
}

bool DeskParticipants::edit(const QVariantMap &participant, const QString &reason)
{
    v1::Command command;
    v1::EditParticipant *edit = command.mutable_edit_participant();
    *edit->mutable_participant() = fromMap(participant);
    edit->set_reason(sstr(reason));
    return send(Edit, command);
}

bool DeskParticipants::remove(const QString &participantId, const QString &reason)
{
    v1::Command command;
    command.mutable_remove_participant()->set_participant_id(sstr(participantId));
    command.mutable_remove_participant()->set_reason(sstr(reason));
    return send(Remove, command);
}

bool DeskParticipants::importList(
    const QVariantList &participants, bool replace, const QString &reason)
{
    v1::Command command;
    v1::ImportParticipants *import = command.mutable_import_participants();
    QStringList names;
    for (const QVariant &row : participants) {
        *import->add_participants() = fromMap(row.toMap());
        names << row.toMap().value(QStringLiteral("name")).toString();
    }
    import->set_replace(replace);
    import->set_reason(sstr(reason));
    if (m_client && m_pending == 0 && qint64(import->ByteSizeLong()) > quorum::MaxImportBytes) {
        // Refused here as the server refuses it: sent, a list past the desk's 4 MiB frame would
        // cut the desk off, and be sent again on every reconnect.
        m_refusal = Refusal::of(quorum::makeError(v1::ERROR_INVALID_ARGUMENT,
            v1::DESK_REFUSAL_TOO_MANY, QStringLiteral("The list is larger than one import")));
        m_errorCode = int(v1::ERROR_INVALID_ARGUMENT);
        m_refusedRows.clear();
        emit outcomeChanged();
        emit replied(int(Import), false);
        return false;
    }
    if (!send(Import, command))
        return false;
    m_importNames = names;
    return true;
}

bool DeskParticipants::issuePins(const QStringList &participantIds)
{
    if (participantIds.isEmpty())
        return false; // an empty list means "whoever has none" to the server: issueMissingPins
    v1::Command command;
    for (const QString &id : participantIds)
        command.mutable_issue_pins()->add_participant_ids(sstr(id));
    return send(IssuePins, command);
}

bool DeskParticipants::issueMissingPins()
{
    v1::Command command;
    command.mutable_issue_pins();
    return send(IssuePins, command);
}

QVariantMap DeskParticipants::participant(const QString &participantId) const
{
    for (const Row &r : m_rows) {
        if (r.key != participantId)
            continue;
        const v1::Participant &p = r.participant;
        return { { QStringLiteral("id"), r.key }, { QStringLiteral("name"), qstr(p.name()) },
            { QStringLiteral("title"), qstr(p.title()) },
            { QStringLiteral("unit"), qstr(p.unit()) }, { QStringLiteral("role"), int(p.role()) },
            { QStringLiteral("weight"), qulonglong(std::max<quint64>(p.weight(), 1)) } };
    }
    return {};
}

void DeskParticipants::forgetPins()
{
    if (m_pins.isEmpty())
        return;
    m_pins.clear();
    emit pinsChanged();
    sync();
}

void DeskParticipants::onReplied(quint64 requestId, const v1::Reply &reply)
{
    if (requestId != m_pending)
        return;
    m_pending = 0;
    const Action action = m_pendingAction;
    m_refusal = Refusal::of(reply.error());
    m_errorCode = int(reply.error().code());
    m_refusedRows.clear();
    for (const v1::RefusedParticipant &row : reply.refused_participants()) {
        const int index = int(row.index());
        m_refusedRows.append(QVariantMap{ { QStringLiteral("index"), index },
            { QStringLiteral("participantId"), qstr(row.participant_id()) },
            { QStringLiteral("name"), m_importNames.value(index) },
            { QStringLiteral("reason"), int(v1::Error::kDesk) * Refusal::Stride + row.reason() } });
    }
    if (!reply.issued_pins().empty()) {
        for (const v1::IssuedPin &pin : reply.issued_pins())
            m_pins.insert(qstr(pin.participant_id()), qstr(pin.pin()));
        emit pinsChanged();
        sync();
    }
    const bool ok = m_errorCode == int(v1::ERROR_UNSPECIFIED);
    emit busyChanged();
    emit outcomeChanged();
    emit replied(int(action), ok);
}
