// The role check: every command type of the protocol against every role. The expected
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

    void commandsAreNamedForErrors()
    {
        QCOMPARE(commandName(v1::Command::kCastVote), QStringLiteral("CastVote"));
        QCOMPARE(commandName(v1::Command::BODY_NOT_SET), QStringLiteral("(none)"));
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
