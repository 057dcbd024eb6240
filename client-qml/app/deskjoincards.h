#pragma once

#include <QObject>
#include <QUrl>

#include <QtQmlIntegration/qqmlintegration.h>

class DeskParticipants;

/**
 * The join cards printed at the organiser's desk (issue 13): the PDF of server/app/joincards.h
 * for the participants whose PINs the desk holds (DeskParticipants, from IssuePins Replies),
 * with the join link of the server the desk is connected to. Written on the tablet: the server
 * never has the PINs in clear, and no large PDF crosses the connection.
 */
class DeskJoinCards : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        QObject *participants READ participants WRITE setParticipants NOTIFY participantsChanged)
    /** The last file written (empty: none yet), and why the last write failed (English). */
    Q_PROPERTY(QUrl writtenFile READ writtenFile NOTIFY written)
    Q_PROPERTY(QString error READ error NOTIFY written)
public:
    explicit DeskJoinCards(QObject *parent = nullptr);

    QObject *participants() const;
    void setParticipants(QObject *participants);
    QUrl writtenFile() const { return m_writtenFile; }
    QString error() const { return m_error; }

    /** Where the cards go unless the organiser chooses: the documents folder, by meeting. */
    Q_INVOKABLE QUrl suggestedFile() const;
    /** Writes the cards of every PIN held; false (and error) when none is held. */
    Q_INVOKABLE bool write(const QUrl &file);

signals:
    void participantsChanged();
    void written();

private:
    DeskParticipants *m_participants = nullptr;
    QUrl m_writtenFile;
    QString m_error;
};
