#pragma once

#include "quorum.pb.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration/qqmlintegration.h>

/**
 * A meeting's quorum rule as the organiser's desk edits it (MeetingEditor.qml; docs/tablet.md,
 * "The organiser's desk"): it starts from the body's preset, every part can be changed — each
 * condition's fraction, comparison, base (those convened or all members) and what it counts
 * (heads, weights, units), further conditions added or removed, and the quorum of the second
 * and third convening (its own threshold, or no minimum) — and the rule is said in the minutes'
 * words (RuleWords::quorum) with the article its preset comes from (ArticleWords). `rule` is the
 * serialized QuorumRule that EditMeeting.quorum_rule carries (OrganiserDesk::saveMeeting).
 */
class QuorumRuleDraft : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** The kind of body whose preset the rule starts from (quorum.v1.BodyKind). */
    Q_PROPERTY(int bodyKind READ bodyKind WRITE setBodyKind NOTIFY changed)
    /** The serialized QuorumRule; setting an empty array starts from the preset. */
    Q_PROPERTY(QByteArray rule READ rule WRITE setRule NOTIFY changed)
    /**
     * Every condition, the rule's own first: [{numerator, denominator, atLeast, allMembers,
     * count}] (count: Heads, Weights or Units; the first counts heads or weights only).
     */
    Q_PROPERTY(QVariantList conditions READ conditions NOTIFY changed)
    /** The quorum at convenings 1-3: [{convening, mode, numerator, denominator, atLeast}]. */
    Q_PROPERTY(QVariantList convenings READ convenings NOTIFY changed)
    /** The rule differs from its kind's preset. */
    Q_PROPERTY(bool custom READ custom NOTIFY changed)
    /** The rule in the minutes' words at convenings 1, 2 and 3 (RuleWords::quorum). */
    Q_PROPERTY(QStringList conveningWords READ conveningWords NOTIFY changed)
    /** The article the kind's preset comes from, in one line (ArticleWords::line). */
    Q_PROPERTY(QString article READ article NOTIFY changed)
    /** What the rule asks of the editor's other fields: {convenings, units, shares}. */
    Q_PROPERTY(QVariantMap settings READ settings NOTIFY changed)
    /** Another further condition can be added (at most MaxConditions). */
    Q_PROPERTY(bool canAddCondition READ canAddCondition NOTIFY changed)
    /** Every fraction is above 0 and at most 1: what the server checks (rules::validate). */
    Q_PROPERTY(bool valid READ valid NOTIFY changed)

public:
    enum Count { Heads = 0, Weights = 1, Units = 2 };
    Q_ENUM(Count)
    /** A convening's quorum: as the first condition says, its own threshold, or none. */
    enum Mode { AsFirst = 0, OwnThreshold = 1, NoMinimum = 2 };
    Q_ENUM(Mode)
    /** Conditions besides the first, at most (a rule of the desk; a meeting file may say more). */
    static constexpr int MaxConditions = 4;
    static constexpr int MaxConvening = 3;

    explicit QuorumRuleDraft(QObject *parent = nullptr);

    int bodyKind() const { return int(m_kind); }
    /** A new kind: the rule is its preset's again. */
    void setBodyKind(int kind);
    QByteArray rule() const;
    void setRule(const QByteArray &rule);
    const quorum::v1::QuorumRule &proto() const { return m_rule; }
    void setProto(const quorum::v1::QuorumRule &rule);

    QVariantList conditions() const;
    QVariantList convenings() const;
    bool custom() const;
    QVariantMap settings() const;
    bool valid() const;
    bool canAddCondition() const { return m_rule.also_size() < MaxConditions; }

    /** Back to the kind's preset. */
    Q_INVOKABLE void resetToPreset();
    /** Condition `index` (0: the rule's own): its fraction and comparison. */
    Q_INVOKABLE void setThreshold(int index, int numerator, int denominator, bool atLeast);
    /** Condition `index`: of all members (true) or of those convened. */
    Q_INVOKABLE void setAllMembers(int index, bool allMembers);
    /** Condition `index`: what it counts (Count; units only for a further condition). */
    Q_INVOKABLE void setCount(int index, int count);
    /** A further condition (two thirds of the units convened, to be changed); false at the cap. */
    Q_INVOKABLE bool addCondition();
    Q_INVOKABLE void removeCondition(int index);
    /** The quorum at a convening (1-3): Mode, and its threshold for OwnThreshold. */
    Q_INVOKABLE void setConvening(
        int convening, int mode, int numerator = 1, int denominator = 2, bool atLeast = false);

    /** The rule in the minutes' words at a convening (RuleWords::quorum). */
    Q_INVOKABLE QString words(int convening = 1) const;
    QStringList conveningWords() const;
    QString article() const;

    /** What a quorum rule asks of the desk's other fields (OrganiserDesk::quorumSettings). */
    static QVariantMap settingsOf(const quorum::v1::QuorumRule &rule);

signals:
    void changed();

private:
    quorum::v1::Threshold *threshold(int index);
    void edited();

    quorum::v1::BodyKind m_kind = quorum::v1::BODY_KIND_UNSPECIFIED;
    quorum::v1::QuorumRule m_rule;
};
