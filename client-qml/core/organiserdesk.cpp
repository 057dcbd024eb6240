#include "organiserdesk.h"

#include "articlewords.h"
#include "bodies.h"
#include "certfingerprint.h"
#include "floorreplica.h"
#include "lifecycle.h"
#include "meetingclient.h"
#include "organiserclient.h"
#include "quorumruledraft.h"
#include "refusal.h"
#include "rules.h"
#include "rulewords.h"
#include "tlspinning.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace v1 = quorum::v1;
using quorum::qstr;
using quorum::sstr;

namespace {

// The kind of body travels in EditMeeting once the server edits it there (issue 13: the free
// text field gives way to the BodyKind enum, deskpeople13's part); until then the kind is
// shown from the definition and only its quorum rule goes with the edit.
template <typename Edit>
auto setBodyKind(Edit &edit, v1::BodyKind kind, int) -> decltype(edit.set_body_kind(kind), void())
{
    edit.set_body_kind(kind);
}
template <typename Edit> void setBodyKind(Edit &, v1::BodyKind, long) { }

v1::BodyKind bodyKindOf(int value)
{
    return v1::BodyKind_IsValid(value) ? v1::BodyKind(value) : v1::BODY_KIND_UNSPECIFIED;
}

// The agenda item ids the desk makes: short, unique in the meeting.
QString newItemId(const quorum::MeetingState &state)
{
    for (int n = state.definition.agenda_size() + 1;; ++n) {
        const QString id = QStringLiteral("muc-%1").arg(n);
        if (state.agendaIndex(id) < 0)
            return id;
    }
}

} // namespace

OrganiserDesk::OrganiserDesk(QObject *parent)
    : QObject(parent)
    , m_client(new OrganiserClient(this))
    , m_meetings(new DeskMeetingsModel(this))
    , m_agenda(new DeskAgendaModel(this))
{
    connect(m_client, &OrganiserClient::meetingsListed, this, [this] {
        m_meetings->setMeetings(m_client->meetings());
        setState(List);
    });
    connect(m_client, &OrganiserClient::opened, this, [this] {
        m_linkUp = true;
        emit linkChanged();
        setState(Open);
        if (!m_newTitle.isEmpty()) {
            v1::Command command;
            command.mutable_edit_meeting()->set_title(sstr(m_newTitle));
            command.mutable_edit_meeting()->set_language("vi");
            m_newTitle.clear();
            send(QStringLiteral("meeting"), command);
        }
    });
    connect(m_client, &OrganiserClient::changed, this, &OrganiserDesk::onChanged);
    connect(m_client, &OrganiserClient::replied, this, &OrganiserDesk::onReplied);
    connect(m_client, &OrganiserClient::linkChanged, this, [this](bool up) {
        m_linkUp = up;
        emit linkChanged();
    });
    connect(m_client, &OrganiserClient::failed, this, [this](int code, const QString &detail) {
        // A link that never came up, or the Hello refused: back to where the desk was.
        setError(code ? code : int(MeetingClient::ConnectionFailed), 0, detail);
        if (m_state == Listing)
            setState(SignedOut);
        else if (m_state == Opening)
            setState(List);
        else if (m_state == Open && code == int(MeetingClient::UnknownMeeting))
            showList(); // removed (RemoveMeeting closes its sessions): back to the list
    });
    connect(m_client, &OrganiserClient::uploadFinished, this, [this](const QString &) {
        emit busyChanged();
        emit applied(QStringLiteral("upload"));
    });
    connect(m_client, &OrganiserClient::uploadFailed, this,
        [this](int code, int failure, int reason, const QString &detail) {
            setError(code, reason,
                failure ? detail + QStringLiteral(" (upload failure %1)").arg(failure) : detail);
            emit busyChanged();
            emit refused(QStringLiteral("upload"));
        });
}

QObject *OrganiserDesk::client() const
{
    return m_client;
}

