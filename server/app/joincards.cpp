#include "joincards.h"

#include "certfingerprint.h"
#include "joininfo.h"
#include "tlsidentity.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextStream>

#include <qrencode.h>

#include <cmath>
#include <cstring>

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
bool everyoneHasAPin(const MeetingFile &meeting, QString *error)
{
    for (const v1::Participant &p : meeting.definition.participants()) {
        if (!meeting.secrets.contains(qstr(p.id()))) {
            *error = QStringLiteral("participant '%1' has no PIN in the meeting file")
                         .arg(qstr(p.id()));
            return false;
        }
    }
    return true;
}
} // namespace

bool writeJoinCards(const MeetingFile &meeting, const QString &host, quint16 port,
    const QString &fingerprint, const QString &path, QString *error)
{
    const v1::MeetingDefined &d = meeting.definition;
    if (!everyoneHasAPin(meeting, error))
        return false;
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
        if (index > 0 && index % (columns * rows) == 0)
            writer.newPage();
        const int slot = index % (columns * rows);
        const QRectF card(QPointF((slot % columns) * w, (slot / columns) * h), QSizeF(w, h));
        const QRectF inner = card.adjusted(3 * mm, 3 * mm, -3 * mm, -3 * mm);
        painter.setPen(QPen(Qt::gray, 0.3 * mm, Qt::DashLine));
        painter.drawRect(card.adjusted(mm, mm, -mm, -mm));

        const QString pin = meeting.secrets.value(qstr(p.id()));
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

int runCardsCommand(int argc, char *argv[])
{
    if (argc < 2 || std::strcmp(argv[1], "cards") != 0)
        return -1;
    // QPdfWriter needs a QGuiApplication; a server has no display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints join cards (one QR code and PIN per participant) for a meeting file."));
    parser.addHelpOption();
    const QCommandLineOption out({ QStringLiteral("o"), QStringLiteral("out") },
        QStringLiteral("The PDF to write."), QStringLiteral("file"));
    const QCommandLineOption host(QStringLiteral("host"),
        QStringLiteral("Server address in the join links."), QStringLiteral("host"), lanAddress());
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("Server port in the join links."), QStringLiteral("port"),
        QStringLiteral("7450"));
    const QCommandLineOption data({ QStringLiteral("d"), QStringLiteral("data") },
        QStringLiteral("The server's data folder, for its certificate's fingerprint."),
        QStringLiteral("dir"), QStringLiteral("data"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
        QStringLiteral("The office's own server certificate (PEM) instead."),
        QStringLiteral("file"));
    const QCommandLineOption insecure(QStringLiteral("insecure"),
        QStringLiteral("For a server run --insecure: links without a fingerprint."));
    parser.addOptions({ out, host, port, data, tlsCert, insecure });
    parser.addPositionalArgument(QStringLiteral("cards"), QStringLiteral("the command"));
    parser.addPositionalArgument(
        QStringLiteral("meeting-file"), QStringLiteral("The meeting definition (JSON)."));
    parser.process(app);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 2 || !parser.isSet(out)) {
        err << "usage: quorum-server cards MEETING-FILE --out CARDS.pdf [--host HOST] [--port "
               "PORT] "
               "[--data DIR | --tls-cert PEM | --insecure]\n";
        return 2;
    }
    QFile f(parser.positionalArguments().at(1));
    if (!f.open(QIODevice::ReadOnly)) {
        err << "quorum-server cards: cannot read " << f.fileName() << "\n";
        return 2;
    }
    QString error;
    const auto meeting = parseMeetingFile(f.readAll(), &error);
    if (!meeting || !everyoneHasAPin(*meeting, &error)) {
        err << "quorum-server cards: " << error << "\n";
        return 2;
    }
    QString fingerprint;
    if (parser.isSet(tlsCert)) {
        const auto chain = QSslCertificate::fromPath(parser.value(tlsCert), QSsl::Pem);
        fingerprint = chain.isEmpty() ? QString() : certificateFingerprint(chain.first().toDer());
        if (fingerprint.isEmpty()) {
            err << "quorum-server cards: " << parser.value(tlsCert)
                << " holds no PEM certificate\n";
            return 2;
        }
    } else if (!parser.isSet(insecure)) {
        // The server's own certificate, made now if the server never ran with this folder:
        // it will find and use the same one.
        const auto identity = QDir().mkpath(parser.value(data))
            ? TlsIdentity::loadOrCreate(parser.value(data), &error)
            : std::nullopt;
        if (!identity) {
            err << "quorum-server cards: " << error << "\n";
            return 2;
        }
        fingerprint = identity->fingerprint();
    }
    if (!writeJoinCards(*meeting, parser.value(host), quint16(parser.value(port).toUInt()),
            fingerprint, parser.value(out), &error)) {
        err << "quorum-server cards: " << error << "\n";
        return 2;
    }
    QTextStream(stdout) << "wrote " << meeting->definition.participants_size() << " join cards to "
                        << parser.value(out) << "\n";
    return 0;
}

} // namespace quorum
