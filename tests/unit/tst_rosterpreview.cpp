// The tablet's import preview of the office's list (issue 13): rows to import, refused rows
// with their typed reasons and columns, the file's own refusals, and a confirmation that hands
// over the whole list or nothing.
#include "rosterpreview.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestRosterPreview : public QObject
{
    Q_OBJECT
    const QString m_fixtures = QStringLiteral(QUORUM_SOURCE_DIR "/tests/unit/fixtures/roster/");

private slots:
    void refusedRowsAreMarkedAndNothingIsConfirmed()
    {
        RosterPreview preview;
        QAbstractItemModelTester tester(&preview);
        QSignalSpy accepted(&preview, &RosterPreview::accepted);
        preview.load(QUrl::fromLocalFile(m_fixtures + "refused.csv"));
        QCOMPARE(preview.fileName(), QStringLiteral("refused.csv"));
        QCOMPARE(preview.count(), 9); // every row of the list, refused or not
        QCOMPARE(preview.refusedRowCount(), 8);
        QCOMPARE(preview.acceptedCount(), 1);
        QVERIFY(!preview.canImport());
        const QModelIndex king = preview.index(1);
        QCOMPARE(king.data(RosterPreview::NameRole).toString(), QStringLiteral("Trần Thị Bình"));
        QCOMPARE(king.data(RosterPreview::RowRole).toInt(), 3);
        QVERIFY(king.data(RosterPreview::RefusedRole).toBool());
        const QVariantMap reason = king.data(RosterPreview::ReasonsRole).toList().first().toMap();
        QCOMPARE(reason.value("reason").toInt(), int(RosterPreview::UnknownRole));
        QCOMPARE(reason.value("columnName").toString(), QStringLiteral("B"));
        QCOMPARE(reason.value("header").toString(), QStringLiteral("Vai trò"));
        QCOMPARE(reason.value("value").toString(), QStringLiteral("Vua"));
        // The duplicate id names the first row that has it.
        const QVariantMap dup
            = preview.index(5).data(RosterPreview::ReasonsRole).toList()[0].toMap();
        QCOMPARE(dup.value("reason").toInt(), int(RosterPreview::DuplicateId));
        QCOMPARE(dup.value("otherRow").toInt(), 2);
        QVERIFY(preview.confirm().isEmpty());
        QCOMPARE(accepted.count(), 0);
    }

    void goodListIsConfirmedWhole()
    {
        RosterPreview preview;
        QAbstractItemModelTester tester(&preview);
        QSignalSpy accepted(&preview, &RosterPreview::accepted);
        preview.load(QUrl::fromLocalFile(m_fixtures + "vi-bom-semicolon.csv"));
        QVERIFY(preview.canImport());
        QCOMPARE(preview.count(), 4);
        QCOMPARE(preview.chairCount(), 1);
        QCOMPARE(preview.secretaryCount(), 1);
        QCOMPARE(preview.delegateCount(), 1);
        QCOMPARE(preview.observerCount(), 1);
        QCOMPARE(preview.ignoredColumns(), QStringList{ QStringLiteral("STT") });
        const QVariantList list = preview.confirm();
        QCOMPARE(list.size(), 4);
        QCOMPARE(accepted.count(), 1);
        const QVariantMap an = list.first().toMap();
        QCOMPARE(an.value("id").toString(), QStringLiteral("nguyen-van-an"));
        QCOMPARE(an.value("name").toString(), QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(an.value("role").toInt(), int(quorum::v1::ROLE_CHAIR));
        QCOMPARE(an.value("unit").toString(), QStringLiteral("Sở Tài chính; tỉnh Quảng Nam"));
        QCOMPARE(an.value("weight").toDouble(), 1500.0);
        QCOMPARE(preview.participants().size(), 4);
    }

    void wholeFileRefusals()
    {
        RosterPreview preview;
        QAbstractItemModelTester tester(&preview);
        preview.load(QUrl::fromLocalFile(m_fixtures + "no-name-column.csv"));
        QCOMPARE(preview.count(), 0);
        QCOMPARE(preview.fileRefusals().size(), 1);
        QCOMPARE(preview.fileRefusals()[0].toMap().value("reason").toInt(),
            int(RosterPreview::MissingColumn));
        preview.load(QUrl::fromLocalFile(m_fixtures + "does-not-exist.xlsx"));
        QCOMPARE(preview.fileRefusals().size(), 1);
        preview.clear();
        QVERIFY(!preview.loaded());
        QCOMPARE(preview.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRosterPreview)
#include "tst_rosterpreview.moc"
