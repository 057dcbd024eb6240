#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QUrl>

/** The options every quorum-bot mode shares: where the server is, which meeting, how long. */
struct BotOptions
{
    QUrl url;
    QString meetingId;
    int timeoutMs = 60000;

    /** Declares --url, --meeting and --timeout-ms on a mode's parser. */
    static void declare(QCommandLineParser &parser);
    /** Reads them back; false with *error set when one is missing or wrong. */
    bool read(const QCommandLineParser &parser, QString *error);
};
