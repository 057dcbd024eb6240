#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQmlIntegration/qqmlintegration.h>

class MeetingClient;

/**
 * The tablet's forms and workflows (docs/forms.md): the forms of the meeting, a delegate's
 * drafts of answers, the secretary's consolidation and the list of motions, amendments and
 * questions with the steps this participant may take. Logic here, QML a view (FormsPanel.qml).
 *
 * Drafts are kept at once in a file of the tablet's state directory (one per server, meeting
 * and participant), offline too; `submit` sends the draft (the client's command queue resends
 * it after a reconnection) and the draft goes when the meeting records the answer. An
 * anonymous form's draft carries the random receipt that lets a correction replace it.
 */
class FormsDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MeetingClient *client READ client WRITE setClient NOTIFY clientChanged)
    // "vi" or "en": the language labels are given in.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY changed)
    // Every form: {id, title, purpose, phase, anonymous, respondents, answered, workflow}.
    Q_PROPERTY(QVariantList forms READ forms NOTIFY changed)
    // Every case (motion, amendment, question): {formId, number, formTitle, summary, author,
    // state, stateLabel, final, adopted, passage, wording, diff: [{kind, text}] (an amendment's
    // change against the text, textdiff.h), amendedText, amendedExcerpt, steps: [{to, label (a
    // verb), needsBallot, ballotId, ballotQuestion, assigns}]} - steps this participant may take
    // now; a step that needs a ballot takes the floor's latest one that decides no other case.
    Q_PROPERTY(QVariantList cases READ cases NOTIFY changed)
    // Bumped on every change: bindings that call a function read it.
    Q_PROPERTY(int revision READ revision NOTIFY changed)

public:
    /** FormPurpose, as QML names it. */
    enum Purpose { Survey = 1, Feedback, Speak, Question, Motion, Amendment };
    Q_ENUM(Purpose)

    explicit FormsDesk(QObject *parent = nullptr);

    MeetingClient *client() const { return m_client; }
    void setClient(MeetingClient *client);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QVariantList forms() const;
    QVariantList cases() const;
    int revision() const { return m_revision; }

    /** A form's fields: {id, kind, label, required, choices: [labels], min, max}. */
    Q_INVOKABLE QVariantList fields(const QString &formId) const;
    /** The draft's value of a field as text ("" when none). */
    Q_INVOKABLE QString draft(const QString &formId, const QString &fieldId) const;
    /** Keeps a field's value in the draft, on disk at once. */
    Q_INVOKABLE void setDraft(const QString &formId, const QString &fieldId, const QString &value);
    /** Keeps a reference field's page and passage (the reader's selection) in the draft. */
    Q_INVOKABLE void setDraftReference(
        const QString &formId, const QString &fieldId, int page, const QString &passage);
    /**
     * The labels of the required fields the draft leaves empty: Send waits for them (a
     * reference counts once it names a page; a page box that merely shows a number does not).
     */
    Q_INVOKABLE QStringList missing(const QString &formId) const;
    /**
     * The reader's "comment on this passage": the open form of `purpose` (Feedback, Amendment)
     * on that document gets the page (1-based) and passage in its reference field; its id, or
     * "" when no such form is open.
     */
    Q_INVOKABLE QString anchorPassage(
        int purpose, const QString &documentId, int page, const QString &passage);
    /** Whether a draft exists; whether it was sent and waits for the server. */
    Q_INVOKABLE bool hasDraft(const QString &formId) const;
    Q_INVOKABLE bool draftSent(const QString &formId) const;
    /** Sends the draft as an answer (or a correction of one's answer); the command id. Nothing
     * is sent ("" returned) while missing() names a field. */
    Q_INVOKABLE QString submit(const QString &formId);

    /** Chair, secretary: a built-in form on the current item (feedback and amendments on
     * `documentId`). */
    Q_INVOKABLE QString defineBuiltin(const QString &formId, int purpose, const QString &titleVi,
        const QString &titleEn, bool anonymous, const QString &documentId);
    /** The draft a feedback or amendment form is about: the current item's first document. */
    Q_INVOKABLE QString draftDocumentId() const;
    Q_INVOKABLE QString open(const QString &formId);
    Q_INVOKABLE QString close(const QString &formId);
    /** Moves a case; `ballotId` for a step that names its ballot, `assigneeId` for one that
     * assigns. */
    Q_INVOKABLE QString takeStep(const QString &formId, int number, const QString &to,
        const QString &ballotId = {}, const QString &assigneeId = {});

    /** A passage against its proposed wording, word by word (textdiff.h): [{kind, text}]. */
    Q_INVOKABLE QVariantList wordDiff(const QString &passage, const QString &wording) const;

    /**
     * The secretary's consolidation of a form, as lines to show: {kind ("count", "group",
     * "entry", "choice", "pending"), text, count}.
     */
    Q_INVOKABLE QVariantList consolidation(const QString &formId) const;

    /** The file the drafts are kept in; empty before the meeting is known. */
    QString filePath() const { return m_path; }

signals:
    void clientChanged();
    void changed();
    /** The server refused an answer: the draft is to be sent again (Texts.refusalText). */
    void answerRefused(const QString &formId, int reason, int code);

private:
    void reload();
    void refresh();
    void write() const;
    void onCommandFailed(const QString &commandId, int code, int reason);
    QString label(const std::string &vi, const std::string &en) const;

    QPointer<MeetingClient> m_client;
    QString m_language = QStringLiteral("vi");
    QString m_path;
    QJsonObject m_drafts; // formId -> {values: {field: value}, receipt, sent, corrects}
    QHash<QString, QString> m_sending; // command id of a SubmitAnswer -> its form
    int m_revision = 0;
};
