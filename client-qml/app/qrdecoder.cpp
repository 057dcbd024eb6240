#include "qrdecoder.h"

// zxing-cpp 1.4 (Debian 12): text() is UTF-8 only with this; without it a std::wstring.
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

QString QrDecoder::decode(const QImage &image)
{
    if (image.isNull())
        return {};
    QImage gray = image;
    if (std::max(gray.width(), gray.height()) > MaxSide)
        gray = gray.scaled(MaxSide, MaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    gray = gray.convertToFormat(QImage::Format_Grayscale8);

    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(),
        ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return {};
    return QString::fromStdString(result.text());
}
