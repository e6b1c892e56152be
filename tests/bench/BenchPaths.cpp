#include "BenchPaths.h"

#include "cli/DemoNames.h"
#include "core/ArabicText.h"
#include "core/Clock.h"
#include "reports/MonthlyReportPdf.h"
#include "reports/MonthlySummaryBuilder.h"
#include "reports/ReportIdentity.h"
#include "reports/ReportPeriod.h"
#include "services/CaseDesk.h"
#include "services/Session.h"
#include "storage/BeneficiarySearch.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "ui/desk/DeskModel.h"
#include "ui/desk/DeskPage.h"
#include "ui/shell/Application.h"
#include "ui/shell/StartupProbe.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>

namespace {

// "Now" runs on from the moment the demo data was made for.
class BenchClock final : public Clock
{
public:
    explicit BenchClock(const QDateTime &start) : m_start(start.toUTC()) { m_timer.start(); }
    QDateTime nowUtc() const override { return m_start.addMSecs(m_timer.elapsed()); }

private:
    QDateTime m_start;
    QElapsedTimer m_timer;
};

double median(QVector<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "istiqbal_bench: %s\n", qPrintable(what));
    std::exit(1);
}

struct Samples
{
    QVector<double> app;
    QVector<double> floor;
    QString info;
};

// The floor queries below are plain SQL against the tables on purpose: they
// are what the database itself does at best, the yardstick for the program's
// own code (which keeps its SQL in app/storage). Each is prepared once and
// run again with new values, the cheapest way to ask SQLite.
class FloorStatements
{
public:
    explicit FloorStatements(Database &db) : m_db(db) {}

    QSqlQuery &get(const QString &sql)
    {
        std::unique_ptr<QSqlQuery> &q = m_cache[sql];
        if (!q) {
            q = std::make_unique<QSqlQuery>(m_db.connection());
            q->setForwardOnly(true);
            if (!q->prepare(sql))
                fail(QStringLiteral("cannot prepare %1: %2").arg(sql, q->lastError().text()));
        }
        return *q;
    }

private:
    Database &m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_cache;
};

QSqlQuery prepared(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        fail(QStringLiteral("cannot prepare %1: %2").arg(sql, q.lastError().text()));
    return q;
}

int drain(QSqlQuery &q)
{
    if (!q.exec())
        fail(QStringLiteral("floor query failed: %1").arg(q.lastError().text()));
    int rows = 0;
    while (q.next()) {
        // Read the columns as the program does.
        for (int c = 0; c < 4; ++c)
            (void)q.value(c);
        ++rows;
    }
    q.finish();
    return rows;
}

// A spelling of the name as people type it: hamza dropped from alef, teh
// marbuta as heh, alef maksura as yeh, compounds split, or as written.
QString variant(QString s, int k)
{
    switch (k % 4) {
    case 0:
        s.replace(QChar(0x0623), QChar(0x0627)).replace(QChar(0x0625), QChar(0x0627));
        break;
    case 1:
        s.replace(QChar(0x0629), QChar(0x0647));
        break;
    case 2:
        s.replace(QChar(0x0649), QChar(0x064A));
        break;
    default:
        s.replace(QStringLiteral("عبد"), QStringLiteral("عبد "));
        break;
    }
    return s;
}

// Two words: a given name (in one of its spellings) and the start of a family
// name, as typed at the desk before the search has all of it.
QStringList nameQueries()
{
    const QStringList &men = DemoNames::maleFirstNames();
    const QStringList &women = DemoNames::femaleFirstNames();
    const QStringList &families = DemoNames::familyNames();
    QStringList out;
    for (int i = 0; i < 40; ++i) {
        const QString first =
            i % 3 == 2 ? women.at((i * 5) % women.size()) : men.at((i * 7) % men.size());
        const QString family = families.at((i * 11) % families.size());
        const QString start = family.left(qMax(4, int(family.size()) - 2));
        out << variant(first, i) + QLatin1Char(' ') + variant(start, i + 1);
    }
    return out;
}

struct Person
{
    QString idNumber;
    QString phone; // E.164
};

