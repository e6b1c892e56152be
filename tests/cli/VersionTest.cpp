#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>

namespace {

struct Ran
{
    int code = -1;
    QString out;
};

// The real program, as a script or a package test calls it: no display, no database.
Ran runProgram(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ISTIQBAL_BINARY), args);
    REQUIRE(p.waitForFinished(30000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
}

} // namespace

TEST_CASE("The version is printed by version and by --version, needing nothing else", "[cli]")
{
    const QString expected = QStringLiteral("istiqbal %1\n").arg(QStringLiteral(ISTIQBAL_VERSION));
    for (const QString &verb : {QStringLiteral("--version"), QStringLiteral("version")}) {
        INFO(verb.toStdString());
        const Ran r = runProgram({verb});
        CHECK(r.code == 0);
        CHECK(r.out == expected);
    }
    const Ran help = runProgram({QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("--version")));
}
