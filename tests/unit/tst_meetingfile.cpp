// Meeting definition files, including the demo meeting shipped in assets/.
#include "bodies.h"
#include "meeting.h"
#include "meetingfile.h"
#include "meetingfilewriter.h"
#include "meetingfixture.h"
#include "rules.h"

#include <QFile>
#include <QTest>

using namespace quorum;

class TestMeetingFile : public QObject
{
    Q_OBJECT
private slots:
    void demoMeetingParsesAndDefines()
    {
        QFile f(QUORUM_SOURCE_DIR "/assets/demo/meeting.json");
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString error;
        const auto file = parseMeetingFile(f.readAll(), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->definition.agenda_size(), 5);
        QCOMPARE(qstr(file->definition.organisation()),
            QStringLiteral("Đoàn khối Cơ quan - Doanh nghiệp tỉnh"));
        QCOMPARE(file->secrets.size(), file->definition.participants_size());
        QVERIFY(Meeting().define(file->definition).ok());
        // Members with a vote by role, and the floor's rules.
        QVERIFY(file->definition.participants(0).voting()); // the chair
        QVERIFY(!file->definition.participants(1).voting()); // the secretary
        QVERIFY(file->definition.participants(2).voting()); // a delegate
        QVERIFY(!file->definition.participants(12).voting()); // the projector
        QVERIFY(file->definition.allow_proxies());
        QCOMPARE(file->definition.quorum_rule().base(), v1::BASE_MEMBERS_CONVENED);
        QCOMPARE(file->definition.quorum_rule().threshold().comparison(), v1::COMPARISON_MORE_THAN);
        QCOMPARE(qstr(file->definition.ballot_rule_preset()), QStringLiteral("simple-majority"));
    }