QVector<Person> samplePeople(Database &db, int count)
{
    QSqlQuery total = prepared(db, QStringLiteral("SELECT MAX(id) FROM beneficiaries"));
    if (!total.exec() || !total.next())
        fail(QStringLiteral("cannot count the beneficiaries"));
    const qint64 max = total.value(0).toLongLong();
    QSqlQuery q = prepared(
        db, QStringLiteral("SELECT id_number, phone FROM beneficiaries WHERE id >= ? ORDER BY id "
                           "LIMIT 1"));
    QVector<Person> out;
    for (int i = 0; i < count; ++i) {
        q.bindValue(0, 1 + (max * i) / count + (i * 7919) % 97);
        if (!q.exec() || !q.next())
            continue;
        out << Person{q.value(0).toString(), q.value(1).toString()};
        q.finish();
    }
    return out;
}

// Runs app and floor alternately (which goes first alternates too).
void measure(Samples &s, int runs, int warmup, const std::function<void(int)> &app,
             const std::function<void(int)> &floor)
{
    for (int i = 0; i < warmup; ++i) {
        app(i);
        if (floor)
            floor(i);
    }
    for (int i = 0; i < runs; ++i) {
        for (int turn = 0; turn < 2; ++turn) {
            const bool appTurn = (turn == 0) == (i % 2 == 0);
            if (appTurn) {
                QElapsedTimer t;
                t.start();
                app(i);
                s.app << msSince(t);
            } else if (floor) {
                QElapsedTimer t;
                t.start();
                floor(i);
                s.floor << msSince(t);
            }
        }
    }
}

Samples searchName(Database &db, int runs)
{
    const QStringList queries = nameQueries();
    const BeneficiarySearch search(db);
    FloorStatements statements(db);
    qint64 appRows = 0;
    qint64 floorRows = 0;
    auto app = [&](int i) {
        const auto found = search.find(queries.at(i % queries.size()), 50);
        if (!found)
            fail(found.error());
        appRows += found->size();
    };
    // Every word in its query forms; the last word also as a prefix of each
    // form; the beneficiaries that have all the words; the first 50 rows.
    auto floor = [&](int i) {
        const QStringList words = ArabicText::tokens(queries.at(i % queries.size()));
        QStringList parts;
        QVariantList values;
        QVariantList lastValues;
        for (int w = 0; w < words.size(); ++w) {
            QVariantList &into = w == words.size() - 1 ? lastValues : values;
            QStringList forms = ArabicText::queryForms(words.at(w));
            forms.removeDuplicates();
            QString part =
                QStringLiteral("SELECT beneficiary_id FROM name_tokens WHERE key IN (%1)")
                    .arg(QStringList(QVector<QString>(forms.size(), QStringLiteral("?")))
                             .join(QLatin1Char(',')));
            into += QVariantList(forms.cbegin(), forms.cend());
            if (w == words.size() - 1) {
                for (const QString &f : forms) {
                    if (f.size() < 2)
                        continue; // as the program: a prefix has two letters or more
                    part += QStringLiteral(" UNION SELECT beneficiary_id FROM name_tokens "
                                           "WHERE key >= ? AND key < ?");
                    into << f << db.dialect().prefixUpperBound(f);
                }
            }
            // Compound SELECTs group from the left in SQLite: the last word's
            // UNION first, then INTERSECT each other word.
            if (w == words.size() - 1)
                parts.prepend(part);
            else
                parts << part;
        }
        QSqlQuery &q = statements.get(
            QStringLiteral("SELECT b.id, b.id_number, b.full_name, b.phone FROM beneficiaries "
                           "b WHERE b.id IN (%1) LIMIT 50")
                .arg(parts.join(QStringLiteral(" INTERSECT "))));
        values = lastValues + values;
        for (int v = 0; v < values.size(); ++v)
            q.bindValue(v, values.at(v));
        floorRows += drain(q);
    };
    Samples s;
    measure(s, runs, 10, app, floor);
    // The slowest query (by its worst time), to say which words cost most.
    int slowest = 0;
    for (int i = 0; i < s.app.size(); ++i) {
        if (s.app.at(i) > s.app.at(slowest))
            slowest = i;
    }
    const QString worst = queries.at(slowest % queries.size());
    const auto worstRows = search.find(worst, 1000);
    s.info = QStringLiteral("%1 queries such as \"%2\"; %3 rows per search on average (floor "
                            "%4); slowest \"%5\" (%6 ms, %7 matches)")
                 .arg(queries.size())
                 .arg(queries.first())
                 .arg(double(appRows) / (runs + 10), 0, 'f', 1)
                 .arg(double(floorRows) / (runs + 10), 0, 'f', 1)
                 .arg(worst)
                 .arg(s.app.at(slowest), 0, 'f', 1)
                 .arg(worstRows ? QString::number(worstRows->size()) : QStringLiteral("?"));
    return s;
}

