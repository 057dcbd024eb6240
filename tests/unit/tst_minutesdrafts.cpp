// MinutesDrafts follows one client: its meeting, its documents' state folder, its minutes.
// Issue 17: changing the client disconnected only the old client itself, not its documents
// and minutes, so an old client's folder change or minutes still drove the drafts.
#include "meetingclient.h"
#include "meetingdocuments.h"
#include "minutesdrafts.h"
#include "minutesreplica.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestMinutesDrafts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anOldClientNoLongerDrivesTheDrafts()
    {
        MeetingClient before;
        MeetingClient after;
        MinutesDrafts drafts;
        drafts.setClient(&before);
        drafts.setClient(&after);
        QSignalSpy changed(&drafts, &MinutesDrafts::changed);
        QTemporaryDir dir;
        before.documents()->setStateDirectory(dir.path());
        emit before.minutes()->changed();
        QCOMPARE(changed.size(), 0);
        // The new client does drive it.
        after.documents()->setStateDirectory(dir.path());
        QVERIFY(changed.size() > 0);
    }
};

QTEST_MAIN(TestMinutesDrafts)
#include "tst_minutesdrafts.moc"
