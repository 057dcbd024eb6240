// The role check: every command type and every other message of the protocol against every
// role, and who is shown what. The expected
// roles are written out here, independently of roles.cpp; a command added to quorum.proto
// without a row here fails `everyCommandHasARow`.
#include "commands.h"
#include "roles.h"

#include <QHash>
#include <QTest>

using namespace quorum;

namespace {
enum : unsigned { Chair = 1, Secretary = 2, Delegate = 4, Observer = 8, NoRole = 16 };

const QHash<QString, unsigned> &expectedRoles()
{
    static const QHash<QString, unsigned> table{
        { "SetCurrentItem", Chair | Secretary }, { "AdvanceAgenda", Chair | Secretary },
        { "SetAttendance", Chair | Secretary }, { "CheckIn", Chair | Secretary },
        { "GrantProxy", Chair | Delegate }, { "RevokeProxy", Chair | Delegate },
        { "RequestFloor", Chair | Secretary | Delegate },
        { "WithdrawFloor", Chair | Secretary | Delegate }, { "GiveFloor", Chair },
        { "NextSpeaker", Chair }, { "RemoveSpeaker", Chair }, { "MoveSpeaker", Chair },
        { "SetQueueOpen", Chair }, { "SetSpeakingTime", Chair }, { "PauseSpeech", Chair },
        { "ResumeSpeech", Chair }, { "EndSpeech", Chair | Secretary | Delegate },
        { "CreateBallot", Chair }, { "OpenBallot", Chair }, { "CastVote", Chair | Delegate },
        { "CloseBallot", Chair }, { "CancelBallot", Chair },
        { "AttachDocument", Chair | Secretary }, { "RemoveDocument", Chair | Secretary },
        { "Annotate", Chair | Secretary | Delegate }, { "SetPresenter", Chair },
        { "Present", Chair | Secretary | Delegate }, { "EditMinutes", Secretary },
        { "ApproveMinutes", Chair | Secretary }, { "ReopenMinutes", Chair | Secretary },
        { "ExportMinutes", Chair | Secretary }, { "RevokeDevice", Chair | Secretary },
        // The organiser's desk: the secretary prepares and convenes, the chair opens and
        // closes; archiving and removing is the server's organiser's alone (no role).
        { "EditMeeting", Secretary }, { "AddParticipant", Secretary },
        { "EditParticipant", Secretary }, { "RemoveParticipant", Secretary },
        { "ImportParticipants", Secretary }, { "AddAgendaItem", Secretary },
        { "EditAgendaItem", Secretary }, { "RemoveAgendaItem", Secretary },
        { "MoveAgendaItem", Secretary }, { "IssuePins", Secretary },
        { "ConveneMeeting", Secretary }, { "StartMeeting", Chair }, { "CloseMeeting", Chair },
        { "ArchiveMeeting", 0 }, { "RemoveMeeting", 0 }, { "ResolveTie", Chair | Secretary },
        { "DefineForm", Chair | Secretary }, { "OpenForm", Chair | Secretary },
        { "CloseForm", Chair | Secretary }, { "SubmitAnswer", Chair | Secretary | Delegate },
        { "TakeStep",
            Chair | Secretary | Delegate }, // the workflow says which step (tst_workflows)
    };
    return table;
}

// The messages that are not commands (server/net/gate.h asks roleMaySend). Uploads: only who
// prepares the documents; previews: whoever draws; the rest: everyone in the room. A Command
// is let through to the core, which asks roleMay for its type (the matrix above).
const QHash<QString, unsigned> &expectedSenders()
{
    static const QHash<QString, unsigned> table{
        { "Hello", Chair | Secretary | Delegate | Observer | NoRole }, // before anyone has a role
        { "Command", Chair | Secretary | Delegate | Observer },
        { "FetchDocument", Chair | Secretary | Delegate | Observer },
        { "StrokePreview", Chair | Secretary | Delegate }, { "UploadChunk", Chair | Secretary },
        { "FollowState", Chair | Secretary | Delegate | Observer },
        { "ExportDocument", Chair | Secretary | Delegate | Observer },
        { "ExportFormResults", Chair | Secretary }, // who defines forms (DefineForm)
    };
    return table;
}

const google::protobuf::OneofDescriptor *messages()
{
    return v1::ClientMessage::descriptor()->FindOneofByName("body");
}

const google::protobuf::OneofDescriptor *commands()
{
    return v1::Command::descriptor()->FindOneofByName("body");
}
/** One row per role and field of `oneof`: allowed as `expected` says. */
void addRows(const google::protobuf::OneofDescriptor *oneof,
    const QHash<QString, unsigned> &expected, const char *what)
{
    const struct
    {
        v1::Role role;
        unsigned bit;
        const char *name;
    } roles[] = { { v1::ROLE_CHAIR, Chair, "chair" },
        { v1::ROLE_SECRETARY, Secretary, "secretary" }, { v1::ROLE_DELEGATE, Delegate, "delegate" },
        { v1::ROLE_OBSERVER, Observer, "observer" }, { v1::ROLE_UNSPECIFIED, NoRole, "none" } };
    for (int i = 0; i < oneof->field_count(); ++i) {
        const auto *field = oneof->field(i);
        const QString name = qstr(field->message_type()->name());
        for (const auto &r : roles) {
            const bool allowed = expected.value(name) & r.bit;
            QTest::addRow("%s %s %s", r.name, what, qPrintable(name))
                << int(r.role) << (oneof == commands()) << field->number() << allowed;
        }
    }
}

/** The first field of `oneof` that `expected` has no row for, or empty. */
QString withoutRow(
    const google::protobuf::OneofDescriptor *oneof, const QHash<QString, unsigned> &expected)
{
    for (int i = 0; i < oneof->field_count(); ++i) {
        const QString name = qstr(oneof->field(i)->message_type()->name());
        if (!expected.contains(name))
            return name;
    }
    return {};
}
} // namespace