QVariantMap OrganiserDesk::meeting() const
{
    if (m_state != Open)
        return {};
    const quorum::MeetingState &s = m_client->state();
    const v1::MeetingDefined &d = s.definition;
    return {
        { QStringLiteral("meetingId"), m_client->meetingId() },
        { QStringLiteral("phase"), int(d.phase()) },
        { QStringLiteral("title"), qstr(d.title()) },
        { QStringLiteral("organisation"), qstr(d.organisation()) },
        { QStringLiteral("parentOrganisation"), qstr(d.parent_organisation()) },
        { QStringLiteral("bodyKind"), int(d.body_kind()) },
        { QStringLiteral("place"), qstr(d.place()) },
        { QStringLiteral("scheduledStart"), qint64(d.scheduled_start_ms()) },
        { QStringLiteral("language"), qstr(d.language()) },
        { QStringLiteral("ballotRulePreset"), qstr(d.ballot_rule_preset()) },
        // The quorum as kept (a rule of its own stays one after a reload), else the kind's.
        { QStringLiteral("quorumRule"),
            QByteArray::fromStdString(
                (d.has_quorum_rule() ? d.quorum_rule()
                                     : quorum::bodies::preset(d.body_kind()).quorum)
                    .SerializeAsString()) },
        { QStringLiteral("allowProxies"), d.allow_proxies() },
        { QStringLiteral("maxProxies"), int(d.max_proxies_per_holder()) },
        { QStringLiteral("minutesNumber"), qstr(d.minutes_number()) },
        { QStringLiteral("minutesPlace"), qstr(d.minutes_place()) },
        { QStringLiteral("convening"), int(std::max<quint32>(1, d.convening())) },
        { QStringLiteral("totalUnits"), double(d.total_units()) },
        { QStringLiteral("totalMemberWeight"), double(d.total_member_weight()) },
        { QStringLiteral("participants"), int(s.participants.size()) },
        { QStringLiteral("agendaItems"), d.agenda_size() },
    };
}

QString OrganiserDesk::meetingId() const
{
    return m_state == Open || m_state == Opening ? m_client->meetingId() : QString();
}

int OrganiserDesk::phase() const
{
    return m_state == Open ? int(m_client->state().definition.phase()) : 0;
}

bool OrganiserDesk::needsReason() const
{
    const int p = phase();
    return p == v1::MEETING_PHASE_CONVENED || p == v1::MEETING_PHASE_RUNNING;
}

bool OrganiserDesk::readOnly() const
{
    const int p = phase();
    return m_state != Open || p == v1::MEETING_PHASE_CLOSED || p == v1::MEETING_PHASE_ARCHIVED;
}

bool OrganiserDesk::uploading() const
{
    return m_client->uploading();
}

QUrl OrganiserDesk::serverOfLink(const QString &link)
{
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0)
        return {};
    const QString scheme = url.scheme().toLower();
    QUrl server;
    if (scheme == QLatin1String("quorums") || scheme == QLatin1String("wss"))
        server.setScheme(QStringLiteral("wss"));
    else if (scheme == QLatin1String("quorum") || scheme == QLatin1String("ws"))
        server.setScheme(QStringLiteral("ws"));
    else
        return {};
    server.setHost(url.host());
    server.setPort(url.port());
    server.setPath(QStringLiteral("/"));
    if (server.scheme() == QLatin1String("ws"))
        return server;
    // TLS only with the certificate pinned: the desk has no fingerprint prompt.
    const QString fingerprint = quorum::normalizeCertificateFingerprint(
        QUrlQuery(url).queryItemValue(QStringLiteral("fp")));
    return fingerprint.isEmpty() ? QUrl() : quorum::withPinnedFingerprint(server, fingerprint);
}

bool OrganiserDesk::isDeskLink(const QString &text)
{
    const QUrl url(text.trimmed());
    return QUrlQuery(url).hasQueryItem(QStringLiteral("desk")) && !serverOfLink(text).isEmpty();
}

bool OrganiserDesk::signIn(const QString &link, const QString &secret)
{
    const QUrl server = serverOfLink(link);
    if (server.isEmpty()) {
        setError(DeskLinkInvalid, 0, QStringLiteral("not a server link with its fingerprint"));
        return false;
    }
    if (secret.trimmed().isEmpty()) {
        setError(NoSecret, 0, QString());
        return false;
    }
    setError(0, 0, QString());
    m_link = link.trimmed();
    m_client->setServer(server, secret.trimmed());
    setState(Listing);
    m_client->listMeetings();
    return true;
}

void OrganiserDesk::signOut()
{
    m_client->close();
    m_client->setServer({}, {});
    m_pending.clear();
    m_link.clear();
    m_meetings->setMeetings({});
    setError(0, 0, QString());
    setState(SignedOut);
}

void OrganiserDesk::showList()
{
    if (m_state == SignedOut)
        return;
    m_pending.clear();
    m_client->close();
    setState(Listing);
    m_client->listMeetings();
}

void OrganiserDesk::createMeeting(const QString &meetingId, const QString &title)
{
    if (m_state == SignedOut)
        return;
    setError(0, 0, QString());
    m_newTitle = title.trimmed();
    setState(Opening);
    m_client->openMeeting(meetingId.trimmed(), true);
}

