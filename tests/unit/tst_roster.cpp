// The office's list of participants (issue 13, "Import the office's list" and "Bad input"):
// CSV fixtures committed beside this test (tests/unit/fixtures/roster/), XLSX fixtures
// written at test time by real spreadsheet writers: Debian's python3-openpyxl
// (make-xlsx.py) and libxlsxwriter (xlsxwriterfixtures.cpp).
#include "roster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace quorum;
using namespace quorum::roster;

namespace {
const QString Fixtures = QStringLiteral(QUORUM_SOURCE_DIR "/tests/unit/fixtures/roster/");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QString describe(const RosterImport &r)
{
    QStringList lines;
    for (const Refusal &refusal : r.refusals)
        lines << kindName(refusal.kind) + QLatin1Char(' ') + refusal.toString();
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestRoster : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString written(const QString &name) const { return m_dir.filePath(name); }

    bool run(const QString &program, const QStringList &arguments)
    {
        QProcess p;
        p.start(program, arguments);
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            qWarning() << program << arguments << p.readAllStandardError();
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The Debian python3 with python3-openpyxl, not a pyenv one on PATH.
        QVERIFY(run(QStringLiteral("/usr/bin/python3"),
            { Fixtures + QStringLiteral("make-xlsx.py"), m_dir.path() }));
        QVERIFY(run(QStringLiteral(QUORUM_XLSX_FIXTURES),
            { QStringLiteral("shared"), written(QStringLiteral("shared.xlsx")) }));
    }

    // Excel in a Vietnamese locale: BOM, semicolons, CRLF, a title row, an empty row, quoted
    // separators, doubled quotes and a line break inside a cell, roles in words.
    void csvAsExcelWritesIt()
    {
        const RosterImport r = readRoster(readFile(Fixtures + "vi-bom-semicolon.csv"));
        QVERIFY2(r.acceptable(), qPrintable(describe(r)));
        QCOMPARE(r.format, QStringLiteral("csv"));
        QCOMPARE(r.rows.size(), 4);
        QCOMPARE(r.ignoredColumns, QStringList{ QStringLiteral("STT") });
        const RosterEntry &an = r.rows[0];
        QCOMPARE(an.name, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(an.role, v1::ROLE_CHAIR);
        QCOMPARE(an.unit, QStringLiteral("Sở Tài chính; tỉnh Quảng Nam"));
        QCOMPARE(an.weight, quint64(1500)); // "1.500": Vietnamese thousands
        QCOMPARE(an.row, 4);
        QCOMPARE(an.id, QStringLiteral("nguyen-van-an"));
        QCOMPARE(r.rows[1].title, QStringLiteral("Phó Bí thư \"Chi đoàn 1\""));
        QCOMPARE(r.rows[1].role, v1::ROLE_SECRETARY);
        QCOMPARE(r.rows[1].weight, quint64(1));
        QCOMPARE(r.rows[2].title, QStringLiteral("Ủy viên Ban Thường vụ"));
        QCOMPARE(r.rows[2].row, 7);
        QCOMPARE(r.rows[2].weight, quint64(2000000));
        QCOMPARE(r.rows[3].role, v1::ROLE_OBSERVER); // "khach moi", no diacritics
        QCOMPARE(r.rows[3].row, 8); // the line break in row 7's cell is not a row
    }

    void csvEnglishCommas()
    {
        const RosterImport r = readRoster(readFile(Fixtures + "en-comma.csv"));
        QVERIFY2(r.acceptable(), qPrintable(describe(r)));
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.rows[0].name, QStringLiteral("Smith, Anna"));
        QCOMPARE(r.rows[0].unit, QStringLiteral("Board, Inc."));
        QCOMPARE(r.rows[0].id, QStringLiteral("A-1"));
        QCOMPARE(r.rows[0].weight, quint64(10));
        QCOMPARE(r.rows[1].title, QStringLiteral("The \"real\" secretary"));
        QCOMPARE(r.rows[2].role, v1::ROLE_DELEGATE);
        QCOMPARE(r.rows[2].weight, quint64(1000));
        QCOMPARE(r.rows[2].row, 5);
    }

    // openpyxl: a title row, a merged cell, numbers, an empty row; the first sheet or another.
    void xlsxFromOpenpyxl()
    {
        const QByteArray bytes = readFile(written("vi.xlsx"));
        const RosterImport r = readRoster(bytes);
        QVERIFY2(r.acceptable(), qPrintable(describe(r)));
        QCOMPARE(r.format, QStringLiteral("xlsx"));
        QCOMPARE(r.rows.size(), 4);
        QCOMPARE(r.rows[0].name, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(r.rows[0].unit, QStringLiteral("Sở Tài chính, tỉnh Quảng Nam"));
        QCOMPARE(r.rows[0].weight, quint64(1500));
        QCOMPARE(r.rows[0].row, 4);
        QCOMPARE(r.rows[2].role, v1::ROLE_DELEGATE); // "ĐẠI BIỂU"
        QCOMPARE(r.rows[2].weight, quint64(2000000));
        QCOMPARE(r.rows[2].row, 7);
        QCOMPARE(r.rows[3].role, v1::ROLE_OBSERVER);

        const RosterImport guests = readRoster(bytes, { QStringLiteral("Khách mời") });
        QVERIFY2(guests.acceptable(), qPrintable(describe(guests)));
        QCOMPARE(guests.rows.size(), 2);
        QCOMPARE(guests.rows[0].id, QStringLiteral("1001")); // a number cell, as typed
        QCOMPARE(guests.rows[1].role, v1::ROLE_OBSERVER);

        const RosterImport missing = readRoster(bytes, { QStringLiteral("Sheet9") });
        QCOMPARE(missing.refusals.size(), 1);
        QCOMPARE(missing.refusals[0].kind, RefusalKind::SheetNotFound);
        QVERIFY(missing.refusals[0].detail.contains(QStringLiteral("Danh sách, Khách mời")));
    }

    // libxlsxwriter writes shared strings, as Excel does.
    void xlsxSharedStrings()
    {
        const RosterImport r = readRoster(readFile(written("shared.xlsx")));
        QVERIFY2(r.acceptable(), qPrintable(describe(r)));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows[0].id, QStringLiteral("X01"));
        QCOMPARE(r.rows[0].name, QStringLiteral("Đặng Thị Hoa"));
        QCOMPARE(r.rows[0].role, v1::ROLE_CHAIR);
        QCOMPARE(r.rows[0].weight, quint64(3));
        QCOMPARE(r.rows[1].unit, QStringLiteral("Sở Xây dựng"));
        QCOMPARE(r.rows[1].row, 4);
    }

    void refusedRows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("otherRow");
        const QString csv = Fixtures + "refused.csv";
        QTest::newRow("csv unknown role")
            << csv << 0 << int(RefusalKind::UnknownRole) << 3 << 2 << 0;
        QTest::newRow("csv negative weight")
            << csv << 1 << int(RefusalKind::BadWeight) << 4 << 3 << 0;
        QTest::newRow("csv fractional weight")
            << csv << 2 << int(RefusalKind::BadWeight) << 5 << 3 << 0;
        QTest::newRow("csv empty name") << csv << 3 << int(RefusalKind::EmptyName) << 6 << 1 << 0;
        QTest::newRow("csv weight in words")
            << csv << 5 << int(RefusalKind::BadWeight) << 8 << 3 << 0;
        QTest::newRow("csv bad pin") << csv << 6 << int(RefusalKind::BadPin) << 9 << 5 << 0;
        QTest::newRow("csv duplicate id")
            << csv << 4 << int(RefusalKind::DuplicateId) << 7 << 4 << 2;
        QTest::newRow("csv duplicate pin")
            << csv << 7 << int(RefusalKind::DuplicatePin) << 10 << 5 << 2;
        const QString dup = Fixtures + "duplicate-names.csv";
        QTest::newRow("duplicate name")
            << dup << 0 << int(RefusalKind::DuplicateName) << 4 << 1 << 2;
        QTest::newRow("no name column") << Fixtures + "no-name-column.csv" << 0
                                        << int(RefusalKind::MissingColumn) << 1 << 0 << 0;
        QTest::newRow("duplicate column") << Fixtures + "duplicate-column.csv" << 0
                                          << int(RefusalKind::DuplicateColumn) << 1 << 2 << 0;
        QTest::newRow("not utf-8")
            << Fixtures + "windows-1258.csv" << 0 << int(RefusalKind::NotUtf8) << 1 << 0 << 0;
        QTest::newRow("header only")
            << Fixtures + "header-only.csv" << 0 << int(RefusalKind::NoRows) << 1 << 0 << 0;
        const QString xlsx = m_dir.filePath("refused.xlsx");
        QTest::newRow("xlsx unknown role")
            << xlsx << 0 << int(RefusalKind::UnknownRole) << 3 << 2 << 0;
        QTest::newRow("xlsx fractional weight")
            << xlsx << 1 << int(RefusalKind::BadWeight) << 4 << 3 << 0;
        QTest::newRow("xlsx negative weight")
            << xlsx << 2 << int(RefusalKind::BadWeight) << 5 << 3 << 0;
        QTest::newRow("xlsx empty name") << xlsx << 3 << int(RefusalKind::EmptyName) << 6 << 1 << 0;
        QTest::newRow("xlsx duplicate id")
            << xlsx << 4 << int(RefusalKind::DuplicateId) << 7 << 4 << 2;
        QTest::newRow("ods") << m_dir.filePath("list.ods") << 0 << int(RefusalKind::NotATable) << 0
                             << 0 << 0;
        QTest::newRow("zip") << m_dir.filePath("other.zip") << 0 << int(RefusalKind::NotATable) << 0
                             << 0 << 0;
    }
    // Each refusal names its row and column as the spreadsheet shows them, and nothing of a
    // refused list is importable (never a partial list).
    void refusedRows()
    {
        QFETCH(QString, file);
        QFETCH(int, index);
        QFETCH(int, kind);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(int, otherRow);
        const RosterImport r = readRoster(readFile(file));
        QVERIFY2(index < r.refusals.size(), qPrintable(describe(r)));
        const Refusal &refusal = r.refusals[index];
        QCOMPARE(int(refusal.kind), kind);
        QCOMPARE(refusal.row, row);
        QCOMPARE(refusal.column, column);
        QCOMPARE(refusal.otherRow, otherRow);
        QVERIFY(!refusal.detail.isEmpty());
        QVERIFY(!r.acceptable());
        QVERIFY(!r.participants());
    }

