#include "meetingloader.h"

#include "roomserver.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>

namespace quorum {

std::optional<LoadedMeeting> loadMeetingFile(
    RoomServer &server, const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    auto file = parseMeetingFile(f.readAll(), error);
    if (!file) {
        *error = path + QStringLiteral(": ") + *error;
        return std::nullopt;
    }
    QSet<QString> used(file->secrets.cbegin(), file->secrets.cend());
    QStringList generated;
    for (const v1::Participant &p : file->definition.participants()) {
        const QString id = qstr(p.id());
        while (!file->secrets.contains(id)) {
            const QString pin
                = QString::number(QRandomGenerator::system()->bounded(100000, 1000000));
            if (!used.contains(pin)) {
                used.insert(pin);
                file->secrets.insert(id, pin);
                generated << id;
            }
        }
    }
    LoadedMeeting loaded;
    loaded.meetingId = qstr(file->definition.meeting_id());
    if (!server.defineMeeting(*file, &loaded.created, error)) {
        *error = path + QStringLiteral(": ") + *error;
        return std::nullopt;
    }
    // A meeting defined by an earlier run keeps the PINs stored then; fresh ones mean nothing.
    if (!loaded.created) {
        for (const QString &id : generated)
            file->secrets.remove(id);
    }
    loaded.file = std::move(*file);
    return loaded;
}

} // namespace quorum