Samples searchNumber(Database &db, int runs, bool phone)
{
    QVector<Person> people;
    for (const Person &p : samplePeople(db, 120)) {
        if (!phone || !p.phone.isEmpty())
            people << p;
    }
    if (people.isEmpty())
        fail(QStringLiteral("no beneficiaries to look up"));
    const BeneficiarySearch search(db);
    FloorStatements statements(db);
    qint64 appRows = 0;
    qint64 floorRows = 0;
    // Typed as people give them: the ID as is, the phone in its local form.
    auto typed = [&](int i) {
        const Person &p = people.at(i % people.size());
        return phone ? QStringLiteral("0") + p.phone.mid(4) : p.idNumber;
    };
    auto app = [&](int i) {
        const auto found = search.find(typed(i), 50);
        if (!found)
            fail(found.error());
        appRows += found->size();
    };
    auto floor = [&](int i) {
        const Person &p = people.at(i % people.size());
        QSqlQuery &q = statements.get(
            phone ? QStringLiteral("SELECT id, id_number, full_name, phone FROM beneficiaries "
                                   "WHERE phone = ? LIMIT 50")
                  : QStringLiteral("SELECT id, id_number, full_name, phone FROM beneficiaries "
                                   "WHERE id_number = ? LIMIT 50"));
        q.bindValue(0, phone ? p.phone : p.idNumber);
        floorRows += drain(q);
    };
    Samples s;
    measure(s, runs, 10, app, floor);
    s.info = QStringLiteral("%1 people, such as \"%2\"; %3 rows per search (floor %4)")
                 .arg(people.size())
                 .arg(typed(0))
                 .arg(double(appRows) / (runs + 10), 0, 'f', 2)
                 .arg(double(floorRows) / (runs + 10), 0, 'f', 2);
    return s;
}

Samples stepSave(Database &db, int runs)
{
    const auto user = UserRepository(db).findByUsername(QStringLiteral("reception1"));
    if (!user || !user->has_value())
        fail(QStringLiteral("the demo receptionist reception1 is missing"));
    const Session session(user->value());
    CaseDesk desk(db, session);

    QSqlQuery create(db.connection());
    if (!create.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS bench_floor (id INTEGER PRIMARY "
                                    "KEY, at INTEGER NOT NULL, note TEXT NOT NULL)")))
        fail(create.lastError().text());

    // A walk-in opened (not measured), then moved from reception to the
    // information step: load, update, step event and audit, one transaction.
    qint64 caseId = 0;
    auto app = [&](int) {
        const auto moved = desk.advance(caseId);
        if (!moved)
            fail(QStringLiteral("advance: %1").arg(moved.error()));
    };
    auto open = [&] {
        const auto opened = desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest,
                                                      QStringLiteral("طلب سلة غذائية"));
        if (!opened)
            fail(QStringLiteral("openCase: %1").arg(opened.error()));
        caseId = opened->id;
    };
    // The floor, prepared once as the cheapest way to ask SQLite: BEGIN
    // IMMEDIATE, one INSERT, COMMIT, on the same connection (same pragmas).
    FloorStatements statements(db);
    auto floor = [&](int i) {
        QSqlQuery &begin = statements.get(QStringLiteral("BEGIN IMMEDIATE"));
        QSqlQuery &insert =
            statements.get(QStringLiteral("INSERT INTO bench_floor (at, note) VALUES (?, ?)"));
        QSqlQuery &commit = statements.get(QStringLiteral("COMMIT"));
        if (!begin.exec())
            fail(begin.lastError().text());
        begin.finish();
        insert.bindValue(0, QDateTime::currentMSecsSinceEpoch());
        insert.bindValue(1, QStringLiteral("floor %1").arg(i));
        if (!insert.exec())
            fail(insert.lastError().text());
        insert.finish();
        if (!commit.exec())
            fail(commit.lastError().text());
        commit.finish();
    };
    Samples s;
    for (int i = 0; i < 5; ++i) {
        open();
        app(i);
        floor(i);
    }
    for (int i = 0; i < runs; ++i) {
        open();
        for (int turn = 0; turn < 2; ++turn) {
            QElapsedTimer t;
            t.start();
            if ((turn == 0) == (i % 2 == 0)) {
                app(i);
                s.app << msSince(t);
            } else {
                floor(i);
                s.floor << msSince(t);
            }
        }
    }
    QSqlQuery mode(db.connection());
    QString pragmas;
    for (const char *p : {"journal_mode", "synchronous"}) {
        if (mode.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(p))) && mode.next())
            pragmas += QStringLiteral("%1=%2 ").arg(QLatin1String(p), mode.value(0).toString());
    }
    s.info = QStringLiteral("CaseDesk::advance reception -> information; floor: BEGIN IMMEDIATE, "
                            "one INSERT, COMMIT; %1; medians %2 and %3 ms")
                 .arg(pragmas.trimmed())
                 .arg(median(s.app), 0, 'f', 3)
                 .arg(median(s.floor), 0, 'f', 3);
    return s;
}

