#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQmlIntegration/qqmlintegration.h>

class FloorReplica;

/**
 * The meeting's quorum rule in words, every condition (members, weights, units) and the
 * convening named ("ít nhất hai phần ba tổng số đại biểu được triệu tập và ít nhất hai phần
 * ba số đơn vị được triệu tập"): RuleWords::quorum, the minutes' own words, not a second
 * wording. What the quorum badge says under its count. QML re-reads `text` on a language change
 * (the translator is the application's).
 */
class QuorumWords : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(FloorReplica *floor READ floor WRITE setFloor NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)

public:
    explicit QuorumWords(QObject *parent = nullptr);

    FloorReplica *floor() const { return m_floor; }
    void setFloor(FloorReplica *floor);
    /** The rule in words; empty without a floor. */
    QString text() const;

signals:
    void changed();

private:
    QPointer<FloorReplica> m_floor;
};