    // Issue 11: the meeting's decision rule, the one a new ballot starts with.
    void ballotRuleIsAPreset()
    {
        QString error;
        const auto file = parseMeetingFile(
            R"({"id":"m","title":"T","ballotRule":"majority-present","participants":[{"id":"c","name":"C","role":"chair"}]})",
            &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(qstr(file->definition.ballot_rule_preset()), QStringLiteral("majority-present"));
        QVERIFY(Meeting().define(file->definition).ok());
        v1::MeetingDefined odd = file->definition;
        odd.set_ballot_rule_preset("most-votes");
        QVERIFY(!Meeting().define(odd).ok());
    }

    // Issue 15 through the meeting file (merged with issue 13's line-precise reader): the kind of
    // body fills the rules the file leaves unset, a participant's unit reaches the definition and
    // a birth date stays beside it, never in it.
    void kindOfBodyUnitsAndBirthDates()
    {
        QString error;
        const auto file = parseMeetingFile(R"({"id":"m","title":"T","body":"youth-union",
            "convening":2,"totalUnits":7,"participants":[
            {"id":"c","name":"C","role":"chair","unit":"Chi đoàn A","birthDate":"1980-02-03"},
            {"id":"d","name":"D","role":"delegate","unit":"Chi đoàn B"}]})",
            &error);
        QVERIFY2(file, qPrintable(error));
        const v1::MeetingDefined &d = file->definition;
        QCOMPARE(d.body_kind(), v1::BODY_KIND_YOUTH_UNION);
        QCOMPARE(d.convening(), 2u);
        QCOMPARE(d.total_units(), 7u);
        QVERIFY(d.has_quorum_rule()); // the Youth Union's preset: people and units
        QCOMPARE(qstr(d.participants(0).unit()), QStringLiteral("Chi đoàn A"));
        QCOMPARE(qstr(d.participants(1).unit()), QStringLiteral("Chi đoàn B"));
        QCOMPARE(file->birthDates.value(QStringLiteral("c")), QDate(1980, 2, 3));
        QVERIFY(!file->birthDates.contains(QStringLiteral("d")));
        QVERIFY(!QString::fromStdString(d.SerializeAsString()).contains(QStringLiteral("1980")));
    }

    // Issue 15: a quorum of people AND units, and the quorum of each convening, written in the
    // file's "quorum" ("also", "convenings"), reach the meeting and decide its quorum.
    void quorumOfUnitsAndConvenings()
    {
        QString error;
        const auto file = parseMeetingFile(R"({"id":"m","title":"T","convening":2,
            "quorum":{"fraction":"2/3","comparison":"at-least","base":"convened",
              "also":[{"count":"units","fraction":"2/3","comparison":"at-least"}],
              "convenings":[{"convening":2,"fraction":"1/2","comparison":"more-than"},
                            {"convening":3,"noMinimum":true}]},
            "participants":[{"id":"c","name":"C","role":"chair","unit":"A"},
              {"id":"d1","name":"D1","role":"delegate","unit":"A"},
              {"id":"d2","name":"D2","role":"delegate","unit":"B"},
              {"id":"d3","name":"D3","role":"delegate","unit":"C"}]})",
            &error);
        QVERIFY2(file, qPrintable(error));
        const v1::QuorumRule &q = file->definition.quorum_rule();
        QCOMPARE(q.also_size(), 1);
        QCOMPARE(q.also(0).count(), v1::QUORUM_COUNT_UNITS);
        QCOMPARE(q.reconvened_size(), 2);
        QVERIFY(q.reconvened(1).no_minimum());
        QVERIFY(!rules::validate(q));
        // At the second convening, 3 of the 4 members (more than half) from 2 of 3 units: held;
        // with the chair and d1 alone (unit A only), the units condition fails.
        Meeting m;
        fixture::commit(m, m.define(file->definition));
        for (const char *id : { "c", "d1" })
            fixture::commit(m, m.join(QString::fromLatin1(id), QStringLiteral("t-") + id));
        QVERIFY(!rules::quorum(m.state()).reached);
        fixture::commit(m, m.join(QStringLiteral("d2"), QStringLiteral("t-d2")));
        const rules::QuorumStatus s = rules::quorum(m.state());
        QVERIFY(s.reached);
        QCOMPARE(s.conditions.size(), size_t(2));
        QCOMPARE(s.conditions[1].present, quint64(2));
    }

    void quorumRoundTrips_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("youth union: people and units") << "youth-union";
        QTest::newRow("shareholders: three convenings, by shares") << "shareholders";
        QTest::newRow("state election: no minimum at the first") << "state-election";
    }
    void quorumRoundTrips()
    {
        // The organiser's desk exports a meeting (writeMeetingFile) and the server reads it back:
        // every condition and convening of the quorum is kept, not only the first threshold
        // (failed before: the export lost the units and the convenings of a body's preset).
        QFETCH(QString, body);
        QString error;
        const auto file = parseMeetingFile(QStringLiteral(R"({"id":"m","title":"T",
            "body":"%1","convening":3,"totalUnits":9,"totalMemberWeight":1000000,
            "participants":[{"id":"c","name":"C","role":"chair","unit":"A"}]})")
                                               .arg(body)
                                               .toUtf8(),
            &error);
        QVERIFY2(file, qPrintable(error));
        const auto back = parseMeetingFile(writeMeetingFile(file->definition, {}), &error);
        QVERIFY2(back, qPrintable(error));
        const v1::MeetingDefined &d = back->definition;
        QCOMPARE(d.quorum_rule().SerializeAsString(),
            bodies::preset(*bodies::parseKind(body)).quorum.SerializeAsString());
        QCOMPARE(d.convening(), 3u);
        QCOMPARE(d.total_units(), 9u);
        QCOMPARE(d.total_member_weight(), quint64(1000000));
    }

    void quorumErrorsNameTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("quorum");
        QTest::addColumn<QString>("says");
        QTest::newRow("count") << QByteArray(R"({"also":[{"count":"regions"}]})")
                               << "quorum.also[0]: count 'regions' is neither heads nor units";
        QTest::newRow("twice") << QByteArray(
            R"({"convenings":[{"convening":2,"noMinimum":true},{"convening":2,"fraction":"1/3"}]})")
                               << "quorum.convenings[1]: convening 2 is given twice";
        QTest::newRow("no number") << QByteArray(R"({"convenings":[{"noMinimum":true}]})")
                                   << "convening must be a number from 1";
        QTest::newRow("fraction") << QByteArray(
            R"({"convenings":[{"convening":2,"fraction":"7/3"}]})")
                                  << "'7/3' is not a fraction";
        QTest::newRow("not a list")
            << QByteArray(R"({"also":{"count":"units"}})") << "'also' must be a list";
    }
    void quorumErrorsNameTheirPlace()
    {
        QFETCH(QByteArray, quorum);
        QFETCH(QString, says);
        QList<MeetingFileError> errors;
        QVERIFY(!parseMeetingFile("{\"id\": \"m\", \"title\": \"T\",\n \"quorum\": " + quorum
                + ",\n \"participants\": [{\"id\": \"c\", \"name\": \"C\", \"role\": \"chair\"}]}",
            &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors[0].toString().contains(says), qPrintable(errors[0].toString()));
        QCOMPARE(errors[0].line, 2);
    }

    void kindOfBodyAndBirthDateErrorsNameTheLine()
    {
        QList<MeetingFileError> errors;
        QVERIFY(!parseMeetingFile(QByteArray("{\"id\": \"m\", \"title\": \"T\",\n"
                                             " \"body\": \"parliament\",\n"
                                             " \"participants\": [{\"id\": \"c\", \"name\": "
                                             "\"C\", \"role\": \"chair\",\n"
                                             "   \"birthDate\": \"03/02/1980\"}]}"),
            &errors));
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors[0].toString().contains(QStringLiteral("body 'parliament'")),
            qPrintable(errors[0].toString()));
        QCOMPARE(errors[0].line, 2);
        QVERIFY2(errors[1].toString().contains(QStringLiteral("birthDate '03/02/1980'")),
            qPrintable(errors[1].toString()));
        QCOMPARE(errors[1].line, 4);
    }

    // A body's own workflow from the meeting file (docs/forms.md, "Workflows as data"): its
    // states and steps reach the definition and the meeting uses it by its id.
    void aBodysOwnWorkflow()
    {
        QString error;
        const auto file = parseMeetingFile(R"({"id":"m","title":"T",
            "participants":[{"id":"c","name":"C","role":"chair"}],
            "workflows":[{"id":"kien-nghi-cu-tri","name":"Kiến nghị cử tri","nameEn":"Petition of voters",
              "states":[{"id":"received","label":"Đã nhận","labelEn":"Received"},
                        {"id":"forwarded","label":"Đã chuyển","labelEn":"Forwarded","final":true,"adopted":true}],
              "steps":[{"from":"received","to":"forwarded","roles":["chair","secretary"]}]}]})",
            &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->definition.workflows_size(), 1);
        const v1::Workflow &w = file->definition.workflows(0);
        QCOMPARE(w.id(), "kien-nghi-cu-tri");
        QCOMPARE(w.name_en(), "Petition of voters");
        QCOMPARE(w.states(1).label_vi(), "Đã chuyển");
        QVERIFY(w.states(1).adopted());
        QCOMPARE(w.transitions(0).roles_size(), 2);
        QCOMPARE(w.transitions(0).roles(1), v1::ROLE_SECRETARY);
        Meeting meeting;
        QVERIFY(meeting.define(file->definition).ok());
    }

    // Its mistakes name their line, like the rest of the file.
    void workflowErrorsNameTheLine()
    {
        QList<MeetingFileError> errors;
        QVERIFY(!parseMeetingFile(
            QByteArray(
                "{\"id\": \"m\", \"title\": \"T\",\n"
                " \"participants\": [{\"id\": \"c\", \"name\": \"C\", \"role\": \"chair\"}],\n"
                " \"workflows\": [{\"id\": \"w\", \"name\": \"W\",\n"
                "   \"states\": [{\"id\": \"a\", \"label\": \"A\"}],\n"
                "   \"steps\": [{\"from\": \"a\", \"to\": \"b\",\n"
                "     \"roles\": [\"king\"], \"ballot\": \"maybe\"}]}]}"),
            &errors));
        QCOMPARE(errors.size(), 3);
        QVERIFY2(errors[0].toString().contains(QStringLiteral("workflow 'w' has no state 'b'")),
            qPrintable(errors[0].toString()));
        QCOMPARE(errors[0].line, 5);
        QVERIFY2(errors[1].toString().contains(QStringLiteral("'king' is not a role")),
            qPrintable(errors[1].toString()));
        QCOMPARE(errors[1].line, 6);
        QVERIFY(errors[2].toString().contains(QStringLiteral("ballot 'maybe'")));
        QCOMPARE(errors[2].line, 6);
    }

    void thresholds_data()
    {
        QTest::addColumn<QString>("fraction");
        QTest::addColumn<QString>("comparison");
        QTest::addColumn<uint>("numerator");
        QTest::addColumn<uint>("denominator");
        QTest::newRow("half") << "1/2"
                              << "more-than" << 1u << 2u;
        QTest::newRow("two thirds") << "2/3"
                                    << "at-least" << 2u << 3u;
        QTest::newRow("percent") << "65%"
                                 << "at-least" << 65u << 100u;
        QTest::newRow("not a fraction") << "half"
                                        << "more-than" << 0u << 0u;
        QTest::newRow("above one") << "3/2"
                                   << "at-least" << 0u << 0u;
        QTest::newRow("bad comparison") << "1/2"
                                        << "most" << 0u << 0u;
    }
    void thresholds()
    {
        QFETCH(QString, fraction);
        QFETCH(QString, comparison);
        QFETCH(uint, numerator);
        QFETCH(uint, denominator);
        QString error;
        const auto t = parseThreshold(fraction, comparison, &error);
        QCOMPARE(bool(t), numerator != 0);
        if (t) {
            QCOMPARE(t->fraction().numerator(), numerator);
            QCOMPARE(t->fraction().denominator(), denominator);
        } else {
            QVERIFY(!error.isEmpty());
        }
    }

    void errorsSayWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{oops") << "not a JSON object";
        QTest::newRow("bad role") << QByteArray(R"({"participants":[{"id":"x","role":"king"}]})")
                                  << "unknown role 'king'";
        QTest::newRow("shared pin") << QByteArray(
            R"({"participants":[{"id":"a","role":"chair","pin":"1"},{"id":"b","role":"delegate","pin":"1"}]})")
                                    << "share a PIN";
        QTest::newRow("bad date") << QByteArray(R"({"scheduledStart":"tomorrow"})") << "ISO 8601";
        QTest::newRow("bad ballot rule")
            << QByteArray(R"({"ballotRule":"most-votes"})") << "ballotRule 'most-votes'";
        // Issue 15: weights up to 10^15 each were taken; 10,000 of them times 200 seats wrap
        // the box's 64-bit totals. The meeting's weight is bounded (rules::MaxTotalWeight).
        QTest::newRow("a weight over 10^12") << QByteArray(
            R"({"participants":[{"id":"a","name":"A","role":"chair","weight":1000000000001}]})")
                                             << "participants[0].weight: 'weight' must be at most "
                                                "1000000000000";
        QTest::newRow("weights adding up over 10^12")
            << QByteArray(
                   R"({"participants":[{"id":"a","name":"A","role":"chair","weight":600000000000},)"
                   R"({"id":"b","name":"B","role":"delegate","weight":600000000000}]})")
            << "participants: the participants' weights add up to 1200000000000, more than "
               "1000000000000";
        QTest::newRow("totalMemberWeight over 10^12")
            << QByteArray(R"({"totalMemberWeight":5000000000000})")
            << "totalMemberWeight: 'totalMemberWeight' must be at most 1000000000000";
        QTest::newRow("totalMembers cut to 32 bits")
            << QByteArray(R"({"totalMembers":5000000000})")
            << "totalMembers: 'totalMembers' must be at most 4294967295";
    }
    void errorsSayWhatIsWrong()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!parseMeetingFile(json, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    // Issue 13: every error of a meeting file names its line and column, so that a secretary
    // finds it in an editor (before: "unknown role 'king'" and nothing about where).
    void errorsNameLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("mentions");
        const QByteArray head
            = "{\n  \"id\": \"m\",\n  \"title\": \"Họp\",\n  \"participants\": [\n"
              "    {\"id\": \"c\", \"name\": \"Chủ tọa\", \"role\": \"chair\"},\n";
        QTest::newRow("syntax") << head + "    {\"id\": \"d\" \"name\": \"D\"}\n  ]\n}" << 6 << 17
                                << "not a JSON object";
        QTest::newRow("unknown role")
            << head + "    {\"id\": \"d\", \"name\": \"Đại biểu\", \"role\": \"king\"}\n  ]\n}" << 6
            << 45 << "participants[1].role: participant 'd': unknown role 'king'";
        QTest::newRow("missing name")
            << head + "    {\"id\": \"d\", \"role\": \"delegate\"}\n  ]\n}" << 6 << 5
            << "participants[1]: 'name' is missing";
        QTest::newRow("wrong type")
            << head
                + "    {\"id\": \"d\", \"name\": \"D\", \"role\": \"delegate\", \"weight\": "
                  "\"3\"}\n  ]\n}"
            << 6 << 60 << "participants[1].weight: 'weight' must be a whole number";
        QTest::newRow("pin as number") << head
                + "    {\"id\": \"d\", \"name\": \"D\", \"role\": \"delegate\", \"pin\": 1234}\n  "
                  "]\n}" << 6 << 57 << "'pin' must be a string";
        QTest::newRow("duplicate id")
            << head + "    {\"id\": \"c\", \"name\": \"D\", \"role\": \"delegate\"}\n  ]\n}" << 6
            << 12 << "participant id 'c' is already used on line 5";
        QTest::newRow("duplicate key") << head
                + "    {\"id\": \"d\", \"name\": \"D\", \"name\": \"E\", \"role\": \"delegate\"}\n "
                  " ]\n}" << 6 << 38 << "participants[1].name: written twice";
        QTest::newRow("no chair") << QByteArray(
            "{\"id\": \"m\", \"title\": \"T\",\n \"participants\": []}")
                                  << 2 << 18 << "the meeting needs a chair";
        QTest::newRow("agenda") << head.chopped(2)
                + "\n  ],\n  \"agenda\": [{\"id\": \"a\", \"durationMinutes\": -5}]\n}"
                                << 7 << 14 << "agenda[0]: 'title' is missing";
        QTest::newRow("not an object") << QByteArray("[1, 2]") << 1 << 1 << "one object";
    }
    void errorsNameLineAndColumn()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, mentions);
        QList<MeetingFileError> errors;
        QVERIFY(!parseMeetingFile(json, &errors));
        QVERIFY(!errors.isEmpty());
        QString all;
        for (const MeetingFileError &e : errors)
            all += e.toString() + QLatin1Char('\n');
        QVERIFY2(errors.first().toString().contains(mentions), qPrintable(all));
        QCOMPARE(errors.first().line, line);
        QCOMPARE(errors.first().column, column);
    }

    // Every error at once, in the order of the file: one edit-and-retry round, not ten.
    void everyErrorIsListed()
    {
        const QByteArray json
            = "{\"id\": \"m\", \"title\": \"T\", \"participants\": [\n"
              " {\"id\": \"c\", \"name\": \"C\", \"role\": \"chair\", \"pin\": \"1111\"},\n"
              " {\"id\": \"x\", \"name\": \"X\", \"role\": \"king\", \"pin\": \"1111\"},\n"
              " {\"id\": \"y\", \"role\": \"delegate\", \"voting\": \"yes\"}]}";
        QString error;
        QVERIFY(!parseMeetingFile(json, &error));
        const QStringList lines = error.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines[0].startsWith(QStringLiteral("line 3, column 35:")), qPrintable(error));
        QVERIFY2(lines[1].contains(QStringLiteral("share a PIN (line 2)")), qPrintable(error));
        QVERIFY2(lines[2].startsWith(QStringLiteral("line 4, column 2:")), qPrintable(error));
        QVERIFY2(
            lines[3].contains(QStringLiteral("'voting' must be true or false")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestMeetingFile)
#include "tst_meetingfile.moc"
