#include "eventlog.h"

#include "annotations.h"
#include "hashchain.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <google/protobuf/util/json_util.h>

namespace quorum::archive {

namespace {
QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}
} // namespace

QByteArray toJsonLines(const std::vector<StoredEvent> &events, QString *error)
{
    google::protobuf::util::JsonPrintOptions options;
    options.preserve_proto_field_names = true;
    QByteArray out;
    for (const StoredEvent &stored : events) {
        const auto event = decode<v1::Event>(stored.bytes);
        if (!event) {
            *error = QStringLiteral("event %1 is unreadable").arg(stored.seq);
            return {};
        }
        QJsonObject line{ { QStringLiteral("seq"), qint64(event->seq()) } };
        if (!privateOwner(*event).isEmpty()) {
            line.insert(QStringLiteral("withheld"), true);
        } else {
            line.insert(QStringLiteral("time"), isoTime(event->server_time_ms()));
            line.insert(QStringLiteral("time_ms"), QString::number(event->server_time_ms()));
            line.insert(QStringLiteral("actor"), qstr(event->actor()));
            v1::Event body = *event;
            body.clear_seq();
            body.clear_server_time_ms();
            body.clear_actor();
            std::string json;
            if (!google::protobuf::util::MessageToJsonString(body, &json, options).ok()) {
                *error = QStringLiteral("event %1 cannot be written as JSON").arg(stored.seq);
                return {};
            }
            line.insert(QStringLiteral("body"),
                QJsonDocument::fromJson(QByteArray::fromStdString(json)).object());
        }
        line.insert(
            QStringLiteral("previous_hash"), QString::fromLatin1(stored.previousHash.toHex()));
        line.insert(QStringLiteral("hash"), QString::fromLatin1(stored.hash.toHex()));
        out += QJsonDocument(line).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

ChainReport checkJsonLines(const QByteArray &jsonLines)
{
    ChainReport report;
    QByteArray previous = hashchain::genesis();
    quint64 expectedSeq = 1;
    const QList<QByteArray> lines = jsonLines.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &text = lines[i];
        if (text.isEmpty() && i == lines.size() - 1)
            break;
        const QJsonObject line = QJsonDocument::fromJson(text).object();
        const quint64 seq = line.value(QStringLiteral("seq")).toInteger();
        const QString who = QStringLiteral("event %1").arg(seq ? seq : expectedSeq);
        if (line.isEmpty() || seq == 0) {
            report.problems << QStringLiteral("event %1: unreadable line").arg(expectedSeq);
            return report;
        }
        if (seq != expectedSeq) {
            report.problems
                << QStringLiteral("%1: out of order (expected event %2)").arg(who).arg(expectedSeq);
            return report;
        }
        const QByteArray prev = QByteArray::fromHex(
            line.value(QStringLiteral("previous_hash")).toString().toLatin1());
        const QByteArray hash
            = QByteArray::fromHex(line.value(QStringLiteral("hash")).toString().toLatin1());
        if (prev != previous) {
            report.problems << who + QStringLiteral(": chain broken");
            return report;
        }
        if (line.value(QStringLiteral("withheld")).toBool()) {
            ++report.withheld;
        } else {
            v1::Event event;
            const QByteArray body = QJsonDocument(line.value(QStringLiteral("body")).toObject())
                                        .toJson(QJsonDocument::Compact);
            if (!google::protobuf::util::JsonStringToMessage(body.toStdString(), &event).ok()) {
                report.problems << who + QStringLiteral(": unreadable body");
                return report;
            }
            event.set_seq(seq);
            event.set_server_time_ms(line.value(QStringLiteral("time_ms")).toString().toLongLong());
            event.set_actor(sstr(line.value(QStringLiteral("actor")).toString()));
            if (hashchain::link(previous, encode(event)) != hash) {
                report.problems << who + QStringLiteral(": chain broken");
                return report;
            }
            report.decoded.push_back(std::move(event));
        }
        previous = hash;
        ++report.events;
        ++expectedSeq;
    }
    report.headHash = previous;
    return report;
}

} // namespace quorum::archive
