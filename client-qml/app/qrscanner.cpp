#include "qrscanner.h"

#include "qrdecoder.h"

#include <QCameraDevice>
#include <QMediaDevices>
#include <QVideoFrame>

QrScanner::QrScanner(QObject *parent)
    : QObject(parent)
{ }

void QrScanner::setActive(bool active)
{
    if (active == this->active())
        return;
    if (active) {
        m_devices = new QMediaDevices(this);
        connect(m_devices, &QMediaDevices::videoInputsChanged, this, &QrScanner::camerasChanged);
    } else {
        delete m_devices;
        m_devices = nullptr;
    }
    emit camerasChanged();
}

bool QrScanner::cameraAvailable() const
{
    return active() && !QMediaDevices::videoInputs().isEmpty();
}

void QrScanner::setVideoSink(QVideoSink *sink)
{
    if (m_sink == sink)
        return;
    if (m_sink)
        m_sink->disconnect(this);
    m_sink = sink;
    if (m_sink) {
        connect(m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
            if (m_sinceLast.isValid() && m_sinceLast.elapsed() < IntervalMs)
                return;
            m_sinceLast.start();
            processFrame(frame);
        });
    }
    emit videoSinkChanged();
}

bool QrScanner::processFrame(const QVideoFrame &frame)
{
    const QString text = QrDecoder::decode(frame.toImage());
    if (text.isEmpty())
        return false;
    m_lastText = text;
    emit decoded(text);
    return true;
}
