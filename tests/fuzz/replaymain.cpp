// The fuzz targets without libFuzzer (the gcc build, CTest label `fuzz`): runs the target
// once over every file of the given folders, so that CI replays the committed corpus on
// every run in seconds. `--write-seeds DIR` writes the target's seeds instead.
#include "fuzztarget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc == 3 && QByteArray(argv[1]) == "--write-seeds") {
        const QDir dir(QString::fromLocal8Bit(argv[2]));
        if (!dir.mkpath(QStringLiteral(".")))
            return 2;
        for (const auto &[name, bytes] : fuzz::seeds()) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                return 2;
        }
        std::printf("%zu seeds written\n", fuzz::seeds().size());
        return 0;
    }
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        QStringList files;
        const QFileInfo arg(QString::fromLocal8Bit(argv[i]));
        if (arg.isDir()) {
            for (const QFileInfo &f : QDir(arg.filePath()).entryInfoList(QDir::Files, QDir::Name))
                files << f.filePath();
        } else {
            files << arg.filePath();
        }
        for (const QString &path : files) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 2;
            }
            const QByteArray bytes = f.readAll();
            // A crash names the input that caused it (the regression to add).
            std::fprintf(stderr, "replaying %s\n", qPrintable(path));
            LLVMFuzzerTestOneInput(
                reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
            ++inputs;
        }
    }
    std::printf("%d inputs replayed without a crash\n", inputs);
    // An empty corpus replays nothing: that is a broken checkout, not a pass.
    return inputs > 0 ? 0 : 1;
}
