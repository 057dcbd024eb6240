// Runner of the tst_*.qml files: the app's QML module (Quorum.Tablet, linked statically) plus
// the Fixture singleton (Quorum.Test) with a real demo server and snapshot loading.

#include "deskfixture.h"
#include "language.h"
#include "qmlfixture.h"

#include <QQmlEngine>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(Quorum_TabletPlugin)

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        // MeetingClient keeps its default device id in QSettings: not in the user's.
        QStandardPaths::setTestModeEnabled(true);
        // Tests compare English words unless they switch the language themselves.
        Language::start(QStringLiteral("en")); // as --lang en: joined meetings do not switch it
        qmlRegisterSingletonInstance("Quorum.Test", 1, 0, "Fixture", &m_fixture);
        qmlRegisterSingletonInstance("Quorum.Test", 1, 0, "DeskFixture", &m_desk);
    }

    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }

private:
    QmlFixture m_fixture;
    DeskFixture m_desk; // the organiser's desk pages (issue 13)
};

QUICK_TEST_MAIN_WITH_SETUP(quorum_qml, Setup)

#include "tst_qml.moc"
