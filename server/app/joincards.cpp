#include "joincards.h"

#include "certfingerprint.h"
#include "protocol.h"

#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QUrl>
#include <QUrlQuery>

#include <qrencode.h>

#include <cmath>

namespace quorum {

namespace {
QString roleWords(v1::Role role)
{
    switch (role) {
    case v1::ROLE_CHAIR:
        return QStringLiteral("Chủ trì");
    case v1::ROLE_SECRETARY:
        return QStringLiteral("Thư ký");
    case v1::ROLE_DELEGATE:
        return QStringLiteral("Đại biểu");
    case v1::ROLE_OBSERVER:
        return QStringLiteral("Quan sát");
    case v1::ROLE_ORGANISER: // not a participant's role: no card
    case v1::ROLE_UNSPECIFIED:
    case v1::Role_INT_MIN_SENTINEL_DO_NOT_USE_:
    case v1::Role_INT_MAX_SENTINEL_DO_NOT_USE_:
        break;
    }
    return {};
}

/**
 * Draws a QR code into `box` with the quiet zone the standard asks for (4 modules of white
 * around it; with 2 some phone and tablet scanners gave up). Modules are whole device pixels
 * (at the cards' 300 dpi, one pixel is 0.085 mm): no seams or half-grey edges between modules
 * when the PDF is rasterised for the printer. Returns the module size in device pixels, 0 when
 * the text cannot be encoded.
 */
int drawQrCode(QPainter &painter, const QString &text, const QRectF &box)
{
    QRcode *code = QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return 0;
    const int quiet = 4;
    const int modules = code->width + 2 * quiet;
    const int size = int(std::min(box.width(), box.height()) / modules);
    const QPointF origin(std::round(box.left()), std::round(box.top()));
    painter.fillRect(QRectF(origin, QSizeF(modules * size, modules * size)), Qt::white);
    QPainterPath dark;
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1)
                dark.addRect(QRectF(
                    origin.x() + (x + quiet) * size, origin.y() + (y + quiet) * size, size, size));
        }
    }
    // One filled path: adjacent modules merge, no anti-aliased hairlines between them.
    dark.setFillRule(Qt::WindingFill);
    painter.fillPath(dark.simplified(), Qt::black);
    QRcode_free(code);
    return size;
}
} // namespace

