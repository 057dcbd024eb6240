// TextFold: the reader's search matching without a PDF (issue 4: "search in the reader finds
// Vietnamese words typed without diacritics"). Each row names what a user types and what the
// page says; a match is checked by the original text it covers, which also checks the map
// from folded positions back to the page's character indices (the hit rectangles).
#include "textfold.h"

#include <QTest>

class TestTextFold : public QObject
{
    Q_OBJECT
private slots:
    void find_data();
    void find();
    void key_data();
    void key();
    void indexMapPointsAtTheOriginal();
    void limit();
};

namespace {
QStringList matches(const QString &text, const QString &needle)
{
    QStringList out;
    for (const TextFold::Span &s : TextFold(text).find(needle))
        out << text.mid(s.start, s.length);
    return out;
}

// "Báo cáo" with its accents as separate combining marks (NFD), as some PDFs store it.
const QString BaoCaoNfd = QStringLiteral("Ba\u0301o ca\u0301o");
} // namespace

void TestTextFold::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("no diacritics finds accented") << "Báo cáo tổng kết năm"
                                                  << "bao cao" << QStringList{ "Báo cáo" };
    QTest::newRow("đ is d") << "Theo Điều 3. Quyền"
                            << "dieu 3" << QStringList{ "Điều 3" };
    QTest::newRow("typed with diacritics") << "Báo cáo"
                                           << "báo cáo" << QStringList{ "Báo cáo" };
    QTest::newRow("upper case needle") << "các điều khoản"
                                       << "ĐIỀU" << QStringList{ "điều" };
    QTest::newRow("ascii case") << "mã QR và phòng họp"
                                << "qr" << QStringList{ "QR" };
    QTest::newRow("decomposed text") << BaoCaoNfd << "bao cao" << QStringList{ BaoCaoNfd };
    QTest::newRow("decomposed needle") << "Báo cáo"
                                       << "ba\u0301o" << QStringList{ "Báo" };
    QTest::newRow("two marks on one letter")
        << "Nghi\u0323 quye\u0302\u0301t số 5"
        << "nghị quyết" << QStringList{ "Nghi\u0323 quye\u0302\u0301t" };
    QTest::newRow("a hit ending in a mark keeps the mark") << "Bà con"
                                                           << "ba" << QStringList{ "Bà" };
    QTest::newRow("decomposed, ending in a mark") << "Ba\u0300 con"
                                                  << "ba" << QStringList{ "Ba\u0300" };
    QTest::newRow("phrase across lines")
        << "viên chức trẻ trong\r\nchuyển đổi số"
        << "trong chuyen doi so" << QStringList{ "trong\r\nchuyển đổi số" };
    QTest::newRow("spaces in the needle collapse")
        << "chuyển đổi số"
        << "  chuyen   doi\tso " << QStringList{ "chuyển đổi số" };
    QTest::newRow("no-break space") << "Điều\u00a03"
                                    << "dieu 3" << QStringList{ "Điều\u00a03" };
    QTest::newRow("ligature") << "quy trình (Workﬂow)"
                              << "workflow" << QStringList{ "Workﬂow" };
    QTest::newRow("eth written for Đ") << "ÐOÀN KHỐI"
                                       << "doan" << QStringList{ "ÐOÀN" };
    QTest::newRow("several, in order") << "Đoàn viên, đoàn viên trẻ"
                                       << "doan vien" << QStringList{ "Đoàn viên", "đoàn viên" };
    QTest::newRow("not overlapping") << "aaaa"
                                     << "aa" << QStringList{ "aa", "aa" };
    QTest::newRow("outside the basic plane") << "x \U0001D400 y"
                                             << "a" << QStringList{ "\U0001D400" };
    QTest::newRow("soft hyphen ignored") << "số\u00adhóa"
                                         << "sohoa" << QStringList{ "số\u00adhóa" };
    // pdfium marks a hyphen it removed at a line end with U+0002 in getAllText().
    QTest::newRow("ascii control ignored")
        << QStringLiteral("chuy\u1EC3n \u0111\u1ED5i s\u0002\u1ED1") << "chuyen doi so"
        << QStringList{ QStringLiteral("chuy\u1EC3n \u0111\u1ED5i s\u0002\u1ED1") };
    QTest::newRow("different tone is still found") << "bảo vệ"
                                                   << "báo" << QStringList{ "bảo" };
    QTest::newRow("empty needle") << "Báo cáo"
                                  << "" << QStringList{};
    QTest::newRow("blank needle") << "Báo cáo"
                                  << "   " << QStringList{};
    QTest::newRow("a lone mark") << "Báo cáo"
                                 << "\u0301" << QStringList{};
    QTest::newRow("needle longer than the text") << "số"
                                                 << "so hoa" << QStringList{};
    QTest::newRow("empty text") << ""
                                << "bao" << QStringList{};
    QTest::newRow("no match") << "Báo cáo"
                              << "bao cap" << QStringList{};
    QTest::newRow("a space is not nothing") << "bao cao"
                                            << "baocao" << QStringList{};
}

void TestTextFold::find()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(QStringList, expected);
    QCOMPARE(matches(text, needle), expected);
}

void TestTextFold::key_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("accents and case") << "Báo Cáo"
                                      << "bao cao";
    QTest::newRow("đ") << "Đồng ý"
                       << "dong y";
    QTest::newRow("decomposed") << BaoCaoNfd << "bao cao";
    QTest::newRow("white space trimmed and collapsed") << " \r\n Điều \n\n 3 "
                                                       << "dieu 3";
    QTest::newRow("every Vietnamese vowel") << "ăâêôơư ẮẰẲẴẶ ấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự ýỳỷỹỵ"
                                            << "aaeoou aaaaa aaaaa eeeee ooooo ooooo uuuuu yyyyy";
}

void TestTextFold::key()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(TextFold::key(text), key);
}

void TestTextFold::indexMapPointsAtTheOriginal()
{
    // "  Ba\u0301o\r\n  Đ" : B a ◌́ o \r \n ␠ ␠ Đ at 2..10.
    const TextFold fold(QStringLiteral("  Ba\u0301o\r\n  Đ"));
    QCOMPARE(fold.folded(), QStringLiteral("bao d"));
    QCOMPARE(fold.originalSpan(0, 1), (TextFold::Span{ 2, 1 })); // B
    QCOMPARE(fold.originalSpan(1, 1), (TextFold::Span{ 3, 2 })); // a and its mark
    QCOMPARE(fold.originalSpan(2, 1), (TextFold::Span{ 5, 1 })); // o
    QCOMPARE(fold.originalSpan(3, 1), (TextFold::Span{ 6, 4 })); // the line break and spaces
    QCOMPARE(fold.originalSpan(4, 1), (TextFold::Span{ 10, 1 })); // Đ
    QCOMPARE(fold.originalSpan(0, 5), (TextFold::Span{ 2, 9 }));
    // Out of range: nothing.
    QCOMPARE(fold.originalSpan(4, 2), TextFold::Span{});
    QCOMPARE(fold.originalSpan(-1, 1), TextFold::Span{});
    QCOMPARE(fold.originalSpan(0, 0), TextFold::Span{});
}

void TestTextFold::limit()
{
    const TextFold fold(QStringLiteral("đ đ đ đ"));
    QCOMPARE(fold.find(QStringLiteral("d")).size(), 4);
    QCOMPARE(fold.find(QStringLiteral("d"), 2).size(), 2);
    QCOMPARE(fold.find(QStringLiteral("d"), 0).size(), 0);
}

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
