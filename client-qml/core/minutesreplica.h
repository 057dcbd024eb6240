#pragma once

#include "quorum.pb.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtQmlIntegration/qqmlintegration.h>

/**
 * The tablet's fold of the minutes events (docs/minutes.md): the secretary's notes and
 * conclusions per agenda item, the minutes' number and locality, the approvals of the chair
 * and the secretary, the lock and the reopenings. Same rules as the server's
 * server/core/minutes.cpp: an edit withdraws a partial approval, the approval that completes
 * the pair locks, a reopening withdraws every approval.
 *
 * As a list model it has one row per agenda item (itemId, title, notes, conclusions) for the
 * secretary console; the minutes as a whole are properties. MeetingReplica feeds it.
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
    /** Forgets every text and approval (a new meeting). */
    void clear();
    void loadSnapshot(const quorum::v1::MinutesSnapshot &snapshot);
    /** Folds MinutesEdited, MinutesApproved, MinutesReopened; other events are ignored. */
    void apply(const quorum::v1::Event &event);

    /** The notes / conclusions of one item ("" for the minutes as a whole). */
    Q_INVOKABLE QString notesOf(const QString &itemId) const { return m_texts.value(itemId).notes; }
    Q_INVOKABLE QString conclusionsOf(const QString &itemId) const { return m_texts.value(itemId).conclusions; }

    QString number() const { return m_number; }
    QString locality() const { return m_locality; }
    QString notes() const { return notesOf(QString()); }
    QString conclusions() const { return conclusionsOf(QString()); }
    bool chairApproved() const { return !chairApproverId().isEmpty(); }
    bool secretaryApproved() const { return !secretaryApproverId().isEmpty(); }
    QString chairApproverId() const { return approverOf(quorum::v1::ROLE_CHAIR); }
    QString secretaryApproverId() const { return approverOf(quorum::v1::ROLE_SECRETARY); }
    bool locked() const { return m_locked; }
    int reopenings() const { return m_reopenings; }
    QString lastReopenReason() const { return m_lastReopenReason; }

    /** The server's archive signing key (Welcome), "" when the server did not say. */
    QString signingFingerprint() const { return m_fingerprint; }
    void setSigningFingerprint(const QString &fingerprint);

    bool exported() const { return !m_export.archive_sha256().empty(); }
    const quorum::v1::MinutesExported &lastExport() const { return m_export; }
    QString exportPdfSha256() const;
    QString exportArchiveSha256() const;
    QString exportArchiveFileName() const;
    bool exportApproved() const { return m_export.approved(); }
    qint64 exportTimeMs() const { return m_exportTimeMs; }

signals:
    void changed();
    void countChanged();
    void signingFingerprintChanged();
    void exportedChanged();

private:
    struct Text
    {
        QString notes;
        QString conclusions;
    };
    QString approverOf(quorum::v1::Role role) const;
    void setText(const QString &itemId, const Text &text);

    QList<Item> m_items;
    QHash<QString, Text> m_texts; // "" = the minutes as a whole
    QString m_number;
    QString m_locality;
    QList<quorum::v1::MinutesApproved> m_approvals;
    bool m_locked = false;
    int m_reopenings = 0;
    QString m_lastReopenReason;
    QString m_fingerprint;
    quorum::v1::MinutesExported m_export;
    qint64 m_exportTimeMs = 0; // 0 when known from a snapshot only
};
