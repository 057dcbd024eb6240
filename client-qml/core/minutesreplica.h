#pragma once

#include "minutesstate.h"
#include "quorum.pb.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtQmlIntegration/qqmlintegration.h>

/**
 * The tablet's view of the minutes (docs/minutes.md): the secretary's notes and conclusions
 * per agenda item, the minutes' number and locality, the approvals of the chair and the
 * secretary, the lock and the reopenings. The events are folded once, by the server's own
 * server/core/minutes.cpp (through fold.h); MeetingReplica shows the result here.
 *
 * As a list model it has one row per agenda item (itemId, title, notes, conclusions) for the
 * secretary console, updated row by row (listsync.h); the minutes as a whole are properties.
 */
class MinutesReplica : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read it from MeetingClient.minutes")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString number READ number NOTIFY changed)
    Q_PROPERTY(QString locality READ locality NOTIFY changed)
    Q_PROPERTY(QString notes READ notes NOTIFY changed)
    Q_PROPERTY(QString conclusions READ conclusions NOTIFY changed)
    Q_PROPERTY(bool chairApproved READ chairApproved NOTIFY changed)
    Q_PROPERTY(bool secretaryApproved READ secretaryApproved NOTIFY changed)
    Q_PROPERTY(QString chairApproverId READ chairApproverId NOTIFY changed)
    Q_PROPERTY(QString secretaryApproverId READ secretaryApproverId NOTIFY changed)
    Q_PROPERTY(bool locked READ locked NOTIFY changed)
    Q_PROPERTY(int reopenings READ reopenings NOTIFY changed)
    Q_PROPERTY(QString lastReopenReason READ lastReopenReason NOTIFY changed)
    Q_PROPERTY(QString signingFingerprint READ signingFingerprint NOTIFY signingFingerprintChanged)
    // The newest export (MinutesExported): what the tablet fetches and offers to open.
    Q_PROPERTY(bool exported READ exported NOTIFY exportedChanged)
    Q_PROPERTY(QString exportPdfSha256 READ exportPdfSha256 NOTIFY exportedChanged)
    Q_PROPERTY(QString exportArchiveSha256 READ exportArchiveSha256 NOTIFY exportedChanged)
    Q_PROPERTY(QString exportArchiveFileName READ exportArchiveFileName NOTIFY exportedChanged)
    Q_PROPERTY(bool exportApproved READ exportApproved NOTIFY exportedChanged)
    // double: a number in QML (qmllint knows no qint64); milliseconds stay exact below 2^53.
    Q_PROPERTY(double exportTimeMs READ exportTimeMs NOTIFY exportedChanged)

public:
    enum Roles { ItemIdRole = Qt::UserRole + 1, TitleRole, NotesRole, ConclusionsRole };

    struct Item
    {
        QString id;
        QString title;
    };

    explicit MinutesReplica(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The rows: the agenda as defined (the texts are kept by item id across a redefinition). */
    void setAgenda(const QList<Item> &items);
    /** The minutes as the shared fold holds them now (MeetingState.minutes). */
    void show(const quorum::MinutesState &minutes);

    /** The notes / conclusions of one item ("" for the minutes as a whole). */
    Q_INVOKABLE QString notesOf(const QString &itemId) const
    {
        return m_minutes.items.value(itemId).notes;
    }
    Q_INVOKABLE QString conclusionsOf(const QString &itemId) const
    {
        return m_minutes.items.value(itemId).conclusions;
    }

    QString number() const { return m_minutes.number; }
    QString locality() const { return m_minutes.locality; }
    QString notes() const { return notesOf(QString()); }
    QString conclusions() const { return conclusionsOf(QString()); }
    bool chairApproved() const { return !chairApproverId().isEmpty(); }
    bool secretaryApproved() const { return !secretaryApproverId().isEmpty(); }
    QString chairApproverId() const { return approverOf(quorum::v1::ROLE_CHAIR); }
    QString secretaryApproverId() const { return approverOf(quorum::v1::ROLE_SECRETARY); }
    bool locked() const { return m_minutes.locked; }
    int reopenings() const { return int(m_minutes.reopenings); }
    QString lastReopenReason() const { return m_minutes.lastReopenReason; }

    /** The server's archive signing key (Welcome), "" when the server did not say. */
    QString signingFingerprint() const { return m_fingerprint; }
    void setSigningFingerprint(const QString &fingerprint);

    bool exported() const { return !lastExport().archive_sha256().empty(); }
    const quorum::v1::MinutesExported &lastExport() const;
    QString exportPdfSha256() const;
    QString exportArchiveSha256() const;
    QString exportArchiveFileName() const;
    bool exportApproved() const { return lastExport().approved(); }
    qint64 exportTimeMs() const { return m_minutes.lastExportMs; }

signals:
    void changed();
    void countChanged();
    void signingFingerprintChanged();
    void exportedChanged();

private:
    struct Row
    {
        QString key; // the agenda item id
        QString title;
        quorum::MinutesText text;
        bool operator==(const Row &o) const
        {
            return key == o.key && title == o.title && text.notes == o.text.notes
                && text.conclusions == o.text.conclusions;
        }
    };
    QString approverOf(quorum::v1::Role role) const;
    void syncItems();

    QList<Item> m_items;
    std::vector<Row> m_rows;
    quorum::MinutesState m_minutes;
    QString m_fingerprint;
};