QString joinLink(const QString &host, quint16 port, const QString &meetingId, const QString &secret,
    const QString &fingerprint)
{
    QUrl url;
    url.setScheme(fingerprint.isEmpty() ? QStringLiteral("quorum") : QStringLiteral("quorums"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + meetingId);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pin"), secret);
    if (!fingerprint.isEmpty())
        query.addQueryItem(QStringLiteral("fp"), linkFingerprint(fingerprint));
    url.setQuery(query);
    return url.toString();
}

bool writeJoinCards(const v1::MeetingDefined &d, const QHash<QString, QString> &pins,
    const QString &host, quint16 port, const QString &fingerprint, const QString &path,
    QString *error)
{
    int cards = 0;
    for (const v1::Participant &p : d.participants())
        cards += pins.contains(qstr(p.id())) ? 1 : 0;
    if (cards == 0) {
        *error = QStringLiteral("no participant has a PIN to print");
        return false;
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("Thẻ tham dự — ") + qstr(d.title()));
    writer.setCreator(QStringLiteral("Quorum"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    // Two columns, four rows: a card is about 95 x 68 mm, the size of a name tent's face.
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const int columns = 2;
    const int rows = 4;
    const qreal w = page.width() / columns;
    const qreal h = page.height() / rows;
    const qreal mm = writer.resolution() / 25.4;
    const QString family = QStringLiteral("Noto Sans");
    int index = 0;
    for (const v1::Participant &p : d.participants()) {
        if (!pins.contains(qstr(p.id())))
            continue;
        if (index > 0 && index % (columns * rows) == 0)
            writer.newPage();
        const int slot = index % (columns * rows);
        const QRectF card(QPointF((slot % columns) * w, (slot / columns) * h), QSizeF(w, h));
        const QRectF inner = card.adjusted(3 * mm, 3 * mm, -3 * mm, -3 * mm);
        painter.setPen(QPen(Qt::gray, 0.3 * mm, Qt::DashLine));
        painter.drawRect(card.adjusted(mm, mm, -mm, -mm));

        const QString pin = pins.value(qstr(p.id()));
        const QString link = joinLink(host, port, qstr(d.meeting_id()), pin, fingerprint);
        const qreal qrSide = std::min(inner.height() * 0.78, inner.width() * 0.45);
        drawQrCode(painter, link, QRectF(inner.right() - qrSide, inner.top(), qrSide, qrSide));

        const QRectF text(
            inner.left(), inner.top(), inner.width() - qrSide - 2 * mm, inner.height());
        painter.setPen(Qt::black);
        QFont small(family);
        small.setPixelSize(int(3.2 * mm));
        QFont name(family);
        name.setPixelSize(int(5.2 * mm));
        name.setBold(true);
        QFont big(family);
        big.setPixelSize(int(8 * mm));
        big.setBold(true);
        big.setLetterSpacing(QFont::AbsoluteSpacing, 1.2 * mm);
        // The top flows (a long name or title takes two lines); the PIN sits at the bottom.
        qreal y = text.top();
        auto line = [&](const QFont &font, const QString &s, qreal gap) {
            painter.setFont(font);
            const QRectF room(text.left(), y, text.width(), text.height());
            const QRectF used = painter.boundingRect(room, Qt::TextWordWrap, s);
            painter.drawText(room, Qt::TextWordWrap, s);
            y += used.height() + gap;
        };
        line(small, qstr(d.organisation()).toUpper(), 2 * mm);
        line(name, qstr(p.name()), 1.5 * mm);
        line(small, qstr(p.title()), 1 * mm);
        line(small, roleWords(p.role()), 0);
        painter.setFont(small);
        // The card alone is enough to join: the QR code, or the server's address and the PIN typed.
        const QRectF footer(inner.left(), inner.bottom() - 5 * mm, inner.width(), 5 * mm);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
            QStringLiteral("Quét mã QR, hoặc nhập máy chủ và mã PIN để tham gia"));
        QFont address(family);
        address.setPixelSize(int(3.6 * mm));
        address.setBold(true);
        painter.setFont(address);
        const QRectF addressBox(inner.left(), footer.top() - 5.5 * mm, inner.width(), 5 * mm);
        painter.drawText(addressBox, Qt::AlignLeft | Qt::AlignBottom,
            QStringLiteral("Máy chủ: %1:%2").arg(host).arg(port));
        const QRectF pinBox(text.left(), addressBox.top() - 11 * mm, text.width(), 10 * mm);
        if (!fingerprint.isEmpty()) {
            // The server's identity, for a person who types the address instead of scanning:
            // under the QR code, four groups of four a line, the form the tablet shows.
            QFont mono(QStringLiteral("DejaVu Sans Mono"));
            mono.setPixelSize(int(2.2 * mm));
            painter.setFont(mono);
            const QStringList groups = groupedFingerprint(fingerprint).split(QLatin1Char(' '));
            QStringList lines;
            for (int i = 0; i < groups.size(); i += 4)
                lines << groups.mid(i, 4).join(QLatin1Char(' '));
            const qreal top = inner.top() + qrSide + 0.5 * mm;
            painter.drawText(QRectF(inner.right() - qrSide, top, qrSide, addressBox.top() - top),
                Qt::AlignHCenter | Qt::AlignTop, lines.join(QLatin1Char('\n')));
        }
        painter.setFont(big);
        painter.drawText(pinBox, Qt::AlignLeft | Qt::AlignVCenter, pin);
        painter.setFont(small);
        painter.drawText(QRectF(text.left(), pinBox.top() - 5 * mm, text.width(), 5 * mm),
            Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("Mã PIN"));
        ++index;
    }
    painter.end();
    return true;
}

} // namespace quorum
