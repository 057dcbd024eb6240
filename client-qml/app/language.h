#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

/**
 * The UI language of the tablet (Vietnamese or English), switchable live.
 *
 * Translators are process-wide in Qt, so the installed translation is too: main() picks the
 * start-up language (--lang, else the system locale) before any QML loads, and the QML
 * singleton switches it later and asks its engine to re-evaluate every qsTr() binding.
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

    /** "vi" when the system locale is Vietnamese, else "en". */
    static QString systemLanguage();
    /** Installs the translation of a language ("vi", "en"); false for an unknown code. */
    static bool install(const QString &code);

    QString current() const;
    /** Switches the whole UI; unknown codes are ignored. */
    void setCurrent(const QString &code);
    QStringList available() const;
    /** A language's name in that language ("Tiếng Việt", "English"): never translated. */
    Q_INVOKABLE static QString nativeName(const QString &code);

signals:
    void currentChanged();

private:
    QQmlEngine *m_engine;
};
