#pragma once

#include "botoptions.h"
#include "rawtablet.h"

#include <QJsonObject>
#include <QTextStream>

#include <functional>
#include <vector>

/**
 * `quorum-bot load`: N tablets against a room server or a baseline broadcast server, one
 * scenario per run, results as one JSON object (docs/benchmarks.md, scripts/bench.sh).
 *
 *  - fanout: everyone connects (timed), the server goes idle (its RSS per tablet is read),
 *    then the chair changes the current item `rounds` times; every tablet times every event
 *    against its server stamp. With --hostile the same rounds run again while hostile
 *    tablets attack, and the ratio of the two p99s is reported.
 *  - votes: every tablet is a chair or secretary device and all send SetCurrentItem at once,
 *    each to a different item, so each command makes one durable event, like a ballot; the
 *    time from send to Reply is the durable-ack latency through group commit.
 *
 * `--write-meeting FILE` writes the meeting definition these scenarios need and exits.
 */
class LoadMode
{
public:
    /** Parses `arguments` (program name first, mode name removed); 0 or an exit code. */
    int parse(const QStringList &arguments, QTextStream &err);
    /** Runs; returns the process exit code (0 all measured, 1 something missing). */
    int run(QTextStream &out, QTextStream &err);

    /** PIN scheme of the generated meeting, shared by the generator and the tablets. */
    static QString chairPin() { return QStringLiteral("1000001"); }
    static QString secretaryPin() { return QStringLiteral("1000002"); }
    static QString delegatePin(int i) { return QString::number(2000000 + i); }
    static QString itemId(int i) { return QStringLiteral("i%1").arg(i, 4, 10, QLatin1Char('0')); }

private:
    int writeMeeting(QTextStream &err);
    bool raiseFdLimit(QTextStream &err);
    bool connectAll(QTextStream &err);
    void settle();
    LatencyRecorder fanoutRounds(int rounds);
    void votes();
    bool waitFor(const std::function<bool()> &done, int timeoutMs);
    qint64 serverRssKib() const;

    BotOptions m_common;
    QString m_target; // quorum | broadcast
    QString m_scenario; // fanout | votes
    QString m_clientKind; // raw | library
    int m_tablets = 100;
    int m_rounds = 20;
    int m_payloadBytes = 0;
    qint64 m_serverPid = 0;
    bool m_hostile = false;
    QString m_meetingFile;
    int m_delegates = 0;
    int m_items = 0;
    int m_chairActions = 0;

    LoadTally m_tally;
    std::vector<RawTablet *> m_raw;
    QObject m_owner; // parent of every tablet
    QJsonObject m_result;
};
