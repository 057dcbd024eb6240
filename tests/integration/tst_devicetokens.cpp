// Issue 10 "Authentication": a PIN is typed once per device, the device then joins with its
// token (across server restarts), the secretary can revoke a device, and the key that hashes
// PINs and tokens lives in its own file, so that a copied database alone gives up no PIN.
// Issue 10 "Quotas": devices at once and the length of a Hello's free strings.
#include "meetingclient.h"
#include "rawclient.h"
#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace quorum;

namespace {
const QString SecretaryPin = QStringLiteral("135790");
const QString DelegatePin = QStringLiteral("310001");

std::optional<v1::Error> nextError(RawClient &client)
{
    auto m = client.nextOf(v1::ServerMessage::kError);
    return m ? std::optional(m->error()) : std::nullopt;
}

/** Runs `sql` on a database file with its own connection (the server is stopped). */
QVariant sqlValue(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return value;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** The database as a copy would take it: the file and its write-ahead log. */
QByteArray databaseBytes(const QString &path)
{
    return readAll(path) + readAll(path + QStringLiteral("-wal"));
}
} // namespace

class TestDeviceTokens : public QObject
{
    Q_OBJECT
private slots:
    void tokenJoinsAfterRestartAndRevokedTokenIsRefused()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.output()));

        // The PIN, once: the Welcome carries a token and the device's key.
        v1::Welcome first;
        auto tablet
            = RawClient::joined(server.url(), DelegatePin, QStringLiteral("d01-tablet"), &first);
        QVERIFY(tablet);
        const QString token = qstr(first.device_token());
        const QString key = qstr(first.device_key());
        QVERIFY(!key.isEmpty());
        QVERIFY2(token.size() >= 22, "at least 128 bits, base64url"); // 16 bytes -> 22 characters
        tablet.reset();

        // Restarted server: the token alone joins, as the same participant and device.
        server.stop();
        QVERIFY2(server.start(), qPrintable(server.output()));
        RawClient again;
        QVERIFY(again.open(server.url()));
        again.helloToken(token, QStringLiteral("d01-tablet"));
        const auto welcome = again.welcome();
        QVERIFY2(welcome, "a device token survives a server restart");
        QCOMPARE(qstr(welcome->participant_id()), QStringLiteral("d01"));
        QCOMPARE(qstr(welcome->device_key()), key);
        QVERIFY2(welcome->device_token().empty(), "a token join makes no new token");

        // The secretary sees the device and revokes it; a delegate may not.
        v1::Welcome secretaryWelcome;
        auto secretary = RawClient::joined(
            server.url(), SecretaryPin, QStringLiteral("sec"), &secretaryWelcome);
        QVERIFY(secretary);
        bool listed = false;
        for (const v1::EnrolledDevice &d : secretaryWelcome.snapshot().devices())
            listed = listed
                || (qstr(d.device_key()) == key && d.participant_id() == "d01" && !d.revoked());
        QVERIFY2(listed, "the secretary's snapshot lists the delegate's device");
        v1::Command revoke;
        revoke.mutable_revoke_device()->set_device_key(sstr(key));
        const auto refused = again.reply(again.command(revoke));
        QVERIFY(refused);
        QCOMPARE(refused->error().code(), v1::ERROR_FORBIDDEN);
        const auto revoked = secretary->reply(secretary->command(revoke));
        QVERIFY(revoked);
        QCOMPARE(revoked->error().code(), v1::ERROR_UNSPECIFIED);

        // The device's open connection is told and closed.
        const auto closedError = nextError(again);
        QVERIFY(closedError);
        QCOMPARE(closedError->code(), v1::ERROR_DEVICE_REVOKED);
        QVERIFY(again.waitForClose());

        // Its token no longer joins, after a restart too.
        server.stop();
        QVERIFY2(server.start(), qPrintable(server.output()));
        RawClient late;
        QVERIFY(late.open(server.url()));
        late.helloToken(token, QStringLiteral("d01-tablet"));
        const auto lateError = nextError(late);
        QVERIFY(lateError);
        QCOMPARE(lateError->code(), v1::ERROR_DEVICE_REVOKED);
        QVERIFY(late.waitForClose());

        // The PIN still joins: a new device of the same participant.
        v1::Welcome renewed;
        QVERIFY(
            RawClient::joined(server.url(), DelegatePin, QStringLiteral("d01-tablet"), &renewed));
        QVERIFY(!renewed.device_token().empty());
        QVERIFY(qstr(renewed.device_key()) != key);

        // Neither the token nor its hash is in the event log (it goes into archives).
        server.stop();
        const QByteArray database = databaseBytes(server.databasePath());
        QVERIFY(!database.isEmpty());
        QVERIFY(!database.contains(token.toLatin1()));
    }

    void copiedDatabaseWithoutKeyFileRevealsNothing()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.output()));
        QVERIFY(RawClient::joined(server.url(), DelegatePin, QStringLiteral("d01")));
        server.stop();

        // The key: its own file, 0600, and not a byte of it in the database.
        const QString keyPath = QDir(server.dataPath()).filePath(QStringLiteral("secret-hash.key"));
        const QByteArray key = readAll(keyPath);
        QCOMPARE(key.size(), 32);
        const QFileDevice::Permissions others = QFile::permissions(keyPath)
            & ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY2(!others, "readable and writable by the server's user only");
        QVERIFY(!databaseBytes(server.databasePath()).contains(key));

        // A copy of the database alone (with its log): the server refuses it and says why.
        ServerProcess copy;
        QVERIFY(QFile::copy(server.databasePath(), copy.databasePath()));
        if (QFile::exists(server.databasePath() + QStringLiteral("-wal")))
            QVERIFY(QFile::copy(server.databasePath() + QStringLiteral("-wal"),
                copy.databasePath() + QStringLiteral("-wal")));
        QVERIFY(!copy.start());
        QVERIFY2(copy.output().contains(QStringLiteral("secret-hash.key is missing")),
            qPrintable(copy.output()));
    }

    void keyInsideAnOldDatabaseMovesOut()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.output()));
        server.stop();
        // An older server kept the key in the database: put it back there, remove the file.
        const QString keyPath = QDir(server.dataPath()).filePath(QStringLiteral("secret-hash.key"));
        const QByteArray key = readAll(keyPath);
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(server.databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("INSERT INTO settings (key, value) VALUES ('secret-hash-key', ?)"));
            q.bindValue(0, key);
            QVERIFY(q.exec());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        QVERIFY(QFile::remove(keyPath));

        QVERIFY2(server.start(), qPrintable(server.output()));
        QVERIFY2(RawClient::joined(server.url(), DelegatePin, QStringLiteral("d01")),
            "the PINs still check");
        server.stop();
        QCOMPARE(readAll(keyPath), key);
        QVERIFY(sqlValue(server.databasePath(),
                    QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'secret-hash-key'"))
                    .toInt()
            == 0);
        QVERIFY2(!databaseBytes(server.databasePath()).contains(key),
            "no page of the database keeps the key");
    }

    void tabletKeepsTheTokenNotThePin()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.output()));
        QTemporaryDir state;
        {
            MeetingClient tablet;
            tablet.setPersistent(true);
            tablet.setStateDirectory(state.path());
            tablet.setDeviceId(QStringLiteral("d01-tablet"));
            tablet.join(server.url(), DelegatePin);
            QTRY_COMPARE(tablet.connectionState(), MeetingClient::Connected);
            QVERIFY(tablet.hasDeviceToken());
        }
        // What the tablet keeps on disk holds no PIN.
        for (const QString &name : QDir(state.path()).entryList(QDir::Files))
            QVERIFY2(!readAll(QDir(state.path()).filePath(name)).contains(DelegatePin.toLatin1()),
                qPrintable(name));

        // A restart of the tablet and of the server: the token joins, the copy is reused.
        server.stop();
        QVERIFY2(server.start(), qPrintable(server.output()));
        MeetingClient restarted;
        restarted.setPersistent(true);
        restarted.setStateDirectory(state.path());
        restarted.setDeviceId(QStringLiteral("d01-tablet"));
        QVERIFY(restarted.resumeLastMeeting());
        QVERIFY2(restarted.joined(), "the stored copy shows before the server answers");
        QTRY_COMPARE(restarted.connectionState(), MeetingClient::Connected);
        // Only the token was on disk (checked above): it is what joined.
        QCOMPARE(restarted.participantId(), QStringLiteral("d01"));
    }

    // Guards: one participant typing the PIN on ever new device ids cannot grow the log and
    // every Welcome without end: past ten enrolled devices the oldest one not connected goes.
    void enrolledDevicesAreBoundedOldestNotConnectedRetired()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.output()));
        v1::Welcome first;
        auto kept = RawClient::joined(server.url(), DelegatePin, QStringLiteral("kept"), &first);
        QVERIFY(kept); // stays connected: never the one retired
        QString oldestToken;
        for (int i = 0; i < 10; ++i) {
            v1::Welcome welcome;
            QVERIFY(RawClient::joined(
                server.url(), DelegatePin, QStringLiteral("spare-%1").arg(i), &welcome));
            if (i == 0)
                oldestToken = qstr(welcome.device_token());
        }
        // Eleven enrolled so far: "kept" (connected) and spare-0 .. spare-9 minus the oldest not
        // connected, spare-0, whose token no longer joins.
        RawClient old;
        QVERIFY(old.open(server.url()));
        old.helloToken(oldestToken, QStringLiteral("spare-0"));
        const auto error = nextError(old);
        QVERIFY(error);
        QCOMPARE(error->code(), v1::ERROR_DEVICE_REVOKED);

        v1::Welcome secretaryWelcome;
        QVERIFY(RawClient::joined(
            server.url(), SecretaryPin, QStringLiteral("sec"), &secretaryWelcome));
        int active = 0;
        bool keptActive = false;
        for (const v1::EnrolledDevice &d : secretaryWelcome.snapshot().devices()) {
            if (d.participant_id() == "d01" && !d.revoked()) {
                ++active;
                keptActive = keptActive || d.device_key() == first.device_key();
            }
        }
        QCOMPARE(active, 10);
        QVERIFY2(keptActive, "the connected device is not the one retired");
    }

    void devicesAtOnceAndLongStringsAreLimited()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.output()));
        std::vector<std::unique_ptr<RawClient>> devices;
        for (int i = 0; i < 5; ++i) {
            devices.push_back(
                RawClient::joined(server.url(), DelegatePin, QStringLiteral("dev-%1").arg(i)));
            QVERIFY(devices.back());
        }
        RawClient sixth;
        QVERIFY(sixth.open(server.url()));
        sixth.hello(DelegatePin, 0, QStringLiteral("dev-5"));
        auto error = nextError(sixth);
        QVERIFY(error);
        QCOMPARE(error->code(), v1::ERROR_TOO_MANY_DEVICES);
        // The same device again replaces its connection: not one more device.
        QVERIFY(RawClient::joined(server.url(), DelegatePin, QStringLiteral("dev-0")));

        RawClient longId;
        QVERIFY(longId.open(server.url()));
        longId.hello(DelegatePin, 0, QString(200, QLatin1Char('x')));
        error = nextError(longId);
        QVERIFY(error);
        QCOMPARE(error->code(), v1::ERROR_FIELD_TOO_LONG);
    }
};

QTEST_GUILESS_MAIN(TestDeviceTokens)
#include "tst_devicetokens.moc"