// The widget shown, and its table painted once with the first page of rows.
Samples deskOpen(Database &db, int runs, bool everyOpenCase)
{
    int rows = 0;
    qint64 total = 0;
    const auto user = UserRepository(db).findByUsername(QStringLiteral("reception1"));
    if (!user || !user->has_value())
        fail(QStringLiteral("the demo receptionist reception1 is missing"));
    const Session session(user->value());
    auto app = [&](int) {
        auto desk = std::make_unique<DeskPage>(db, session);
        if (everyOpenCase)
            desk->setScope(1);
        desk->resize(1280, 720);
        auto *view = desk->findChild<QAbstractItemView *>(QStringLiteral("deskView"));
        if (!view)
            fail(QStringLiteral("deskView not found"));
        struct PaintWatch final : QObject
        {
            bool painted = false;
            bool eventFilter(QObject *, QEvent *e) override
            {
                if (e->type() == QEvent::Paint)
                    painted = true;
                return false;
            }
        } watch;
        view->viewport()->installEventFilter(&watch);
        desk->show();
        QElapsedTimer limit;
        limit.start();
        while (!watch.painted && limit.elapsed() < 10000)
            QCoreApplication::processEvents();
        // The paint event seen above has been delivered by now; let it finish.
        QCoreApplication::processEvents();
        if (!watch.painted)
            fail(QStringLiteral("the desk was never painted"));
        view->viewport()->removeEventFilter(&watch);
        rows = desk->model()->rowCount();
        total = desk->model()->totalCount();
    };
    Samples s;
    measure(s, runs, 3, app, {});
    s.info = QStringLiteral("DeskPage (%1) shown 1280x720 offscreen; %2 rows read of %3")
                 .arg(everyOpenCase ? QStringLiteral("every open case")
                                    : QStringLiteral("today's arrivals"))
                 .arg(rows)
                 .arg(total);
    return s;
}

ReportPeriod busiestMonth(Database &db)
{
    // Riyadh is UTC+3 all year.
    QSqlQuery q = prepared(db, QStringLiteral("SELECT strftime('%Y-%m', arrival_at / 1000, "
                                              "'unixepoch', '+3 hours') AS m, COUNT(*) AS n "
                                              "FROM cases GROUP BY m ORDER BY n DESC LIMIT 1"));
    if (!q.exec() || !q.next())
        fail(QStringLiteral("no cases for the report"));
    const QString month = q.value(0).toString();
    const auto period = ReportPeriod::gregorian(month.left(4).toInt(), month.mid(5, 2).toInt());
    if (!period)
        fail(period.error());
    return *period;
}

