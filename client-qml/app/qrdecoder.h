#pragma once

#include <QImage>
#include <QString>

/**
 * Reads a QR code in a picture (a camera frame): the join page's scanner. zxing-cpp (Debian's
 * libzxing-dev) does the reading; this class only brings a frame to what it reads best.
 */
class QrDecoder
{
public:
    /** Frames larger than this (on their longer side) are scaled down first: a join card held
     *  up to the camera fills much of the frame, and zxing takes ~4x longer at 1920 than at 1280
     *  pixels. Measured on rendered cards (tests/qml/tst_qrdecoder.cpp). */
    static constexpr int MaxSide = 1280;

    /** The text of the first QR code found (rotated, tilted a little, small), empty when none. */
    static QString decode(const QImage &image);
};
