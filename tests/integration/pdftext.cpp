#include "pdftext.h"

#include <QFile>
#include <QProcess>

QString pdfText(const QString &path)
{
    const QString out = path + QStringLiteral(".txt");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { path, out });
    p.waitForFinished(300'000);
    QFile f(out);
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll()).simplified();
}

QString pdfText(const QByteArray &pdf, const QString &path)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(pdf);
    f.close();
    return pdfText(path);
}
