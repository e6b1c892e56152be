// The SCRAM-SHA-256 verifier against outside references: RFC 7677's worked
// example (its server signature and client proof check out with the keys),
// and an independent computation by python3's hashlib/hmac/unicodedata. That
// the server accepts the verifier and libpq then signs in with the password
// is tested against the real server in tests/cli/ServerRolesTest.
#include <catch2/catch.hpp>

#include "storage/ScramVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QProcess>

namespace {

struct Parts
{
    int iterations = 0;
    QByteArray salt, storedKey, serverKey;
};

Parts partsOf(const QString &verifier)
{
    // SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>
    const QStringList sections = verifier.split(QLatin1Char('$'));
    REQUIRE(sections.size() == 3);
    REQUIRE(sections.at(0) == QStringLiteral("SCRAM-SHA-256"));
    const QStringList head = sections.at(1).split(QLatin1Char(':'));
    const QStringList keys = sections.at(2).split(QLatin1Char(':'));
    REQUIRE(head.size() == 2);
    REQUIRE(keys.size() == 2);
    Parts p;
    p.iterations = head.at(0).toInt();
    p.salt = QByteArray::fromBase64(head.at(1).toLatin1());
    p.storedKey = QByteArray::fromBase64(keys.at(0).toLatin1());
    p.serverKey = QByteArray::fromBase64(keys.at(1).toLatin1());
    return p;
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// The verifier as python3 computes it from the NFKC form of the password.
QString pythonVerifier(const QString &password, const QByteArray &salt, int iterations)
{
    const char *program = R"(import sys, base64, hashlib, hmac, unicodedata
password = unicodedata.normalize('NFKC', bytes.fromhex(sys.argv[1]).decode('utf-8')).encode('utf-8')
salt = bytes.fromhex(sys.argv[2])
salted = hashlib.pbkdf2_hmac('sha256', password, salt, int(sys.argv[3]))
client = hmac.new(salted, b'Client Key', 'sha256').digest()
server = hmac.new(salted, b'Server Key', 'sha256').digest()
b64 = lambda b: base64.b64encode(b).decode()
print('SCRAM-SHA-256$%s:%s$%s:%s' % (sys.argv[3], b64(salt), b64(hashlib.sha256(client).digest()), b64(server)))
)";
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"), QString::fromUtf8(program),
                  QString::fromLatin1(password.toUtf8().toHex()), QString::fromLatin1(salt.toHex()),
                  QString::number(iterations)});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    return QString::fromLatin1(python.readAllStandardOutput()).trimmed();
}

} // namespace

TEST_CASE("The SCRAM verifier of RFC 7677's example proves its exchange", "[storage][scram]")
{
    // RFC 7677 section 3: user "user", password "pencil".
    const QByteArray salt = QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
    const QString verifier = ScramVerifier::make(QStringLiteral("pencil"), salt, 4096);
    CHECK(ScramVerifier::isVerifier(verifier));
    const Parts p = partsOf(verifier);
    CHECK(p.iterations == 4096);
    CHECK(p.salt == salt);

    const QByteArray authMessage =
        "n=user,r=rOprNGfwEbeRWgbNEkqO,"
        "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,"
        "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
    // The server's final message: v=ServerSignature = HMAC(ServerKey, AuthMessage).
    CHECK(hmac(p.serverKey, authMessage).toBase64() ==
          QByteArray("6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="));
    // The client's proof checks out as the server checks it: ClientKey =
    // proof XOR HMAC(StoredKey, AuthMessage), and SHA-256(ClientKey) = StoredKey.
    const QByteArray proof = QByteArray::fromBase64("dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=");
    const QByteArray signature = hmac(p.storedKey, authMessage);
    QByteArray clientKey(proof.size(), '\0');
    for (int i = 0; i < proof.size(); ++i)
        clientKey[i] = char(proof.at(i) ^ signature.at(i));
    CHECK(QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256) == p.storedKey);

    CHECK(verifier == pythonVerifier(QStringLiteral("pencil"), salt, 4096));
}

TEST_CASE("SCRAM verifiers agree with python3's for Latin and Arabic passwords", "[storage][scram]")
{
    const QByteArray salt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    for (const QString &password :
         {QStringLiteral("correct horse battery staple"), QString::fromUtf8("كلمة سر طويلة"),
          QString::fromUtf8("ﻛﻠﻤﺔ"), // presentation forms: NFKC makes them letters
          QString::fromUtf8("ｐａｓｓｗｏｒｄ")}) {
        INFO(password.toStdString());
        CHECK(ScramVerifier::make(password, salt, 4096) == pythonVerifier(password, salt, 4096));
    }
    CHECK(ScramVerifier::make(QStringLiteral("x"), salt, 1) ==
          pythonVerifier(QStringLiteral("x"), salt, 1));
}

TEST_CASE("SASLprep as PostgreSQL applies it: mapped, normalised, or raw when prohibited",
          "[storage][scram]")
{
    // Mapped to nothing (soft hyphen, zero-width joiner), other spaces to a space, NFKC.
    CHECK(ScramVerifier::prepared(QString::fromUtf8("pass\u00ADword")) == "password");
    CHECK(ScramVerifier::prepared(QString::fromUtf8("a\u00A0b")) == "a b");
    CHECK(ScramVerifier::prepared(QString::fromUtf8("ｐａｓｓ")) == "pass");
    CHECK(ScramVerifier::prepared(QString::fromUtf8("ﻛﻠﻤﺔ")) == QString::fromUtf8("كلمة").toUtf8());
    // Prohibited: a direction mark, right-to-left letters mixed with Latin
    // ones, a character Unicode 3.2 did not assign: the raw UTF-8 bytes.
    for (const QString &raw :
         {QString::fromUtf8("pass\u200Eword\u00AD"), QString::fromUtf8("كلمةabcكلمة\u00AD"),
          QString::fromUtf8("pass\U0001F600\u00AD")}) {
        INFO(raw.toStdString());
        CHECK(ScramVerifier::prepared(raw) == raw.toUtf8());
    }
    // ASCII is taken as it is.
    CHECK(ScramVerifier::prepared(QStringLiteral("a\tb")) == "a\tb");
}

TEST_CASE("Only the verifier's form passes as a verifier, each has its own salt",
          "[storage][scram]")
{
    const QString a = ScramVerifier::make(QStringLiteral("same password"));
    const QString b = ScramVerifier::make(QStringLiteral("same password"));
    CHECK(ScramVerifier::isVerifier(a));
    CHECK(a != b);
    CHECK(partsOf(a).salt.size() == ScramVerifier::saltBytes);
    CHECK(partsOf(a).iterations == ScramVerifier::defaultIterations);
    for (const QString &notOne :
         {QStringLiteral("same password"), QStringLiteral("md5d6a35858d61d5e3ebd6f8f5d6a9bf3e8"),
          QString(a).replace(QStringLiteral("SCRAM"), QStringLiteral("scram")), a.chopped(2),
          a + QLatin1Char('\n'), QStringLiteral("SCRAM-SHA-256$4096:c2FsdA==$short:short")}) {
        INFO(notOne.toStdString());
        CHECK_FALSE(ScramVerifier::isVerifier(notOne));
    }
}
