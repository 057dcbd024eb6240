// The gate's answer when a role may not send a message (server/net/gate.h). Issue 17: the
// Forbidden answers to FetchDocument, FollowState and ExportDocument carried only an English
// detail, so a tablet could word them only by that text; each now carries the typed reason
// GENERAL_REFUSAL_ROLE, which the tablet words ("Your role in this meeting does not allow this").
#include "gate.h"

#include <QTest>

using namespace quorum;

class TestGate : public QObject
{
    Q_OBJECT

private slots:
    void forbiddenSaysItIsTheRole_data()
    {
        QTest::addColumn<int>("message");
        QTest::newRow("FetchDocument") << int(v1::ClientMessage::kFetchDocument);
        QTest::newRow("FollowState") << int(v1::ClientMessage::kFollowState);
        QTest::newRow("ExportDocument") << int(v1::ClientMessage::kExportDocument);
        QTest::newRow("Command") << int(v1::ClientMessage::kCommand);
    }

    void forbiddenSaysItIsTheRole()
    {
        QFETCH(int, message);
        const v1::Error error
            = Gate::forbidden(v1::ROLE_OBSERVER, v1::ClientMessage::BodyCase(message));
        QCOMPARE(error.code(), v1::ERROR_FORBIDDEN);
        QCOMPARE(error.reason_case(), v1::Error::kGeneral);
        QCOMPARE(error.general(), v1::GENERAL_REFUSAL_ROLE);
        // The English detail stays, for the server's log.
        QVERIFY(!error.detail().empty());
    }
};

QTEST_GUILESS_MAIN(TestGate)
#include "tst_gate.moc"