class TestRoles : public QObject
{
    Q_OBJECT
private slots:
    void everyCommandAndMessageHasARow()
    {
        const QString command = withoutRow(commands(), expectedRoles());
        QVERIFY2(command.isEmpty(), qPrintable(command + " has no row in the role matrix"));
        const QString message = withoutRow(messages(), expectedSenders());
        QVERIFY2(message.isEmpty(), qPrintable(message + " has no row in the senders matrix"));
    }

    // Which commands exist is said once (server/core/commands.cpp): each one of the protocol
    // has a decider there, and phases in order; a command without one would be refused to all.
    void everyCommandHasARule()
    {
        for (int i = 0; i < commands()->field_count(); ++i) {
            const auto *field = commands()->field(i);
            const CommandRule rule = commandRule(v1::Command::BodyCase(field->number()));
            QVERIFY2(rule.decide, field->name().c_str());
            QVERIFY2(rule.from >= v1::MEETING_PHASE_DRAFT && rule.from <= rule.until,
                field->name().c_str());
        }
        QVERIFY(!commandRule(v1::Command::BODY_NOT_SET).decide);
    }

    // A row per role and command, and per role and other message: the latter guard the role
    // checks that lived in the network layer before they came to roles.cpp (a delegate
    // uploading a PDF, an observer drawing a live stroke).
    void matrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("isCommand");
        QTest::addColumn<int>("field");
        QTest::addColumn<bool>("allowed");
        addRows(commands(), expectedRoles(), "command");
        addRows(messages(), expectedSenders(), "message");
        QTest::newRow("chair, no command")
            << int(v1::ROLE_CHAIR) << true << int(v1::Command::BODY_NOT_SET) << false;
        QTest::newRow("chair, no message")
            << int(v1::ROLE_CHAIR) << false << int(v1::ClientMessage::BODY_NOT_SET) << false;
    }
    void matrix()
    {
        QFETCH(int, role);
        QFETCH(bool, isCommand);
        QFETCH(int, field);
        QFETCH(bool, allowed);
        if (isCommand)
            QCOMPARE(roleMay(v1::Role(role), v1::Command::BodyCase(field)), allowed);
        else
            QCOMPARE(roleMaySend(v1::Role(role), v1::ClientMessage::BodyCase(field)), allowed);
    }

    // Who is shown the followers list (FollowState) and the wrong PINs (AuthFailures).
    void shownToRoles_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("presents");
        QTest::addColumn<bool>("followers");
        QTest::addColumn<bool>("authFailures");
        QTest::newRow("chair") << int(v1::ROLE_CHAIR) << false << true << true;
        QTest::newRow("chair presenting") << int(v1::ROLE_CHAIR) << true << true << true;
        QTest::newRow("secretary") << int(v1::ROLE_SECRETARY) << false << false << true;
        QTest::newRow("secretary presenting") << int(v1::ROLE_SECRETARY) << true << true << true;
        QTest::newRow("delegate") << int(v1::ROLE_DELEGATE) << false << false << false;
        QTest::newRow("delegate presenting") << int(v1::ROLE_DELEGATE) << true << true << false;
        QTest::newRow("observer") << int(v1::ROLE_OBSERVER) << false << false << false;
        QTest::newRow("none") << int(v1::ROLE_UNSPECIFIED) << false << false << false;
    }
    void shownToRoles()
    {
        QFETCH(int, role);
        QFETCH(bool, presents);
        QFETCH(bool, followers);
        QFETCH(bool, authFailures);
        QCOMPARE(seesFollowers(v1::Role(role), presents), followers);
        QCOMPARE(seesAuthFailures(v1::Role(role)), authFailures);
    }

    void commandsAreNamedForErrors()
    {
        QCOMPARE(commandName(v1::Command::kCastVote), QStringLiteral("CastVote"));
        QCOMPARE(commandName(v1::Command::BODY_NOT_SET), QStringLiteral("(none)"));
        QCOMPARE(messageName(v1::ClientMessage::kUploadChunk), QStringLiteral("UploadChunk"));
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
