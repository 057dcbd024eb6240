// Every refusal the server can give has words on the tablet, in Vietnamese and in English
// (issue 17: Texts.qml chose its sentences by matching the server's English detail, so changing
// a server string silently broke a translation). The rows are the values of the reason enums
// of proto/quorum.proto, read from their descriptors: a value added to the protocol later fails
// here until Refusal::Reason names it and Texts.refusalText words it in both languages.
#include "language.h"
#include "meetingclient.h"
#include "minutesdownload.h"
#include "refusal.h"

#include "quorum.pb.h"

#include <QDir>
#include <QMetaEnum>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Quorum_TabletPlugin)

namespace pb = google::protobuf;
using quorum::v1::Error;

namespace {
/** "BALLOT_REFUSAL_VOTING_CLOSED" of BallotRefusal -> "BallotVotingClosed" (Refusal::Reason's key).
 */
QByteArray expectedKey(const pb::EnumDescriptor *type, const pb::EnumValueDescriptor *value)
{
    const QByteArray typeName = QByteArray::fromStdString(type->name());
    const QByteArray domain = typeName.left(typeName.size() - int(qstrlen("Refusal")));
    QByteArray prefix; // BallotRefusal -> BALLOT_REFUSAL_
    for (int i = 0; i < typeName.size(); ++i) {
        if (i > 0 && QChar(typeName[i]).isUpper())
            prefix += '_';
        prefix += char(QChar(typeName[i]).toUpper().unicode());
    }
    prefix += '_';
    const QByteArray name = QByteArray::fromStdString(value->name());
    if (!name.startsWith(prefix))
        return {};
    QByteArray key = domain;
    for (const QByteArray &word : name.mid(prefix.size()).split('_'))
        key += word.left(1) + word.mid(1).toLower();
    return key;
}

const pb::OneofDescriptor *reasons()
{
    return Error::descriptor()->FindOneofByName("reason");
}
} // namespace

class TestRefusalTexts : public QObject
{
    Q_OBJECT

    QQmlEngine *m_engine = nullptr;
    QObject *m_texts = nullptr;

