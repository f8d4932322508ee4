// SPDX-License-Identifier: GPL-3.0-or-later
// The client against a server that lies or attacks: a small HTTP server in this process answers
// what each case needs. A 4 GiB reply is cut off at the cap with the process's memory bounded, a
// Retry-After of a billion seconds (or past qint64) is not waited for, a change feed that never
// ends or does not move on stops, an invalid pulled record (or one in a conflict answer to a push)
// is refused and kept as a conflict, a record whose fields name another id touches neither record,
// and a URL with credentials is refused without the password being stored or printed. Each ends
// in a clear error.
#include "BackendConnection.h"
#include "BackendSettings.h"
#include "CliRunner.h"
#include "Conflicts.h"
#include "SyncTestSupport.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

using namespace sitekeeper;
using namespace sitekeeper::test;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// One HTTP/1.1 request as the fake server read it.
struct Request {
    QByteArray method;
    QByteArray path; // with the query
    QByteArray body;
};

// A tiny HTTP server on loopback: reads each request and hands it to `respond`, which writes the
// answer on the socket (see answer() and stream()).
class FakeBackend : public QObject {
public:
    using Respond = std::function<void(QTcpSocket*, const Request&)>;

    explicit FakeBackend(Respond respond)
        : m_respond(std::move(respond)) {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    int requests() const { return m_requests; }

private:
    void read(QTcpSocket* socket) {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        qsizetype length = 0;
        for (const QByteArray& line : lines)
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        const QList<QByteArray> start = lines.constFirst().trimmed().split(' ');
        Request request{start.value(0), start.value(1), buffer.mid(end + 4, length)};
        buffer.remove(0, end + 4 + length);
        ++m_requests;
        m_respond(socket, request);
    }

    QTcpServer m_server;
    Respond m_respond;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_requests = 0;
};

void answer(QTcpSocket* socket, int status, const QByteArray& body, const QByteArray& extraHeaders = {}) {
    socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n" +
                  extraHeaders + "Content-Length: " + QByteArray::number(body.size()) +
                  "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost(); // after the answer is written
}

void answerJson(QTcpSocket* socket, const QJsonObject& body) {
    answer(socket, 200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

// Streams a 200 answer of `total` bytes (declared with Content-Length, or chunked without one),
// writing more whenever the socket has drained; `*sent` counts the body bytes handed to it.
void stream(QTcpSocket* socket, qint64 total, bool declared, qint64* sent) {
    socket->write(QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n") +
                  (declared ? "Content-Length: " + QByteArray::number(total)
                            : QByteArray("Transfer-Encoding: chunked")) +
                  "\r\n\r\n");
    const QByteArray chunk(MiB, ' ');
    auto pump = [socket, total, declared, sent, chunk] {
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 4 * MiB &&
               *sent < total) {
            if (declared) {
                socket->write(chunk);
            } else {
                socket->write(QByteArray::number(chunk.size(), 16) + "\r\n");
                socket->write(chunk);
                socket->write("\r\n");
            }
            *sent += chunk.size();
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

// The resident set and its peak of this process, in bytes (Linux), from /proc/self/status.
qint64 statusBytes(const QByteArray& key) {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').constFirst().toLongLong() * 1024;
    return -1;
}

QJsonObject change(const QUuid& id, qint64 revision, const QJsonObject& fields) {
    return QJsonObject{{u"entity"_s, u"partner_contact"_s},
                       {u"id"_s, id.toString(QUuid::WithoutBraces)},
                       {u"revision"_s, revision},
                       {u"deleted"_s, false},
                       {u"fields"_s, fields}};
}

QJsonObject page(const QJsonArray& changes, const QString& next, bool more) {
    return QJsonObject{{u"changes"_s, changes}, {u"next"_s, next}, {u"more"_s, more}};
}

} // namespace

class tst_HostileServer : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_stores = 0;

    std::unique_ptr<Store> openStore() {
        auto store = Store::open(m_dir.filePath(u"client-%1.sqlite"_s.arg(++m_stores)));
        return store ? std::move(store).value() : nullptr;
    }

    static BackendClient::Config configFor(const FakeBackend& server) {
        BackendClient::Config config;
        config.baseUrl = server.url();
        config.token = "skt_test";
        config.timeout = std::chrono::milliseconds(20'000);
        config.backoff = Backoff(std::chrono::milliseconds(20), std::chrono::milliseconds(100), 3);
        return config;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // First, while this process is small: its memory is what is measured.
    void hugeReplyIsCutOffWithMemoryBounded_data() {
        QTest::addColumn<bool>("declared");
        QTest::addColumn<qint64>("cap");
        QTest::newRow("4 GiB declared, default cap") << true << BackendClient::defaultMaxReplyBytes;
        QTest::newRow("4 GiB chunked, default cap") << false << BackendClient::defaultMaxReplyBytes;
        QTest::newRow("4 GiB chunked, 1 MiB cap") << false << MiB;
    }
    void hugeReplyIsCutOffWithMemoryBounded() {
        QFETCH(bool, declared);
        QFETCH(qint64, cap);
        QCOMPARE(BackendClient::Config{}.maxReplyBytes, 64 * MiB);
        constexpr qint64 total = 4 * 1024 * MiB;
        qint64 sent = 0;
        FakeBackend server(
            [&](QTcpSocket* socket, const Request&) { stream(socket, total, declared, &sent); });
        QVERIFY(server.listen());
        auto store = openStore();
        QVERIFY(store);
        BackendClient client;
        BackendClient::Config config = configFor(server);
        config.maxReplyBytes = cap;
        QVERIFY(client.configure(config));
        SyncEngine engine(*store, client);

        // The peak is reset to the current size where the kernel allows it (Linux 4.0+); the
        // growth is measured from the current size either way, an upper bound.
        QFile clear(u"/proc/self/clear_refs"_s);
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5");
        clear.close();
        const qint64 before = statusBytes("VmRSS");
        QVERIFY(before > 0);
        QVERIFY(!runEngine(engine, &SyncEngine::pull, 120'000));
        const qint64 growth = statusBytes("VmHWM") - before;

        qInfo("cap %lld MiB: %lld MiB sent, memory grew by %lld MiB", cap / MiB, sent / MiB, growth / MiB);
        const QString error = engine.summary().error;
        QVERIFY2(error.contains(u"larger than %1 MiB"_s.arg(cap / MiB)), qPrintable(error));
        QVERIFY2(error.contains(u"/v1/changes"_s), qPrintable(error));
        QCOMPARE(server.requests(), 1); // not retried
        // Cut off at the cap, not after 4 GiB: what was sent is the cap, the socket buffers of both
        // ends (a few MiB on loopback) and what the fake server has queued (4 MiB). The client reads
        // on the thread that asked, at most 256 KiB ahead of its parser, so this holds however fast the
        // server writes and however loaded the machine is (Qt's HTTP thread used to read on while
        // bytes kept coming: 578 MiB for a 64 MiB cap on a loaded machine).
        QVERIFY2(sent <= cap + 32 * MiB, qPrintable(u"sent %1 MiB"_s.arg(sent / MiB)));
        if (declared)
            QVERIFY2(sent <= 16 * MiB, qPrintable(u"sent %1 MiB"_s.arg(sent / MiB))); // refused at the header
        // The body is held at most once, up to the cap: far below the 4 GiB sent for.
        QVERIFY2(growth < cap + 32 * MiB,
                 qPrintable(u"memory grew by %1 MiB for a cap of %2 MiB"_s.arg(growth / MiB).arg(cap / MiB)));
        QVERIFY(store->database().meta(QString::fromLatin1(SyncEngine::cursorKey)).value().isEmpty());
        QCOMPARE(SyncEngine::status(*store).lastError, error);
    }

    void retryAfterBeyondTheCapIsNotWaitedFor_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("minutes");
        QTest::newRow("503, a billion seconds") << 503 << QByteArray("1000000000") << u"16666666"_s;
        QTest::newRow("429, past qint64")
            << 429 << QByteArray("99999999999999999999999999") << u"16666666666"_s;
        QTest::newRow("503, a day") << 503 << QByteArray("86400") << u"1440"_s;
        QTest::newRow("429, an HTTP date next year")
            << 429
            << QLocale::c()
                   .toString(QDateTime::currentDateTimeUtc().addYears(1),
                             u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                   .toLatin1()
            << QString();
    }
    void retryAfterBeyondTheCapIsNotWaitedFor() {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, minutes);
        FakeBackend server([&](QTcpSocket* socket, const Request&) {
            answer(socket, status, R"({"error":{"code":"rate_limited","message":"slow down"}})",
                   "Retry-After: " + retryAfter + "\r\n");
        });
        QVERIFY(server.listen());
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->partnerContacts().create(contact(u"waiting"_s)));
        BackendClient client;
        QVERIFY(client.configure(configFor(server)));
        SyncEngine engine(*store, client);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!runEngine(engine, &SyncEngine::push, 60'000));
        // The bound this case is about: no waiting at all, where a believed header would sleep on.
        QVERIFY2(clock.elapsed() < 30'000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(server.requests(), 1);
        const QString error = engine.summary().error;
        QVERIFY2(error.contains(u"longer than the 10 minutes this client waits"_s), qPrintable(error));
        QVERIFY2(error.contains(u"slow down"_s), qPrintable(error));
        if (!minutes.isEmpty())
            QVERIFY2(error.contains(u"wait %1 minutes"_s.arg(minutes)), qPrintable(error));
        QCOMPARE(store->journal().count(JournalEntry::State::Pending), 1); // kept for later
    }

    void endlessChangeFeedStops_data() {
        QTest::addColumn<bool>("advancing");
        QTest::newRow("cursor comes back") << false;
        QTest::newRow("always more, cursor advancing") << true;
    }
    void endlessChangeFeedStops() {
        QFETCH(bool, advancing);
        const QUuid id = QUuid::createUuid();
        FakeBackend* self = nullptr;
        FakeBackend server([&](QTcpSocket* socket, const Request&) {
            PartnerContact c = contact(u"again"_s);
            c.id = id;
            const int n = self->requests();
            answerJson(socket, page(QJsonArray{change(id, n, c.toJson())},
                                    advancing ? QString::number(n) : u"7"_s, true));
        });
        self = &server;
        QVERIFY(server.listen());
        auto store = openStore();
        QVERIFY(store);
        BackendClient client;
        QVERIFY(client.configure(configFor(server)));
        SyncEngine engine(*store, client);
        engine.setMaxPages(50);
        QVERIFY(!runEngine(engine, &SyncEngine::pull, 120'000));
        const QString error = engine.summary().error;
        if (advancing) {
            QVERIFY2(error.contains(u"did not end after 50 pages"_s), qPrintable(error));
            QCOMPARE(server.requests(), 50);
            // What was read is kept: the next pull goes on from there.
            QCOMPARE(store->database().meta(QString::fromLatin1(SyncEngine::cursorKey)).value(), u"50"_s);
        } else {
            QVERIFY2(error.contains(u"does not move on"_s), qPrintable(error));
            QVERIFY2(error.contains(u"\"7\""_s), qPrintable(error));
            QCOMPARE(server.requests(), 2);
        }
        QCOMPARE(store->partnerContacts().get(id)->name, u"again"_s);
        QVERIFY(SyncEngine::defaultMaxPages >= 1000); // a real workspace's feed fits many times over
    }

    void invalidPulledRecordIsRefused() {
        PartnerContact good = contact(u"Good"_s);
        PartnerContact bad = contact(u"Bad"_s);
        PartnerContact kept = contact(u"Kept here"_s);
        QJsonObject badFields = bad.toJson();
        badFields.insert(u"email"_s, u"not an address"_s);
        QJsonObject keptFields = kept.toJson();
        keptFields.insert(u"name"_s, QString(5000, u'x')); // longer than any name may be
        bool fixed = false;
        FakeBackend server([&](QTcpSocket* socket, const Request&) {
            if (fixed) {
                bad.name = u"Bad, corrected"_s;
                answerJson(socket, page(QJsonArray{change(bad.id, 2, bad.toJson())}, u"4"_s, false));
                return;
            }
            answerJson(socket, page(QJsonArray{change(good.id, 1, good.toJson()),
                                               change(bad.id, 1, badFields), change(kept.id, 5, keptFields)},
                                    u"3"_s, false));
        });
        QVERIFY(server.listen());
        auto store = openStore();
        QVERIFY(store);
        // `kept` exists here already at revision 4, synced.
        QVERIFY(store->partnerContacts().applyRemote(kept.toJson(), 4, false));
        BackendClient client;
        QVERIFY(client.configure(configFor(server)));
        SyncEngine engine(*store, client);

        QVERIFY(!runEngine(engine, &SyncEngine::pull));
        const QString error = engine.summary().error;
        QVERIFY2(error.contains(u"2 record(s) from the backend were refused as invalid"_s),
                 qPrintable(error));
        QCOMPARE(engine.summary().pulled, 1);
        QCOMPARE(engine.summary().refused, 2);
        QCOMPARE(store->partnerContacts().get(good.id)->name, u"Good"_s);
        QVERIFY(!store->partnerContacts().get(bad.id));                        // not stored
        QCOMPARE(store->partnerContacts().get(kept.id)->name, u"Kept here"_s); // left as it was
        QCOMPARE(store->partnerContacts().state(kept.id)->serverRevision, 4);
        // The feed went on past them: they are not asked for again and again.
        QCOMPARE(store->database().meta(QString::fromLatin1(SyncEngine::cursorKey)).value(), u"3"_s);

        // What the user sees: one open conflict per refused record, with the reason.
        Conflicts conflicts(store->database());
        QCOMPARE(SyncEngine::status(*store).openConflicts, 2);
        const QList<Conflict> forBad = conflicts.openFor(u"partner_contact"_s, bad.id);
        QCOMPARE(forBad.size(), 1);
        QCOMPARE(forBad.constFirst().field, QString::fromLatin1(SyncEngine::invalidRecordField));
        QVERIFY2(forBad.constFirst().base.toString().startsWith(u"email: "_s),
                 qPrintable(forBad.constFirst().base.toString()));
        QCOMPARE(forBad.constFirst().theirs.toObject().value(u"email"_s).toString(), u"not an address"_s);
        QVERIFY(forBad.constFirst().mine.isNull());
        const QList<Conflict> forKept = conflicts.openFor(u"partner_contact"_s, kept.id);
        QCOMPARE(forKept.size(), 1);
        QVERIFY(forKept.constFirst().base.toString().startsWith(u"name: "_s));
        QCOMPARE(forKept.constFirst().mine.toObject().value(u"name"_s).toString(), u"Kept here"_s);
        QCOMPARE(forKept.constFirst().serverRevision, 5);

        // "theirs" cannot be taken; "mine" sends the local record over the backend's revision 5.
        auto refusedTheirs = SyncEngine::resolve(*store, forKept.constFirst().id, SyncEngine::Take::Theirs);
        QVERIFY(!refusedTheirs);
        QVERIFY(refusedTheirs.error().message.contains(u"cannot be taken"_s));
        QVERIFY(SyncEngine::resolve(*store, forKept.constFirst().id, SyncEngine::Take::Mine));
        const QList<JournalEntry> queued = store->journal().forEntity(u"partner_contact"_s, kept.id);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.constFirst().action, JournalEntry::Action::Upsert);
        QCOMPARE(queued.constFirst().baseRevision, 5);
        QCOMPARE(queued.constFirst().fields.value(u"name"_s).toString(), u"Kept here"_s);

        // A valid newer version settles the refused one.
        fixed = true;
        QVERIFY(runEngine(engine, &SyncEngine::pull));
        QCOMPARE(store->partnerContacts().get(bad.id)->name, u"Bad, corrected"_s);
        QVERIFY(conflicts.openFor(u"partner_contact"_s, bad.id).isEmpty());
        QCOMPARE(conflicts.openCount(), 0);
    }

    // A conflict answer to a push carries the backend's current record: it is checked the same way.
    void invalidRecordInAConflictAnswerIsRefused() {
        auto store = openStore();
        QVERIFY(store);
        PartnerContact mine = contact(u"Mine"_s);
        QVERIFY(store->partnerContacts().applyRemote(mine.toJson(), 1, false));
        PartnerContact edited = mine;
        edited.email = u"new@example.com"_s;
        QVERIFY(store->partnerContacts().update(edited));
        PartnerContact other = contact(u"Other"_s);
        QVERIFY(store->partnerContacts().applyRemote(other.toJson(), 1, false));
        FakeBackend server([&](QTcpSocket* socket, const Request& request) {
            const QJsonArray ops = QJsonDocument::fromJson(request.body).object().value(u"ops"_s).toArray();
            QJsonObject current = other.toJson(); // names another record
            current.insert(u"name"_s, u"Taken over"_s);
            QJsonArray results;
            for (const QJsonValue& op : ops)
                results.append(QJsonObject{{u"op_id"_s, op.toObject().value(u"op_id"_s)},
                                           {u"status"_s, u"conflict"_s},
                                           {u"revision"_s, 7},
                                           {u"current"_s, current},
                                           {u"base"_s, mine.toJson()}});
            answerJson(socket, QJsonObject{{u"results"_s, results}});
        });
        QVERIFY(server.listen());
        BackendClient client;
        QVERIFY(client.configure(configFor(server)));
        SyncEngine engine(*store, client);
        QVERIFY(!runEngine(engine, &SyncEngine::push));
        QVERIFY2(engine.summary().error.contains(u"1 record(s) from the backend were refused"_s),
                 qPrintable(engine.summary().error));
        QCOMPARE(store->partnerContacts().get(other.id)->name, u"Other"_s);           // untouched
        QCOMPARE(store->partnerContacts().get(mine.id)->email, u"new@example.com"_s); // the local edit stays
        const QList<Conflict> open = Conflicts(store->database()).openFor(u"partner_contact"_s, mine.id);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().field, QString::fromLatin1(SyncEngine::invalidRecordField));
        QCOMPARE(open.constFirst().serverRevision, 7);
        QCOMPARE(open.constFirst().mine.toObject().value(u"email"_s).toString(), u"new@example.com"_s);
        QCOMPARE(store->journal().count(JournalEntry::State::Pending), 0); // waits for the user, not resent
    }

    void idComesFromTheChange_data() {
        QTest::addColumn<bool>("otherId");
        QTest::newRow("fields name another record") << true;
        QTest::newRow("fields without an id") << false;
    }
    void idComesFromTheChange() {
        QFETCH(bool, otherId);
        auto store = openStore();
        QVERIFY(store);
        PartnerContact victim = contact(u"Victim"_s);
        QVERIFY(store->partnerContacts().applyRemote(victim.toJson(), 1, false));
        const QUuid changed = QUuid::createUuid();
        QJsonObject fields = victim.toJson();
        fields.insert(u"name"_s, u"Hijacked"_s);
        if (!otherId)
            fields.remove(u"id"_s);
        FakeBackend server([&](QTcpSocket* socket, const Request&) {
            answerJson(socket, page(QJsonArray{change(changed, 3, fields)}, u"1"_s, false));
        });
        QVERIFY(server.listen());
        BackendClient client;
        QVERIFY(client.configure(configFor(server)));
        SyncEngine engine(*store, client);
        const bool ok = runEngine(engine, &SyncEngine::pull);
        QCOMPARE(store->partnerContacts().get(victim.id)->name, u"Victim"_s); // never touched
        QCOMPARE(store->partnerContacts().state(victim.id)->serverRevision, 1);
        if (otherId) {
            QVERIFY(!ok);
            QVERIFY2(engine.summary().error.contains(u"refused as invalid"_s),
                     qPrintable(engine.summary().error));
            QVERIFY(!store->partnerContacts().get(changed));
            const QList<Conflict> open = Conflicts(store->database()).openFor(u"partner_contact"_s, changed);
            QCOMPARE(open.size(), 1);
            QVERIFY2(open.constFirst().base.toString().contains(victim.id.toString(QUuid::WithoutBraces)),
                     qPrintable(open.constFirst().base.toString()));
        } else {
            QVERIFY2(ok, qPrintable(engine.summary().error));
            QCOMPARE(store->partnerContacts().get(changed)->name, u"Hijacked"_s);
            QCOMPARE(store->partnerContacts().state(changed)->serverRevision, 3);
        }
    }

    void urlWithCredentialsIsRefused_data() {
        QTest::addColumn<QString>("url");
        QTest::newRow("user and password") << u"https://alice:s3cretPw@sync.example.com"_s;
        QTest::newRow("password only") << u"https://:s3cretPw@sync.example.com"_s;
        QTest::newRow("user only") << u"https://s3cretPw@sync.example.com:8443"_s;
        QTest::newRow("plain http on loopback") << u"http://alice:s3cretPw@127.0.0.1:8787"_s;
    }
    void urlWithCredentialsIsRefused() {
        QFETCH(QString, url);
        auto checked = BackendClient::checkUrl(QUrl(url));
        QVERIFY(!checked);
        QVERIFY2(checked.error().message.contains(u"user name or password"_s),
                 qPrintable(checked.error().message));
        QVERIFY(!checked.error().message.contains(u"s3cretPw"_s));
        BackendClient client;
        BackendClient::Config config;
        config.baseUrl = QUrl(url);
        config.token = "skt_x";
        QVERIFY(!client.configure(config));

        // The real CLI: refused with that message, and the password is neither printed nor stored.
        const QString ws =
            m_dir.filePath(u"cli-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
        QVERIFY_CLI(runCli(ws, {u"init"_s}), 0);
        const CliRun run =
            runCli(ws, {u"backend"_s, u"login"_s, u"--url"_s, url, u"--token-stdin"_s}, "skt_x\n");
        QVERIFY_CLI(run, 2);
        QVERIFY2(run.err.contains("user name or password"), describe(run).constData());
        QVERIFY(!run.out.contains("s3cretPw"));
        QVERIFY(!run.err.contains("s3cretPw"));
        QFile ini(ws + u"/settings.ini"_s);
        if (ini.open(QIODevice::ReadOnly))
            QVERIFY(!ini.readAll().contains("s3cretPw"));

        // Should a caller skip the check, the settings still drop the credentials.
        BackendSettings settings(ws);
        settings.setUrl(QUrl(url));
        QVERIFY(!settings.url().toString().contains(u"s3cretPw"_s));
        QCOMPARE(settings.url().host(), QUrl(url).host());
        ini.close();
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("s3cretPw"));
    }
};

QTEST_GUILESS_MAIN(tst_HostileServer)
#include "tst_HostileServer.moc"
