#pragma once

#include "botoptions.h"
#include "rawtablet.h"
#include "serverheap.h"

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
 *  - votes: the chair and N voting delegates; per round the chair creates and opens a
 *    yes/no/abstain ballot (BallotOpened is timed at every delegate), then all N cast at
 *    once (CastVote sent -> Reply: the durable acknowledgement through group commit), then
 *    the chair closes it and the result must count N ballots.
 *  - commands: the first run's stand-in for votes, kept for comparison: N chair/secretary
 *    devices send SetCurrentItem at once, each to its own item; send -> Reply.
 *  - strokes: N tablets; tablet 1 (a delegate) draws `rounds` shared-layer ink strokes
 *    (Annotate), each timed as AnnotationApplied at the N-1 others.
 *  - bulk: the chair and N tablets; the chair changes the current item `rounds` times while
 *    idle (timed at the N), then all N fetch the meeting's first document at once while the
 *    chair keeps changing the item every 100 ms; throughput and control latency during.
 * With --target broadcast, fanout, strokes and bulk run against a baseline server with the
 * same payload sizes (bulk: the baseline server's --file).
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
    int connections() const;
    QString secretOf(int i) const;
    bool connectAll(QTextStream &err);
    void settle(int quietMs = 500);
    /**
     * The server's heap per idle tablet: (heap with the n tablets, idle and drained - heap
     * before) / n, with OpenSSL's share and the resident size (--server-log).
     */
    QJsonObject idleHeap(const ServerHeap &before, int n);
    /**
     * `rounds` timed rounds: send(round) makes one timed event (or baseline frame) that every
     * measured tablet must receive; a round ends when all have it (10 s at most), then a
     * 100 ms pause. Stops early when stop() holds. Returns the samples of these rounds.
     */
    LatencyRecorder timedRounds(int rounds, const std::function<void(int)> &send,
        const std::function<bool()> &stop = {}, int *roundsDone = nullptr);
    void chairChangesItem(int round);
    bool chairCommand(quorum::v1::Command command, int timeoutMs = 30000);
    void commands();
    void votes();
    void strokes();
    void bulk();
    bool waitFor(const std::function<bool()> &done, int timeoutMs);
    qint64 serverRssKib() const;
    /** CPU time (user + system) the server process has used so far; -1 without --server-pid. */
    double serverCpuMs() const;
    static double botCpuMs();
    quorum::v1::Command strokeCommand(const QString &opId, const QString &documentId) const;

    BotOptions m_common;
    QString m_target; // quorum | broadcast
    QString m_scenario; // fanout | votes | commands | strokes | bulk
    QString m_clientKind; // raw | library
    int m_tablets = 100;
    int m_rounds = 20;
    int m_payloadBytes = 0;
    int m_strokePoints = 150;
    qint64 m_serverPid = 0;
    QString m_serverLog;
    bool m_hostile = false;
    QString m_meetingFile;
    int m_delegates = 0;
    int m_voting = -1;
    int m_items = 0;
    int m_chairActions = 0;
    int m_measured = 0; // tablets whose receipts are timed
    QString m_run; // unique per run: device ids, ballot and op ids

    LoadTally m_tally;
    std::vector<RawTablet *> m_raw;
    QObject m_owner; // parent of every tablet
    QJsonObject m_result;
};
