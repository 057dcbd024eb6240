// The tablet's language at start and after: Vietnamese unless someone chose (issue 11: a system
// locale of C or English chose English on a Vietnamese deployment), a person's choice kept in
// the tablet's profile, the meeting's language followed only when nobody chose.
#include "language.h"
#include "tabletprofile.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>

class TestLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void nobodyChoseStartsInVietnameseWhateverTheLocale()
    {
        // ctest runs this with LANG=C (see CMakeLists): the system locale says English/C.
        QVERIFY(QLocale::system().language() != QLocale::Vietnamese);
        Language::start(QString());
        Language language(nullptr);
        QCOMPARE(language.current(), QStringLiteral("vi"));
        QCOMPARE(QCoreApplication::translate("Main", "Quorum tablet"),
            QStringLiteral("Quorum – máy tính bảng"));
        // Nobody chose: an English meeting's file makes it English, and back.
        language.followMeeting(QStringLiteral("en"));
        QCOMPARE(language.current(), QStringLiteral("en"));
        language.followMeeting(QStringLiteral("vi-VN"));
        QCOMPARE(language.current(), QStringLiteral("vi"));
        language.followMeeting(QStringLiteral("fr")); // no translation: stays
        QCOMPARE(language.current(), QStringLiteral("vi"));
    }

    void aPersonsChoiceIsKeptAndBeatsTheMeetings()
    {
        TabletProfile profile(QStringLiteral("language-test"));
        QString error;
        QVERIFY2(profile.lock(&error), qPrintable(error));
        profile.setChosenLanguage(QString());
        QCOMPARE(profile.chosenLanguage(), QString());

        Language::start(profile.chosenLanguage());
        Language::setRememberChoice(
            [&profile](const QString &code) { profile.setChosenLanguage(code); });
        Language language(nullptr);
        QCOMPARE(language.current(), QStringLiteral("vi"));
        language.choose(QStringLiteral("en"));
        QCOMPARE(language.current(), QStringLiteral("en"));
        language.followMeeting(QStringLiteral("vi")); // the meeting's language does not undo it
        QCOMPARE(language.current(), QStringLiteral("en"));

        // The next start of this tablet (the same profile, another process) starts in English.
        const TabletProfile again(QStringLiteral("language-test"));
        QCOMPARE(again.chosenLanguage(), QStringLiteral("en"));
        Language::start(again.chosenLanguage());
        QCOMPARE(language.current(), QStringLiteral("en"));
        // --lang vi, also a choice, is not overridden either.
        Language::start(QStringLiteral("vi"));
        language.followMeeting(QStringLiteral("en"));
        QCOMPARE(language.current(), QStringLiteral("vi"));
        Language::setRememberChoice({});
    }

    void profilesHaveTheirOwnDeviceIds()
    {
        const TabletProfile a(QStringLiteral("desk-a"));
        const TabletProfile b(QStringLiteral("desk-b"));
        QVERIFY(a.directory() != b.directory());
        QVERIFY(!a.deviceId().isEmpty());
        QCOMPARE(a.deviceId(), TabletProfile(QStringLiteral("desk-a")).deviceId()); // kept
        QVERIFY(a.deviceId() != b.deviceId());
        QVERIFY(TabletProfile::isValidName(QStringLiteral("demo-d01")));
        QVERIFY(!TabletProfile::isValidName(QStringLiteral("../x")));
        QVERIFY(!TabletProfile::isValidName(QStringLiteral(".hidden")));
        QVERIFY(!TabletProfile::isValidName(QString()));
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
