// quorum-tablet's command line (TabletOptions::parse): which link it opens, what a wrong option
// says, the defaults. Guards the cut of parse() into its parts (issue 17): the same command
// lines give the same options and the same first words of refusal as before.

#include "tabletoptions.h"

#include <QTest>

namespace {
TabletOptions parse(QStringList arguments)
{
    arguments.prepend(QStringLiteral("quorum-tablet"));
    return TabletOptions::parse(arguments);
}
} // namespace

class TestTabletOptions : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const TabletOptions o = parse({});
        QVERIFY(o.error.isEmpty());
        QVERIFY(o.joinLink.isEmpty());
        QCOMPARE(o.screenshotDelayMs, 1500);
        QCOMPARE(o.demoAdvance, 0);
    }

    // The desktop opens a link with `quorum-tablet LINK`: the same as --join LINK.
    void aLinkAloneIsJoined()
    {
        const TabletOptions o = parse({ "quorums://10.0.0.5:7450/m?pin=1" });
        QVERIFY(o.error.isEmpty());
        QCOMPARE(o.joinLink, QStringLiteral("quorums://10.0.0.5:7450/m?pin=1"));
        QCOMPARE(parse({ "--join", "L" }).joinLink, QStringLiteral("L"));
    }

    void values()
    {
        const TabletOptions o = parse(
            { "--profile", "chair-1", "--lang", "en", "--device-id", "D", "--screenshot", "s.png",
                "--screenshot-delay", "0", "--title", "T", "--demo-advance", "2", "--desk", "K" });
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.profile, QStringLiteral("chair-1"));
        QCOMPARE(o.language, QStringLiteral("en"));
        QCOMPARE(o.deviceId, QStringLiteral("D"));
        QCOMPARE(o.screenshotFile, QStringLiteral("s.png"));
        QCOMPARE(o.screenshotDelayMs, 0);
        QCOMPARE(o.titleSuffix, QStringLiteral("T"));
        QCOMPARE(o.demoAdvance, 2);
        QCOMPARE(o.deskLink, QStringLiteral("K"));
    }

    void wrongCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error"); // how the error starts
        QTest::newRow("two links") << QStringList{ "A", "B" } << "one join link at most";
        QTest::newRow("--join and a link")
            << QStringList{ "--join", "A", "B" } << "one join link at most";
        QTest::newRow("--desk and a link") << QStringList{ "--desk", "K", "A" } << "--desk or";
        QTest::newRow("--desk and --join")
            << QStringList{ "--desk", "K", "--join", "A" } << "--desk or";
        QTest::newRow("a profile with a slash") << QStringList{ "--profile", "a/b" } << "--profile";
        QTest::newRow("a delay in words")
            << QStringList{ "--screenshot-delay", "soon" } << "--screenshot-delay";
        QTest::newRow("a negative delay")
            << QStringList{ "--screenshot-delay", "-5" } << "--screenshot-delay";
        QTest::newRow("a negative advance")
            << QStringList{ "--demo-advance", "-1" } << "--demo-advance";
        QTest::newRow("another language") << QStringList{ "--lang", "fr" } << "--lang";
        // Several wrong: the last checked is said (the language after the numbers).
        QTest::newRow("language and delay")
            << QStringList{ "--lang", "fr", "--screenshot-delay", "x" } << "--lang";
        QTest::newRow("delay and two links")
            << QStringList{ "A", "B", "--screenshot-delay", "x" } << "--screenshot-delay";
    }
    void wrongCommandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const TabletOptions o = parse(arguments);
        QVERIFY2(o.error.startsWith(error), qPrintable(o.error));
    }
};

QTEST_GUILESS_MAIN(TestTabletOptions)
#include "tst_tabletoptions.moc"