    void refusedRowsAreAllThere()
    {
        const RosterImport r = readRoster(readFile(Fixtures + "refused.csv"));
        QCOMPARE(r.refusals.size(), 8);
        QCOMPARE(r.refusals[0].toString(),
            QStringLiteral("row 3, column B (Vai trò): \"Vua\" is not a role: chair (Chủ tọa), "
                           "secretary (Thư ký), delegate (Đại biểu) or observer (Khách mời)"));
        // The same name in two units is two people; in one unit, one person twice.
        const RosterImport dup = readRoster(readFile(Fixtures + "duplicate-names.csv"));
        QCOMPARE(dup.refusals.size(), 1);
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        const QByteArray xlsx = readFile(m_dir.filePath("vi.xlsx"));
        QTest::newRow("truncated xlsx")
            << xlsx.left(xlsx.size() / 2) << int(RefusalKind::CorruptFile);
        QTest::newRow("truncated end") << xlsx.chopped(10) << int(RefusalKind::CorruptFile);
        QByteArray damaged = xlsx;
        for (int i = 200; i < 1200; ++i)
            damaged[i] = char(damaged[i] ^ 0x5A);
        QTest::newRow("damaged xlsx") << damaged << int(RefusalKind::CorruptFile);
        QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0", 11)
                             << int(RefusalKind::NotATable);
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                             << int(RefusalKind::NotATable);
        QTest::newRow("empty") << QByteArray() << int(RefusalKind::MissingColumn);
    }
    void brokenFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        const RosterImport r = readRoster(bytes);
        QCOMPARE(r.refusals.size(), 1);
        QCOMPARE(int(r.refusals[0].kind), kind);
        QVERIFY(r.rows.isEmpty());
    }

    // Ids made from names are stable: the same list, reordered, gives the same ids; names
    // that fold alike get -2.
    void madeIdsAreStable()
    {
        const QByteArray a = "Họ và tên\nNguyễn Văn An\nNguyễn Văn Ẩn\nLê Thị Hà\n";
        const QByteArray b = "Họ và tên\nLê Thị Hà\nNguyễn Văn An\nNguyễn Văn Ẩn\n";
        const RosterImport ra = readRoster(a);
        const RosterImport rb = readRoster(b);
        QVERIFY2(ra.acceptable(), qPrintable(describe(ra)));
        QCOMPARE(ra.rows[0].id, QStringLiteral("nguyen-van-an"));
        QCOMPARE(ra.rows[1].id, QStringLiteral("nguyen-van-an-2"));
        QCOMPARE(ra.rows[2].id, rb.rows[0].id);
        QCOMPARE(ra.rows[0].id, rb.rows[1].id);
    }

    // Issue 13 "Bad input": a 50,000-row list is refused quickly, naming the row past the
    // limit; a list at the limit is read whole. Timings are printed for docs/import.md.
    void fiftyThousandRows()
    {
        const QString big = written("big.xlsx");
        QVERIFY(run(QStringLiteral(QUORUM_XLSX_FIXTURES),
            { QStringLiteral("rows"), QStringLiteral("50000"), big }));
        QElapsedTimer timer;
        timer.start();
        const RosterImport x = readRoster(readFile(big));
        const qint64 xlsxMs = timer.elapsed();
        QCOMPARE(x.refusals.size(), 1);
        QCOMPARE(x.refusals[0].kind, RefusalKind::TooManyRows);
        QCOMPARE(x.refusals[0].row, MaxRows + 2); // the header is row 1
        QCOMPARE(x.rowsRead, 50000);

        QByteArray csv = "Mã;Họ và tên;Đơn vị;Vai trò;Số cổ phần\r\n";
        for (int i = 1; i <= 50000; ++i)
            csv += "D" + QByteArray::number(i) + ";Nguyễn Văn Thành " + QByteArray::number(i)
                + ";\"Chi đoàn Sở Tài chính; tỉnh Quảng Nam\";Đại biểu;1.000\r\n";
        timer.restart();
        const RosterImport c = readRoster(csv);
        const qint64 csvMs = timer.elapsed();
        QCOMPARE(c.refusals.size(), 1);
        QCOMPARE(c.refusals[0].kind, RefusalKind::TooManyRows);

        // At the limit: every row read and checked.
        const QString limit = written("limit.xlsx");
        QVERIFY(run(QStringLiteral(QUORUM_XLSX_FIXTURES),
            { QStringLiteral("rows"), QString::number(MaxRows), limit }));
        timer.restart();
        const RosterImport l = readRoster(readFile(limit));
        const qint64 limitMs = timer.elapsed();
        QVERIFY2(l.acceptable(), qPrintable(describe(l)));
        QCOMPARE(l.rows.size(), MaxRows);
        QCOMPARE(l.rows.first().role, v1::ROLE_CHAIR);
        qInfo("50,000 rows: XLSX refused in %lld ms, CSV refused in %lld ms; %d rows (XLSX) "
              "read in %lld ms",
            xlsxMs, csvMs, MaxRows, limitMs);
        // What a secretary notices: an answer within seconds, even on a loaded machine.
        QVERIFY(xlsxMs < 10000 && csvMs < 10000 && limitMs < 10000);
    }
};

QTEST_GUILESS_MAIN(TestRoster)
#include "tst_roster.moc"