void OrganiserDesk::openMeeting(const QString &meetingId)
{
    if (m_state == SignedOut)
        return;
    setError(0, 0, QString());
    m_newTitle.clear();
    setState(Opening);
    m_client->openMeeting(meetingId, false);
}

QString OrganiserDesk::suggestMeetingId()
{
    static const char letters[] = "abcdefghijkmnpqrstuvwxyz23456789";
    QString tail;
    for (int i = 0; i < 4; ++i)
        tail += QLatin1Char(letters[QRandomGenerator::global()->bounded(int(sizeof letters) - 1)]);
    return QStringLiteral("hop-%1-%2")
        .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")), tail);
}

bool OrganiserDesk::isMeetingId(const QString &meetingId)
{
    return quorum::validMeetingId(meetingId);
}

void OrganiserDesk::saveMeeting(const QVariantMap &fields, const QString &reason)
{
    const v1::MeetingDefined &d = m_client->state().definition;
    v1::Command command;
    v1::EditMeeting *edit = command.mutable_edit_meeting();
    auto text = [&](const char *key) { return sstr(fields.value(QLatin1String(key)).toString()); };
    edit->set_title(text("title"));
    edit->set_organisation(text("organisation"));
    edit->set_parent_organisation(text("parentOrganisation"));
    edit->set_place(text("place"));
    edit->set_scheduled_start_ms(fields.value(QStringLiteral("scheduledStart")).toLongLong());
    edit->set_language(text("language"));
    edit->set_ballot_rule_preset(text("ballotRulePreset"));
    edit->set_allow_proxies(fields.value(QStringLiteral("allowProxies")).toBool());
    edit->set_max_proxies_per_holder(
        quint32(std::max(0, fields.value(QStringLiteral("maxProxies")).toInt())));
    edit->set_minutes_number(text("minutesNumber"));
    edit->set_minutes_place(text("minutesPlace"));
    edit->set_reason(sstr(reason.trimmed()));
    // A new kind of body brings its preset's quorum; the same kind keeps the meeting's own.
    const v1::BodyKind kind
        = bodyKindOf(fields.value(QStringLiteral("bodyKind"), int(d.body_kind())).toInt());
    setBodyKind(*edit, kind, 0);
    // The editor's own rule (QuorumRuleDraft) when it sends one; else as the kind says.
    const QByteArray edited = fields.value(QStringLiteral("quorumRule")).toByteArray();
    v1::QuorumRule own;
    if (!edited.isEmpty() && own.ParseFromArray(edited.constData(), int(edited.size())))
        *edit->mutable_quorum_rule() = own;
    else if (const auto rule = quorumFor(kind))
        *edit->mutable_quorum_rule() = *rule;
    // Which convening and the totals: as the editor says, else as the meeting has them (0: the
    // participants'). A number QML gives is a double: shares may pass 2^31.
    const auto number = [&](const char *key, double kept) {
        return std::max(0.0, fields.value(QLatin1String(key), kept).toDouble());
    };
    edit->set_convening(quint32(number("convening", std::max<quint32>(1, d.convening()))));
    edit->set_total_units(quint32(number("totalUnits", d.total_units())));
    edit->set_total_member_weight(
        quint64(number("totalMemberWeight", double(d.total_member_weight()))));
    send(QStringLiteral("meeting"), command);
}

std::optional<v1::QuorumRule> OrganiserDesk::quorumFor(v1::BodyKind kind) const
{
    // A new kind of body brings its preset's quorum; the same kind keeps the meeting's own.
    const v1::MeetingDefined &d = m_client->state().definition;
    if (kind != d.body_kind())
        return quorum::bodies::preset(kind).quorum;
    if (d.has_quorum_rule())
        return d.quorum_rule();
    return std::nullopt;
}

QVariantMap OrganiserDesk::quorumSettings(int bodyKind) const
{
    const v1::BodyKind kind = bodyKindOf(bodyKind);
    return QuorumRuleDraft::settingsOf(
        quorumFor(kind).value_or(quorum::bodies::preset(kind).quorum));
}

void OrganiserDesk::addItem(
    const QString &title, const QString &presenter, int minutes, const QString &reason)
{
    v1::Command command;
    v1::AddAgendaItem *add = command.mutable_add_agenda_item();
    add->mutable_item()->set_id(sstr(newItemId(m_client->state())));
    add->mutable_item()->set_title(sstr(title.trimmed()));
    add->mutable_item()->set_presenter(sstr(presenter.trimmed()));
    add->mutable_item()->set_duration_minutes(quint32(std::max(0, minutes)));
    add->set_at_end(true);
    add->set_reason(sstr(reason.trimmed()));
    send(QStringLiteral("item"), command);
}

