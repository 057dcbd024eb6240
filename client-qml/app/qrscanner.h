#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

class QMediaDevices;
class QVideoFrame;

/**
 * The join page's camera scanner: whether the tablet has a camera, and the join links read
 * (QrDecoder) from the frames of a QVideoSink (the VideoOutput showing the camera).
 */
class QrScanner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY camerasChanged)
    Q_PROPERTY(bool cameraAvailable READ cameraAvailable NOTIFY camerasChanged)
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(QString lastText READ lastText NOTIFY decoded)

public:
    /** Frames read at most this often: decoding takes tens of milliseconds on a tablet's CPU,
     *  and four reads a second find a card held still well within a second. */
    static constexpr int IntervalMs = 250;

    explicit QrScanner(QObject *parent = nullptr);

    /** Looks for cameras only while active (the scanner is open): Qt Multimedia's start-up
     *  (GStreamer, PulseAudio) is not paid by every tablet at launch. */
    bool active() const { return m_devices != nullptr; }
    void setActive(bool active);
    /** Whether the tablet has a camera; false while not active. */
    bool cameraAvailable() const;
    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    QString lastText() const { return m_lastText; }

    /** Reads one frame now (the sink's frames come through here); true when a code was read. */
    bool processFrame(const QVideoFrame &frame);

signals:
    void camerasChanged();
    void videoSinkChanged();
    /** A QR code was read: its text (the page decides whether it is a join link). */
    void decoded(const QString &text);

private:
    QMediaDevices *m_devices = nullptr;
    QPointer<QVideoSink> m_sink;
    QElapsedTimer m_sinceLast;
    QString m_lastText;
};
