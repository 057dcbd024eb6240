#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QJSEngine;
class QQmlEngine;

/**
 * The UI language of the tablet (Vietnamese or English), switchable live.
 *
 * Translators are process-wide in Qt, so the installed translation is too: main() picks the
 * start-up language before any QML loads — --lang, else the language a person chose on this
 * tablet (its profile remembers it), else Vietnamese, the deployment's language whatever the
 * system locale says (C or English on many installs) — and the QML singleton switches it later
 * and asks its engine to re-evaluate every qsTr() binding. A meeting's own language (the meeting
 * file's "language") is followed once joined, unless someone chose.
 */
class Language : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString current READ current WRITE setCurrent NOTIFY currentChanged)
    Q_PROPERTY(QStringList available READ available CONSTANT)

public:
    explicit Language(QQmlEngine *engine, QObject *parent = nullptr);

    /** QML singleton factory: one instance per engine, sharing the process-wide language. */
    static Language *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    /** The language a tablet starts in when nobody chose one: Vietnamese. */
    static QString defaultLanguage() { return QStringLiteral("vi"); }
    /** Start-up: `chosenCode` (--lang or a person's remembered choice) when set, else the
     *  default; a chosen language is never overridden by a meeting's. */
    static void start(const QString &chosenCode);
    /** Called with the language a person picks (choose()), to keep it in the tablet's profile. */
    static void setRememberChoice(std::function<void(const QString &)> remember);
    /** Installs the translation of a language ("vi", "en"); false for an unknown code. */
    static bool install(const QString &code);

    QString current() const;
    /** Switches the whole UI; unknown codes are ignored. */
    void setCurrent(const QString &code);
    QStringList available() const;
    /** A person picked this language (the header's switch): switch, and keep it for next time. */
    Q_INVOKABLE void choose(const QString &code);
    /** The joined meeting's language ("vi", "en"; others ignored): followed unless someone chose.
     */
    Q_INVOKABLE void followMeeting(const QString &code);
    /** A language's name in that language ("Tiếng Việt", "English"): never translated. */
    Q_INVOKABLE static QString nativeName(const QString &code);

signals:
    void currentChanged();

private:
    QQmlEngine *m_engine;
};