void OrganiserDesk::editItem(const QString &itemId, const QString &title, const QString &presenter,
    int minutes, const QString &reason)
{
    const quorum::MeetingState &s = m_client->state();
    const int row = s.agendaIndex(itemId);
    if (row < 0)
        return;
    v1::Command command;
    v1::EditAgendaItem *edit = command.mutable_edit_agenda_item();
    *edit->mutable_item() = s.definition.agenda(row); // description, speaking time stay
    edit->mutable_item()->set_title(sstr(title.trimmed()));
    edit->mutable_item()->set_presenter(sstr(presenter.trimmed()));
    edit->mutable_item()->set_duration_minutes(quint32(std::max(0, minutes)));
    edit->set_reason(sstr(reason.trimmed()));
    send(QStringLiteral("item"), command);
}

void OrganiserDesk::removeItem(const QString &itemId, const QString &reason)
{
    v1::Command command;
    command.mutable_remove_agenda_item()->set_item_id(sstr(itemId));
    command.mutable_remove_agenda_item()->set_reason(sstr(reason.trimmed()));
    send(QStringLiteral("item"), command);
}

void OrganiserDesk::moveItem(const QString &itemId, int step, const QString &reason)
{
    const int row = m_client->state().agendaIndex(itemId);
    const int to = row + (step < 0 ? -1 : 1);
    if (row < 0 || to < 0 || to >= m_client->state().definition.agenda_size())
        return;
    v1::Command command;
    command.mutable_move_agenda_item()->set_item_id(sstr(itemId));
    command.mutable_move_agenda_item()->set_position(quint32(to));
    command.mutable_move_agenda_item()->set_reason(sstr(reason.trimmed()));
    send(QStringLiteral("item"), command);
}

bool OrganiserDesk::uploadDocument(const QString &itemId, const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!m_client->uploadDocument(itemId, path)) {
        setError(NoFile, 0, path);
        emit refused(QStringLiteral("upload"));
        return false;
    }
    setError(0, 0, QString());
    emit busyChanged();
    return true;
}

void OrganiserDesk::convene()
{
    v1::Command command;
    command.mutable_convene_meeting();
    send(QStringLiteral("convene"), command);
}

void OrganiserDesk::start()
{
    v1::Command command;
    command.mutable_start_meeting();
    send(QStringLiteral("start"), command);
}

void OrganiserDesk::close()
{
    v1::Command command;
    command.mutable_close_meeting();
    send(QStringLiteral("close"), command);
}

void OrganiserDesk::archive()
{
    v1::Command command;
    command.mutable_archive_meeting();
    send(QStringLiteral("archive"), command);
}

void OrganiserDesk::remove(const QString &confirmMeetingId)
{
    v1::Command command;
    command.mutable_remove_meeting()->set_confirm_meeting_id(sstr(confirmMeetingId.trimmed()));
    send(QStringLiteral("remove"), command);
}

void OrganiserDesk::issuePins(const QStringList &participantIds)
{
    v1::Command command;
    v1::IssuePins *issue = command.mutable_issue_pins();
    for (const QString &id : participantIds)
        issue->add_participant_ids(sstr(id));
    send(QStringLiteral("pins"), command);
}

QString OrganiserDesk::dateText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("dd/MM/yyyy"))
                  : QString();
}

QString OrganiserDesk::timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm"))
                  : QString();
}

qint64 OrganiserDesk::parseStart(const QString &date, const QString &time)
{
    const QString d = date.trimmed(), t = time.trimmed();
    if (d.isEmpty() && t.isEmpty())
        return 0;
    // As Vietnamese offices write them: 07/12/2026 and 8:00 (the time may be left out).
    const QDate day = QDate::fromString(d, QStringLiteral("d/M/yyyy"));
    QTime at = t.isEmpty() ? QTime(0, 0) : QTime::fromString(t, QStringLiteral("H:mm"));
    if (!day.isValid() || !at.isValid())
        return -1;
    return QDateTime(day, at).toMSecsSinceEpoch();
}

QVariantList OrganiserDesk::bodyKinds()
{
    QVariantList kinds;
    const quorum::RuleWords words;
    kinds << QVariantMap{ { QStringLiteral("kind"), int(v1::BODY_KIND_UNSPECIFIED) },
        { QStringLiteral("name"), words.bodyKind(v1::BODY_KIND_UNSPECIFIED) } };
    for (const v1::BodyKind kind : quorum::bodies::kinds()) {
        if (kind != v1::BODY_KIND_UNSPECIFIED)
            kinds << QVariantMap{ { QStringLiteral("kind"), int(kind) },
                { QStringLiteral("name"), words.bodyKind(kind) } };
    }
    return kinds;
}

