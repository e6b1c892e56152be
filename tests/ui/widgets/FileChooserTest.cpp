// Qt's own file dialog in Arabic (issue 14): sizes, dates and kinds in the
// interface's language and digits, the path boxes left to right, and buttons
// wide enough for their words.
#include "UiTestSupport.h"

#include "ui/widgets/FileChooser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileSystemModel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>

TEST_CASE("Qt's file dialog lists sizes, dates and folders in Arabic, paths left to right", "[gui]")
{
    Application::applyLanguage(UiTest::app(), QStringLiteral("ar"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("report.pdf")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(QByteArray(33000, 'x')) == 33000);
    file.close();
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("old reports")));

    std::unique_ptr<QFileDialog> d(FileChooser::dialog(
        nullptr, QStringLiteral("Export"), dir.path(), QStringLiteral("PDF (*.pdf)"),
        QFileDialog::AcceptSave, QFileDialog::DontUseNativeDialog));
    d->show();
    REQUIRE(QTest::qWaitForWindowExposed(d.get()));
    auto *files = d->findChild<QFileSystemModel *>();
    REQUIRE(files);
    QAbstractItemModel *shown = d->proxyModel();
    REQUIRE(shown);
    const auto row = [&](const QString &name) {
        const QModelIndex at = qobject_cast<QAbstractProxyModel *>(shown)->mapFromSource(
            files->index(QDir(dir.path()).filePath(name)));
        return at;
    };
    QTRY_VERIFY_WITH_TIMEOUT(row(QStringLiteral("report.pdf")).isValid() &&
                                 row(QStringLiteral("old reports")).isValid(),
                             10000);
    const QModelIndex pdf = row(QStringLiteral("report.pdf"));
    const QModelIndex folder = row(QStringLiteral("old reports"));
    const auto text = [&](const QModelIndex &at, int column) {
        return shown->index(at.row(), column, at.parent()).data().toString();
    };
    const QRegularExpression latinDigit(QStringLiteral("[0-9]"));
    const QRegularExpression arabicDigit(QStringLiteral("[٠-٩]"));
    // 33,000 bytes: 32.2 KB, in Arabic words and digits (Qt's: "32.23 KiB").
    INFO(text(pdf, 1).toStdString());
    CHECK(text(pdf, 1).contains(QString::fromUtf8("٣٢٫٢")));
    CHECK(text(pdf, 1).contains(QString::fromUtf8("كيلوبايت")));
    CHECK_FALSE(text(pdf, 1).contains(latinDigit));
    // The date in the interface's digits (Qt's: "12/7/26 8:15 PM").
    INFO(text(pdf, 3).toStdString());
    CHECK(text(pdf, 3).contains(arabicDigit));
    CHECK_FALSE(text(pdf, 3).contains(latinDigit));
    // A folder is called one (Qt's: "Folder").
    CHECK(text(folder, 2) == QString::fromUtf8("مجلد"));

    // The folder's path reads left to right in the "look in" box.
    auto *lookIn = d->findChild<QComboBox *>(QStringLiteral("lookInCombo"));
    REQUIRE(lookIn);
    CHECK(lookIn->layoutDirection() == Qt::LeftToRight);
    CHECK(d->layoutDirection() == Qt::RightToLeft);

    // Each button holds its whole word beside its icon.
    auto *box = d->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    REQUIRE(box);
    REQUIRE_FALSE(box->buttons().isEmpty());
    for (QAbstractButton *b : box->buttons()) {
        INFO(b->text().toStdString() << ": " << b->width() << " px");
        CHECK(b->width() >=
              b->fontMetrics().horizontalAdvance(b->text()) + b->iconSize().width() + 8);
    }
}
