// The role check: every command type and every other message of the protocol against every
// role, and who is shown what. The expected
// roles are written out here, independently of roles.cpp; a command added to quorum.proto
// without a row here fails `everyCommandHasARow`.
#include "roles.h"

#include <QHash>
#include <QTest>

using namespace quorum;

namespace {
enum : unsigned { Chair = 1, Secretary = 2, Delegate = 4, Observer = 8 };

const QHash<QString, unsigned> &expectedRoles()
{
    static const QHash<QString, unsigned> table{
            {"SetCurrentItem", Chair | Secretary},
            {"AdvanceAgenda", Chair | Secretary},
            {"SetAttendance", Chair | Secretary},
            {"CheckIn", Chair | Secretary},
            {"GrantProxy", Chair | Delegate},
            {"RevokeProxy", Chair | Delegate},
            {"RequestFloor", Chair | Secretary | Delegate},
            {"WithdrawFloor", Chair | Secretary | Delegate},
            {"GiveFloor", Chair},
            {"NextSpeaker", Chair},
            {"RemoveSpeaker", Chair},
            {"MoveSpeaker", Chair},
            {"SetQueueOpen", Chair},
            {"SetSpeakingTime", Chair},
            {"PauseSpeech", Chair},
            {"ResumeSpeech", Chair},
            {"EndSpeech", Chair | Secretary | Delegate},
            {"CreateBallot", Chair},
            {"OpenBallot", Chair},
            {"CastVote", Chair | Delegate},
            {"CloseBallot", Chair},
            {"CancelBallot", Chair},
            {"AttachDocument", Chair | Secretary},
            {"RemoveDocument", Chair | Secretary},
            {"Annotate", Chair | Secretary | Delegate},
            {"SetPresenter", Chair},
            {"Present", Chair | Secretary | Delegate},
            {"EditMinutes", Secretary},
            {"ApproveMinutes", Chair | Secretary},
            {"ReopenMinutes", Chair | Secretary},
            {"ExportMinutes", Chair | Secretary},
            {"RevokeDevice", Chair | Secretary},
    };
    return table;
}

// The messages that are not commands (server/net/gate.h asks roleMaySend). Uploads: only who
// prepares the documents; previews: whoever draws; the rest: everyone in the room. A Command
// is let through to the core, which asks roleMay for its type (the matrix above).
const QHash<QString, unsigned> &expectedSenders()
{
    static const QHash<QString, unsigned> table{
            {"Hello", Chair | Secretary | Delegate | Observer},
            {"Command", Chair | Secretary | Delegate | Observer},
            {"FetchDocument", Chair | Secretary | Delegate | Observer},
            {"StrokePreview", Chair | Secretary | Delegate},
            {"UploadChunk", Chair | Secretary},
            {"FollowState", Chair | Secretary | Delegate | Observer},
            {"ExportDocument", Chair | Secretary | Delegate | Observer},
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
} // namespace

class TestRoles : public QObject
{
    Q_OBJECT
private slots:
    void everyCommandHasARow()
    {
        for (int i = 0; i < commands()->field_count(); ++i) {
            const QString name = qstr(commands()->field(i)->message_type()->name());
            QVERIFY2(expectedRoles().contains(name), qPrintable(name + " has no row in the role matrix"));
        }
    }

    void matrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("command");
        QTest::addColumn<bool>("allowed");
        const struct { v1::Role role; unsigned bit; const char *name; } roles[] = {
                {v1::ROLE_CHAIR, Chair, "chair"},
                {v1::ROLE_SECRETARY, Secretary, "secretary"},
                {v1::ROLE_DELEGATE, Delegate, "delegate"},
                {v1::ROLE_OBSERVER, Observer, "observer"},
                {v1::ROLE_UNSPECIFIED, 0, "none"}};
        for (int i = 0; i < commands()->field_count(); ++i) {
            const auto *field = commands()->field(i);
            const QString name = qstr(field->message_type()->name());
            for (const auto &r : roles) {
                const bool allowed = r.bit && (expectedRoles().value(name) & r.bit);
                QTest::addRow("%s %s", r.name, qPrintable(name)) << int(r.role) << field->number() << allowed;
            }
        }
        QTest::newRow("chair, no command") << int(v1::ROLE_CHAIR) << int(v1::Command::BODY_NOT_SET) << false;
    }
    void matrix()
    {
        QFETCH(int, role);
        QFETCH(int, command);
        QFETCH(bool, allowed);
        QCOMPARE(roleMay(v1::Role(role), v1::Command::BodyCase(command)), allowed);
    }

    void everyMessageHasARow()
    {
        for (int i = 0; i < messages()->field_count(); ++i) {
            const QString name = qstr(messages()->field(i)->message_type()->name());
            QVERIFY2(expectedSenders().contains(name), qPrintable(name + " has no row in the senders matrix"));
        }
    }

    // Guards the role checks that lived in the network layer before they came here: a delegate
    // uploading a PDF, an observer drawing a live stroke.
    void senders_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("message");
        QTest::addColumn<bool>("allowed");
        const struct { v1::Role role; unsigned bit; const char *name; } roles[] = {
                {v1::ROLE_CHAIR, Chair, "chair"},
                {v1::ROLE_SECRETARY, Secretary, "secretary"},
                {v1::ROLE_DELEGATE, Delegate, "delegate"},
                {v1::ROLE_OBSERVER, Observer, "observer"}};
        for (int i = 0; i < messages()->field_count(); ++i) {
            const auto *field = messages()->field(i);
            const QString name = qstr(field->message_type()->name());
            for (const auto &r : roles) {
                const bool allowed = expectedSenders().value(name) & r.bit;
                QTest::addRow("%s %s", r.name, qPrintable(name)) << int(r.role) << field->number() << allowed;
            }
        }
        QTest::newRow("chair, no message") << int(v1::ROLE_CHAIR) << int(v1::ClientMessage::BODY_NOT_SET) << false;
    }
    void senders()
    {
        QFETCH(int, role);
        QFETCH(int, message);
        QFETCH(bool, allowed);
        QCOMPARE(roleMaySend(v1::Role(role), v1::ClientMessage::BodyCase(message)), allowed);
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
