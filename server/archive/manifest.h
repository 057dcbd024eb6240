#pragma once

#include <QString>

namespace quorum::archive {

/** Names inside an archive (format "quorum-archive/1"). */
inline const QString ManifestFormat = QStringLiteral("quorum-archive/1");
inline const QString ManifestPath = QStringLiteral("manifest.json");
inline const QString SignaturePath = QStringLiteral("manifest.sig");
inline const QString EventLogPath = QStringLiteral("events.jsonl");

} // namespace quorum::archive
