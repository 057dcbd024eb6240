// An amendment is shown as a change against the text (issue 16): the words struck out and the
// words put in, the rest kept, so a delegate sees at a glance what an amendment changes.
#include "textdiff.h"

#include <QTest>

using textdiff::Piece;

namespace {
/** Pieces written as "=kept -removed +added", one piece a line, for readable rows. */
QString show(const QList<Piece> &pieces)
{
    QStringList lines;
    for (const Piece &p : pieces)
        lines << (p.kind == Piece::Same             ? QStringLiteral("=")
                         : p.kind == Piece::Removed ? QStringLiteral("-")
                                                    : QStringLiteral("+"))
                + p.text;
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void words_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one word changed")
            << "Ủy ban nhân dân tỉnh có trách nhiệm tổ chức thực hiện"
            << "Ủy ban nhân dân tỉnh có trách nhiệm triển khai thực hiện"
            << "=Ủy ban nhân dân tỉnh có trách nhiệm\n-tổ chức\n+triển khai\n=thực hiện";
        QTest::newRow("words put in") << "thi hành Nghị quyết"
                                      << "thi hành và giám sát Nghị quyết"
                                      << "=thi hành\n+và giám sát\n=Nghị quyết";
        QTest::newRow("words struck out") << "trong thời hạn 30 ngày làm việc"
                                          << "trong thời hạn 30 ngày"
                                          << "=trong thời hạn 30 ngày\n-làm việc";
        QTest::newRow("the same") << "Điều 3."
                                  << "Điều 3."
                                  << "=Điều 3.";
        QTest::newRow("all new") << ""
                                 << "Thêm khoản mới"
                                 << "+Thêm khoản mới";
        QTest::newRow("all gone") << "bãi bỏ khoản này"
                                  << ""
                                  << "-bãi bỏ khoản này";
        // PDF text breaks lines anywhere: a line break is a space, not a change.
        QTest::newRow("line breaks are spaces") << "tổ chức\nthực  hiện"
                                                << "tổ chức thực hiện"
                                                << "=tổ chức thực hiện";
        // Punctuation stays with its word: "này." and "này;" differ.
        QTest::newRow("punctuation") << "Nghị quyết này."
                                     << "Nghị quyết này;"
                                     << "=Nghị quyết\n-này.\n+này;";
        QTest::newRow("two changes") << "a b c d e"
                                     << "a x c d y"
                                     << "=a\n-b\n+x\n=c d\n-e\n+y";
    }

    void words()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        QCOMPARE(show(textdiff::words(before, after)), expected);
    }

    // Far over any passage: shown as a whole replacement, at once.
    void aHugePassageIsReplacedWhole()
    {
        QString before;
        QString after;
        for (int i = 0; i < 1500; ++i) {
            before += QStringLiteral("w%1 ").arg(i);
            after += QStringLiteral("v%1 ").arg(i);
        }
        const QList<Piece> pieces = textdiff::words(before, after);
        QCOMPARE(pieces.size(), 2);
        QCOMPARE(pieces[0].kind, Piece::Removed);
        QCOMPARE(pieces[1].kind, Piece::Added);
    }

    void forQml()
    {
        const QVariantList list = textdiff::toVariant(textdiff::words("a b", "a c"));
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[1].toMap().value("kind").toString(), QStringLiteral("removed"));
        QCOMPARE(list[2].toMap().value("text").toString(), QStringLiteral("c"));
    }
};

QTEST_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
