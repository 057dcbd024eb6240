#pragma once

#include "protocol.h"

#include <vector>

#include <QAbstractListModel>
#include <QPointer>
#include <QString>
#include <QtQmlIntegration/qqmlintegration.h>

class MeetingClient;
namespace quorum {
struct MeetingState;
}

/**
 * A form the organiser or the secretary builds on the tablet (issue 16, FormBuilder.qml), one
 * row per field: kind (text, long text, single or multiple choice, number, date, rating,
 * page/passage reference), labels in Vietnamese and English, required, choices, range. The
 * form has titles in both languages, is anonymous or named, and is opened on an agenda item or
 * before the meeting. It is checked with the server's own rules (server/core/formvalidation,
 * against the tablet's replica of the meeting), so the tablet never sends a DefineForm the
 * server would refuse: `problem` names the first thing to fix, `row` where it is.
 */
class FormDraft : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MeetingClient *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(QString titleVi READ titleVi WRITE setTitleVi NOTIFY formChanged)
    Q_PROPERTY(QString titleEn READ titleEn WRITE setTitleEn NOTIFY formChanged)
    Q_PROPERTY(bool anonymous READ anonymous WRITE setAnonymous NOTIFY formChanged)
    /** The agenda item it is opened on; empty: before the meeting (for the whole meeting). */
    Q_PROPERTY(QString itemId READ itemId WRITE setItemId NOTIFY formChanged)
    /** The document that reference fields point into (empty: the tablet's reader names one). */
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY formChanged)
    /** The first problem as a Refusal::Reason (Texts.refusalText words it); 0: none. */
    Q_PROPERTY(int problem READ problem NOTIFY formChanged)
    /** The field row the problem is in; -1: the form itself. */
    Q_PROPERTY(int problemRow READ problemRow NOTIFY formChanged)
    Q_PROPERTY(QString problemDetail READ problemDetail NOTIFY formChanged) // English, for logs
    Q_PROPERTY(int count READ rowCount NOTIFY formChanged)
    /** The id of the form send() sent last (the panel selects it); empty before. */
    Q_PROPERTY(QString sentFormId READ sentFormId NOTIFY formChanged)

public:
    /** Same numbers as quorum.v1.FieldKind. */
    enum Kind {
        Text = 1,
        LongText = 2,
        SingleChoice = 3,
        MultipleChoice = 4,
        Number = 5,
        Date = 6,
        Rating = 7,
        Reference = 8,
    };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole + 1,
        LabelViRole,
        LabelEnRole,
        RequiredRole,
        /** One choice per line, "Vietnamese | English" (the English part may be left out). */
        ChoicesRole,
        MinRole,
        MaxRole,
        MaxChoicesRole,
        HasProblemRole, // this row holds the form's first problem
    };
    Q_ENUM(Role)

    explicit FormDraft(QObject *parent = nullptr);

    MeetingClient *client() const;
    void setClient(MeetingClient *client);
    /** Without a client: the meeting the draft is checked against (tests, a desk). */
    void setState(const quorum::MeetingState *state);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString titleVi() const { return quorum::qstr(m_form.title_vi()); }
    void setTitleVi(const QString &title);
    QString titleEn() const { return quorum::qstr(m_form.title_en()); }
    void setTitleEn(const QString &title);
    bool anonymous() const { return m_form.anonymous(); }
    void setAnonymous(bool anonymous);
    QString itemId() const { return quorum::qstr(m_form.item_id()); }
    void setItemId(const QString &itemId);
    QString documentId() const { return quorum::qstr(m_form.document_id()); }
    void setDocumentId(const QString &documentId);

    QString sentFormId() const { return m_sentFormId; }
    int problem() const { return m_problem; }
    int problemRow() const { return m_problemRow; }
    QString problemDetail() const { return m_problemDetail; }

    /** A new field of this kind at the end, with sensible defaults (two choices, 5 stars). */
    Q_INVOKABLE void addField(int kind);
    Q_INVOKABLE void removeField(int row);
    Q_INVOKABLE void moveField(int from, int to);
    /** From QML delegates: set one role of a row by its name ("labelVi", "required", ...). */
    Q_INVOKABLE void setField(int row, const QString &role, const QVariant &value);
    /** Starts again: no field, no title, named, opened on the current item. */
    Q_INVOKABLE void clear();
    /** The definition as it would be sent (tests, and the C++ side of send()). */
    quorum::v1::FormDefinition definition() const;
    /** Sends DefineForm when there is no problem: the command id, or empty when not sent. */
    Q_INVOKABLE QString send();

    /** "Đồng ý | Agree" lines into choices; blank lines are skipped. */
    static std::vector<quorum::v1::FormChoice> parseChoices(const QString &text);
    static QString choicesText(const quorum::v1::FormField &field);

signals:
    void clientChanged();
    void formChanged();

private:
    void recheck();
    QString newFieldId() const;
    QString newFormId() const;

    const quorum::MeetingState &state() const;

    QPointer<MeetingClient> m_client;
    const quorum::MeetingState *m_state = nullptr;
    quorum::v1::FormDefinition m_form; // fields are the rows; the id is given when sent
    int m_problem = 0;
    int m_problemRow = -1;
    QString m_problemDetail;
    QString m_sentFormId;
};