QString OrganiserDesk::quorumWords(int bodyKind, int convening)
{
    const v1::BodyKind kind = bodyKindOf(bodyKind);
    return quorum::RuleWords(nullptr, kind)
        .quorum(quorum::bodies::preset(kind).quorum, quint32(std::max(1, convening)));
}

QString OrganiserDesk::ballotWords(int bodyKind, const QString &preset)
{
    const v1::BodyKind kind = bodyKindOf(bodyKind);
    v1::DecisionRule rule = quorum::bodies::preset(kind).ballotRule;
    if (!preset.isEmpty()) {
        rule.Clear();
        rule.set_preset(sstr(preset));
        if (quorum::rules::complete(rule))
            return preset; // an unknown name: as written, never blank
    }
    // An election's preset (papers with too many names, cumulative, of the valid ballots) is
    // worded as an election ("Trúng cử khi..."), not as a motion passed.
    const bool election
        = rule.excess_invalid() || rule.cumulative() || rule.base() == v1::BASE_VALID_BALLOTS;
    return quorum::RuleWords(nullptr, kind)
        .rule(rule, election ? v1::BALLOT_ELECTION : v1::BALLOT_YES_NO_ABSTAIN);
}

QString OrganiserDesk::ruleArticle(int bodyKind, const QString &preset)
{
    const quorum::ArticleWords words;
    return words.line(words.rule(bodyKindOf(bodyKind), preset));
}

QString OrganiserDesk::electionArticle(int bodyKind)
{
    const quorum::ArticleWords words;
    return words.line(words.preset(bodyKindOf(bodyKind), quorum::ArticleWords::Rule::Election));
}

QString OrganiserDesk::electionWords(int bodyKind)
{
    const v1::BodyKind kind = bodyKindOf(bodyKind);
    const v1::DecisionRule &rule = quorum::bodies::preset(kind).electionRule;
    return quorum::RuleWords(nullptr, kind).rule(rule, v1::BALLOT_ELECTION);
}

QStringList OrganiserDesk::ballotPresets()
{
    QStringList presets{ QString() };
    presets << FloorReplica::rulePresets() << quorum::bodies::rulePresetNames();
    presets.removeDuplicates();
    return presets;
}

void OrganiserDesk::setState(State state)
{
    if (m_state == state)
        return;
    const bool wasBusy = busy();
    m_state = state;
    if (state != Open) {
        m_pending.clear();
        m_agenda->setState(quorum::MeetingState());
        if (m_linkUp) {
            m_linkUp = false;
            emit linkChanged();
        }
    }
    emit stateChanged();
    ++m_revision;
    emit changed();
    if (wasBusy != busy())
        emit busyChanged();
}

void OrganiserDesk::setError(int code, int reason, const QString &detail)
{
    if (code == m_errorCode && reason == m_errorReason && detail == m_errorDetail)
        return;
    m_errorCode = code;
    m_errorReason = reason;
    m_errorDetail = detail;
    emit errorChanged();
}

void OrganiserDesk::send(const QString &what, const v1::Command &command)
{
    if (m_state != Open)
        return;
    const quint64 id = m_client->send(command);
    if (!id)
        return;
    const bool wasBusy = busy();
    m_pending.insert(id, what);
    if (!wasBusy)
        emit busyChanged();
}

void OrganiserDesk::onReplied(quint64 requestId, const v1::Reply &reply)
{
    if (!m_pending.contains(requestId))
        return;
    const QString what = m_pending.take(requestId);
    if (m_pending.isEmpty())
        emit busyChanged();
    if (reply.has_error()) {
        setError(
            int(reply.error().code()), Refusal::of(reply.error()), qstr(reply.error().detail()));
        emit refused(what);
        return;
    }
    setError(0, 0, QString());
    if (what == QLatin1String("pins")) {
        m_issuedPins.clear();
        for (const v1::IssuedPin &pin : reply.issued_pins()) {
            const QString id = qstr(pin.participant_id());
            const quorum::ParticipantState *p = m_client->state().participant(id);
            m_issuedPins << QVariantMap{ { QStringLiteral("participantId"), id },
                { QStringLiteral("name"), p ? p->name : id },
                { QStringLiteral("pin"), qstr(pin.pin()) } };
        }
        emit issuedPinsChanged();
    }
    emit applied(what);
    if (what == QLatin1String("remove")) {
        const QString gone = m_client->meetingId();
        emit removed(gone);
        showList();
    }
}

void OrganiserDesk::onChanged()
{
    if (m_state != Open)
        return;
    m_agenda->setState(m_client->state());
    ++m_revision;
    emit changed();
}
