#include "trustedservers.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

void TrustedServers::setPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    m_pins.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject pins = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = pins.begin(); it != pins.end(); ++it)
        m_pins.insert(it.key(), it.value().toString());
}

QString TrustedServers::fingerprintOf(const QString &hostPort) const
{
    return m_pins.value(hostPort);
}

void TrustedServers::remember(const QString &hostPort, const QString &fingerprint)
{
    if (fingerprint.isEmpty() || m_pins.value(hostPort) == fingerprint)
        return;
    m_pins.insert(hostPort, fingerprint);
    if (m_path.isEmpty())
        return;
    QJsonObject pins;
    for (auto it = m_pins.cbegin(); it != m_pins.cend(); ++it)
        pins.insert(it.key(), it.value());
    QSaveFile out(m_path);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(QJsonDocument(pins).toJson());
        out.commit();
    }
}