    QString call(const char *function, const QVariantList &args)
    {
        QVariant result;
        bool ok = false;
        if (args.size() == 1)
            ok = QMetaObject::invokeMethod(
                m_texts, function, Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, args[0]));
        else
            ok = QMetaObject::invokeMethod(m_texts, function, Q_RETURN_ARG(QVariant, result),
                Q_ARG(QVariant, args[0]), Q_ARG(QVariant, args[1]));
        if (!ok)
            qWarning("Texts.%s could not be called", function);
        return result.toString();
    }
    QString refusalText(int reason, int code) { return call("refusalText", { reason, code }); }
    QString errorText(int code) { return call("errorText", { code }); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_engine = new QQmlEngine(this);
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        // The singleton as the pages reach it: through an import of the app's module.
        QQmlComponent holder(m_engine);
        holder.setData("import QtQml\nimport Quorum.Tablet\nQtObject { readonly property QtObject "
                       "texts: Texts }",
            QUrl::fromLocalFile(QStringLiteral("holder.qml")));
        QObject *object = holder.create();
        QVERIFY2(object, qPrintable(holder.errorString()));
        object->setParent(this);
        m_texts = object->property("texts").value<QObject *>();
        QVERIFY2(m_texts, "Texts did not load");
        QVERIFY(reasons());
        QVERIFY(reasons()->field_count() > 0);
    }

    void everyReasonHasWords_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("value");
        for (int f = 0; f < reasons()->field_count(); ++f) {
            const pb::FieldDescriptor *field = reasons()->field(f);
            QVERIFY2(field->enum_type(), "every reason of Error is an enum");
            for (int v = 0; v < field->enum_type()->value_count(); ++v) {
                const pb::EnumValueDescriptor *value = field->enum_type()->value(v);
                if (value->number() == 0)
                    continue; // *_UNSPECIFIED: no reason
                QTest::addRow("%s", value->name().c_str()) << field->number() << value->number();
            }
        }
    }

    void everyReasonHasWords()
    {
        QFETCH(int, field);
        QFETCH(int, value);
        const pb::FieldDescriptor *descriptor = Error::descriptor()->FindFieldByNumber(field);
        const pb::EnumValueDescriptor *enumValue
            = descriptor->enum_type()->FindValueByNumber(value);

        // The reason as the tablet receives it: an Error off the wire.
        Error sent;
        sent.set_code(quorum::v1::ERROR_INVALID_STATE);
        sent.GetReflection()->SetEnumValue(&sent, descriptor, value);
        Error error;
        QVERIFY(error.ParseFromString(sent.SerializeAsString()));
        const int reason = Refusal::of(error);
        QVERIFY2(reason != Refusal::None, "Refusal::Reason has no value for this reason");
        QCOMPARE(QMetaEnum::fromType<Refusal::Reason>().valueToKey(reason),
            expectedKey(descriptor->enum_type(), enumValue).constData());

        // Its words, in both languages: not empty and not the code's fallback sentence.
        QString words[2];
        const char *languages[2] = { "en", "vi" };
        for (int i = 0; i < 2; ++i) {
            QVERIFY(Language::install(QString::fromLatin1(languages[i])));
            words[i] = refusalText(reason, MeetingClient::InvalidState);
            QVERIFY2(!words[i].isEmpty(), languages[i]);
            QVERIFY2(words[i] != errorText(MeetingClient::InvalidState), languages[i]);
            QVERIFY2(
                words[i] != refusalText(Refusal::None, MeetingClient::InvalidState), languages[i]);
        }
        // A Vietnamese tablet shows Vietnamese: an untranslated text would show the English.
        QVERIFY2(words[0] != words[1], qPrintable(QStringLiteral("not translated: ") + words[0]));
    }

    // The tablet's own file errors when it saves a copy of the minutes PDF were the system's
    // English words (MinutesDownload::savePdfCopy returned them): now a typed outcome, worded
    // here in both languages like the server's reasons.
    void everyPdfCopyFailureHasWords()
    {
        const QMetaEnum outcomes = QMetaEnum::fromType<MinutesDownload::PdfCopy>();
        for (int i = 0; i < outcomes.keyCount(); ++i) {
            const int copy = outcomes.value(i);
            QString words[2];
            const char *languages[2] = { "en", "vi" };
            for (int l = 0; l < 2; ++l) {
                QVERIFY(Language::install(QString::fromLatin1(languages[l])));
                words[l] = call("pdfCopyText", { copy });
            }
            if (copy == MinutesDownload::Saved) {
                QVERIFY(words[0].isEmpty()); // the console says where instead
                continue;
            }
            QVERIFY2(!words[0].isEmpty(), outcomes.key(i));
            QVERIFY2(
                words[0] != words[1], qPrintable(QStringLiteral("not translated: ") + words[0]));
        }
        // Before the PDF is downloaded there is nothing to copy, whatever the place.
        MinutesDownload download;
        QCOMPARE(download.savePdfCopy(QUrl::fromLocalFile(QDir::tempPath() + "/minutes.pdf")),
            MinutesDownload::NotDownloaded);
    }

    void anUnknownReasonFallsBackToTheCodesWords()
    {
        // docs/protocol.md, "Errors": a newer server's reason this tablet does not know.
        QVERIFY(Language::install(QStringLiteral("vi")));
        Error error;
        error.set_code(quorum::v1::ERROR_INVALID_STATE);
        QCOMPARE(Refusal::of(error), int(Refusal::None)); // no reason at all
        error.set_ballot(quorum::v1::BallotRefusal(999)); // a value of a newer protocol
        Error received;
        QVERIFY(received.ParseFromString(error.SerializeAsString()));
        QCOMPARE(Refusal::of(received), int(Refusal::None));
        // A reason field of a newer protocol arrives as an unknown field: no reason either.
        Error onlyCode;
        onlyCode.set_code(quorum::v1::ERROR_FORBIDDEN);
        const QByteArray newer = QByteArray::fromStdString(onlyCode.SerializeAsString())
            + QByteArray::fromHex("b83e01"); // field 999, varint 1
        Error fromNewer;
        QVERIFY(fromNewer.ParseFromArray(newer.constData(), int(newer.size())));
        QCOMPARE(Refusal::of(fromNewer), int(Refusal::None));
        QCOMPARE(refusalText(Refusal::of(fromNewer), MeetingClient::Forbidden),
            errorText(MeetingClient::Forbidden));
        QVERIFY(!errorText(MeetingClient::Forbidden).isEmpty());
    }
};

QTEST_MAIN(TestRefusalTexts)

#include "tst_refusaltexts.moc"
