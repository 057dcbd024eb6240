#pragma once

#include "roster.h"

#include <QAbstractListModel>
#include <QUrl>
#include <QVariantList>

#include <QtQmlIntegration/qqmlintegration.h>

/**
 * The import preview of the office's list (issue 13): every row of the list, the ones that
 * will be imported and the ones refused with why (a typed reason, its column and cell, which
 * the page words in the tablet's language), the refusals of the file as a whole, and how many
 * of each role. The list is imported whole or not at all: confirm() hands over the accepted
 * participants only when nothing is refused.
 */
class RosterPreview : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString fileName READ fileName NOTIFY changed)
    Q_PROPERTY(QString format READ format NOTIFY changed)
    Q_PROPERTY(QString sheet READ sheet WRITE setSheet NOTIFY sheetChanged)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int acceptedCount READ acceptedCount NOTIFY changed)
    Q_PROPERTY(int refusedRowCount READ refusedRowCount NOTIFY changed)
    Q_PROPERTY(int refusalCount READ refusalCount NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(bool canImport READ canImport NOTIFY changed)
    /** Refusals of the file as a whole (no row of participants): maps as reasons() gives. */
    Q_PROPERTY(QVariantList fileRefusals READ fileRefusals NOTIFY changed)
    Q_PROPERTY(QStringList ignoredColumns READ ignoredColumns NOTIFY changed)
    Q_PROPERTY(int chairCount READ chairCount NOTIFY changed)
    Q_PROPERTY(int secretaryCount READ secretaryCount NOTIFY changed)
    Q_PROPERTY(int delegateCount READ delegateCount NOTIFY changed)
    Q_PROPERTY(int observerCount READ observerCount NOTIFY changed)
public:
    /** Why a row or the file is refused: quorum::roster::RefusalKind, for QML. */
    enum Reason {
        NotATable = int(quorum::roster::RefusalKind::NotATable),
        NotUtf8 = int(quorum::roster::RefusalKind::NotUtf8),
        CorruptFile = int(quorum::roster::RefusalKind::CorruptFile),
        SheetNotFound = int(quorum::roster::RefusalKind::SheetNotFound),
        FileTooLarge = int(quorum::roster::RefusalKind::FileTooLarge),
        TooManyRows = int(quorum::roster::RefusalKind::TooManyRows),
        TooManyColumns = int(quorum::roster::RefusalKind::TooManyColumns),
        NoRows = int(quorum::roster::RefusalKind::NoRows),
        MissingColumn = int(quorum::roster::RefusalKind::MissingColumn),
        DuplicateColumn = int(quorum::roster::RefusalKind::DuplicateColumn),
        EmptyName = int(quorum::roster::RefusalKind::EmptyName),
        DuplicateName = int(quorum::roster::RefusalKind::DuplicateName),
        DuplicateId = int(quorum::roster::RefusalKind::DuplicateId),
        UnknownRole = int(quorum::roster::RefusalKind::UnknownRole),
        BadWeight = int(quorum::roster::RefusalKind::BadWeight),
        BadPin = int(quorum::roster::RefusalKind::BadPin),
        DuplicatePin = int(quorum::roster::RefusalKind::DuplicatePin),
        TooLong = int(quorum::roster::RefusalKind::TooLong),
    };
    Q_ENUM(Reason)

    enum Roles {
        RowRole = Qt::UserRole + 1, // the row of the list, as the spreadsheet numbers it
        IdRole,
        NameRole,
        ParticipantRoleRole, // MeetingClient.Role (quorum.v1.Role)
        TitleRole,
        UnitRole,
        WeightRole,
        RefusedRole, // whether this row is refused
        ReasonsRole, // its refusals: [{reason, column, columnName, header, value, otherRow, row}]
    };
    Q_ENUM(Roles)

    explicit RosterPreview(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Reads a local file (a file dialog's URL or a path). */
    Q_INVOKABLE void load(const QUrl &file);
    /** Reads a list's bytes; fileName is what the page shows. */
    void read(const QByteArray &bytes, const QString &fileName);
    Q_INVOKABLE void clear();

    /**
     * The participants to import: [{id, name, role, title, unit, weight}] (role as
     * MeetingClient.Role, weight a number), empty unless canImport. Emits accepted() too.
     */
    Q_INVOKABLE QVariantList confirm();
    /** The same list for C++ callers (the organiser's import command). */
    QList<quorum::roster::RosterEntry> participants() const;

    QString fileName() const { return m_fileName; }
    QString format() const { return m_import.format; }
    QString sheet() const { return m_sheet; }
    void setSheet(const QString &sheet);
    int count() const { return int(m_rows.size()); }
    int acceptedCount() const;
    int refusedRowCount() const;
    int refusalCount() const { return int(m_import.refusals.size()); }
    bool loaded() const { return !m_fileName.isEmpty(); }
    bool canImport() const { return m_import.acceptable(); }
    QVariantList fileRefusals() const { return m_fileRefusals; }
    QStringList ignoredColumns() const { return m_import.ignoredColumns; }
    int chairCount() const { return roleCount(quorum::v1::ROLE_CHAIR); }
    int secretaryCount() const { return roleCount(quorum::v1::ROLE_SECRETARY); }
    int delegateCount() const { return roleCount(quorum::v1::ROLE_DELEGATE); }
    int observerCount() const { return roleCount(quorum::v1::ROLE_OBSERVER); }

signals:
    void changed();
    void sheetChanged();
    /** The list the organiser confirmed, as confirm() returns it. */
    void accepted(const QVariantList &participants);

private:
    struct Row
    {
        quorum::roster::RosterEntry entry;
        QVariantList reasons;
    };
    int roleCount(quorum::v1::Role role) const;
    void show(const quorum::roster::RosterImport &import, const QString &fileName);

    QString m_fileName;
    QString m_sheet;
    QByteArray m_bytes; // kept to read another sheet of the same workbook
    quorum::roster::RosterImport m_import;
    QList<Row> m_rows;
    QVariantList m_fileRefusals;
};
