// FormsDesk follows one client: its meeting, its documents' state folder, its replica's forms.
// Changing the client disconnected only the old client itself (as MinutesDrafts did before
// issue 17's fix), so an old client's folder or forms still drove the desk.
#include "formsdesk.h"
#include "meetingclient.h"
#include "meetingdocuments.h"
#include "replica.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestFormsDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anOldClientNoLongerDrivesTheDesk()
    {
        MeetingClient before;
        MeetingClient after;
        FormsDesk desk;
        desk.setClient(&before);
        desk.setClient(&after);
        QSignalSpy changed(&desk, &FormsDesk::changed);
        QTemporaryDir dir;
        before.documents()->setStateDirectory(dir.path());
        emit before.replica()->formsChanged();
        QCOMPARE(changed.size(), 0);
        // The new client does drive it.
        emit after.replica()->formsChanged();
        QVERIFY(changed.size() > 0);
    }
};

QTEST_MAIN(TestFormsDesk)
#include "tst_formsdesk.moc"
