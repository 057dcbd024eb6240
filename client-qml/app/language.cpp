#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QTranslator>

namespace {

// One translator for the process: QCoreApplication looks translators up globally anyway.
QTranslator *translator()
{
    static QTranslator *t = new QTranslator(QCoreApplication::instance());
    return t;
}

QString &installedCode()
{
    static QString code;
    return code;
}

// Whether --lang or a person decided the language (then a meeting's language does not apply).
bool &chosen()
{
    static bool value = false;
    return value;
}

std::function<void(const QString &)> &rememberChoice()
{
    static std::function<void(const QString &)> remember;
    return remember;
}

} // namespace

Language::Language(QQmlEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    if (installedCode().isEmpty())
        install(defaultLanguage());
}

Language *Language::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    return new Language(qmlEngine);
}

void Language::start(const QString &chosenCode)
{
    chosen() = install(chosenCode);
    if (!chosen())
        install(defaultLanguage());
}

void Language::setRememberChoice(std::function<void(const QString &)> remember)
{
    rememberChoice() = std::move(remember);
}

bool Language::install(const QString &code)
{
    if (!QStringList{ QStringLiteral("vi"), QStringLiteral("en") }.contains(code))
        return false;
    QTranslator *t = translator();
    QCoreApplication::removeTranslator(t);
    // qt_add_translations embeds the .qm files under :/i18n (its 6.4 default prefix).
    if (!t->load(QStringLiteral(":/i18n/quorum_%1.qm").arg(code)))
        qWarning("Language: no translation for %s", qPrintable(code));
    QCoreApplication::installTranslator(t);
    QLocale::setDefault(
        QLocale(code == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English));
    installedCode() = code;
    return true;
}

QString Language::current() const
{
    return installedCode();
}

void Language::setCurrent(const QString &code)
{
    if (code == installedCode() || !install(code))
        return;
    if (m_engine)
        m_engine->retranslate();
    emit currentChanged();
}

void Language::choose(const QString &code)
{
    if (!available().contains(code))
        return;
    chosen() = true;
    if (rememberChoice())
        rememberChoice()(code);
    setCurrent(code);
}

void Language::followMeeting(const QString &code)
{
    if (!chosen())
        setCurrent(code.left(2).toLower());
}

QStringList Language::available() const
{
    return { QStringLiteral("vi"), QStringLiteral("en") };
}

QString Language::nativeName(const QString &code)
{
    if (code == QLatin1String("vi"))
        return QStringLiteral("Tiếng Việt");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}