Samples monthlyReport(Database &db, int runs)
{
    const ReportPeriod period = busiestMonth(db);
    QTemporaryDir dir;
    qint64 bytes = 0;
    int pages = 0;
    qint64 cases = 0;
    QVector<double> figures;
    QHash<int, double> sections; // section number -> slowest time
    auto app = [&](int i) {
        QElapsedTimer t;
        t.start();
        QElapsedTimer section;
        section.start();
        const auto summary = MonthlySummaryBuilder::compute(
            db, period, Clock::instance().nowUtc(), [&](int done, int) {
                const double ms = msSince(section);
                sections[done] = std::max(sections.value(done), ms);
                section.restart();
                return true;
            });
        if (!summary)
            fail(summary.error());
        figures << msSince(t);
        const auto identity = ReportIdentity::load(db);
        if (!identity)
            fail(identity.error());
        ReportOptions options;
        options.language = QStringLiteral("ar");
        options.identity = *identity;
        const MonthlyReportPdf pdf(*summary, options);
        QSaveFile file(dir.filePath(QStringLiteral("report-%1.pdf").arg(i)));
        if (!file.open(QIODevice::WriteOnly))
            fail(file.errorString());
        if (const Status st = pdf.write(&file); !st)
            fail(st.error());
        if (!file.commit())
            fail(file.errorString());
        bytes = QFileInfo(file.fileName()).size();
        pages = pdf.pageCount();
        cases = summary->current.casesReceived;
    };
    Samples s;
    measure(s, runs, 1, app, {});
    s.info = QStringLiteral("%1: %2 cases; PDF of %3 pages, %4 KB (Arabic); the figures "
                            "(MonthlySummaryBuilder) take %5 ms of it (median)")
                 .arg(period.code())
                 .arg(cases)
                 .arg(pages)
                 .arg(bytes / 1024)
                 .arg(median(figures), 0, 'f', 0);
    QVector<std::pair<double, int>> bySection;
    for (auto it = sections.cbegin(); it != sections.cend(); ++it)
        bySection << std::pair(it.value(), it.key());
    std::sort(bySection.begin(), bySection.end(), std::greater<>());
    QStringList slowest;
    for (int k = 0; k < std::min(3, int(bySection.size())); ++k)
        slowest << QStringLiteral("#%1 %2 ms")
                       .arg(bySection.at(k).second)
                       .arg(bySection.at(k).first, 0, 'f', 0);
    s.info += QStringLiteral("; slowest sections of MonthlySummaryBuilder: %1")
                  .arg(slowest.join(QStringLiteral(", ")));
    return s;
}

QJsonArray toJson(const QVector<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a << x;
    return a;
}

} // namespace

namespace BenchPaths {

const QStringList &inProcess()
{
    static const QStringList names = {
        QStringLiteral("search_name"),   QStringLiteral("search_id"),
        QStringLiteral("search_phone"),  QStringLiteral("step_save"),
        QStringLiteral("desk_open"),     QStringLiteral("case_list_open"),
        QStringLiteral("monthly_report")};
    return names;
}

bool needsGui(const QString &path)
{
    return path == QLatin1String("desk_open") || path == QLatin1String("case_list_open") ||
           path == QLatin1String("monthly_report");
}

int run(const QString &path, const QString &database, const QDateTime &dataNow, int runs)
{
    const BenchClock clock(dataNow);
    Clock::install(&clock);
    if (needsGui(path)) {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        if (!app)
            fail(QStringLiteral("%1 needs a QApplication").arg(path));
        Application::applyLanguage(*app, QStringLiteral("ar"));
    }
    Samples s;
    {
        Database db;
        if (const Status st = db.open(database); !st)
            fail(st.error());
        if (path == QLatin1String("search_name"))
            s = searchName(db, runs);
        else if (path == QLatin1String("search_id"))
            s = searchNumber(db, runs, false);
        else if (path == QLatin1String("search_phone"))
            s = searchNumber(db, runs, true);
        else if (path == QLatin1String("step_save"))
            s = stepSave(db, runs);
        else if (path == QLatin1String("desk_open"))
            s = deskOpen(db, runs, false);
        else if (path == QLatin1String("case_list_open"))
            s = deskOpen(db, runs, true);
        else if (path == QLatin1String("monthly_report"))
            s = monthlyReport(db, runs);
        else
            fail(QStringLiteral("unknown path %1").arg(path));
    }
    Clock::install(nullptr);
    const QJsonObject out{{QStringLiteral("samples"), toJson(s.app)},
                          {QStringLiteral("floor"), toJson(s.floor)},
                          {QStringLiteral("info"), s.info},
                          {QStringLiteral("peak_rss_kb"), qint64(StartupProbe::peakResidentKb())}};
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace BenchPaths
