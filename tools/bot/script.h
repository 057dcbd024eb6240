#pragma once

#include "botoptions.h"

#include <QStringList>
#include <QTextStream>

/**
 * `quorum-bot script`: a whole scripted meeting. The chair and every delegate join, everyone
 * sees everyone present, the chair walks the agenda item by item and each step waits until
 * every client shows it; then everyone leaves. A smoke test of the server and the client
 * library together, and a first latency figure per step.
 */
struct ScriptMode
{
    BotOptions common;
    QString chairPin;
    QStringList delegatePins;

    /** Parses `arguments` (program name first, mode name removed); 0 or an exit code. */
    int parse(const QStringList &arguments, QTextStream &err);
    /** Runs the meeting; returns the process exit code (0 completed, 1 failed). */
    int run(QTextStream &out, QTextStream &err);
};
