#include "ui/widgets/FileChooser.h"

#include "core/DeskText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace {

// The columns of QFileSystemModel.
enum FileListColumn
{
    FileNameColumn = 0,
    FileSizeColumn = 1,
    FileKindColumn = 2,
    FileDateColumn = 3
};

QLocale fileListLocale()
{
    return DeskText::isArabic() ? QLocale(QLocale::Arabic, QLocale::SaudiArabia)
                                : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

QString FileListText::size(qint64 bytes)
{
    const QLocale locale = fileListLocale();
    if (bytes < 1024)
        return tr("%1 bytes").arg(DeskText::number(bytes));
    const double kb = bytes / 1024.0;
    if (kb < 1024)
        return tr("%1 KB").arg(locale.toString(kb, 'f', 1));
    const double mb = kb / 1024.0;
    if (mb < 1024)
        return tr("%1 MB").arg(locale.toString(mb, 'f', 1));
    return tr("%1 GB").arg(locale.toString(mb / 1024.0, 'f', 1));
}

QVariant FileListText::data(const QModelIndex &index, int role) const
{
    auto *files = qobject_cast<QFileSystemModel *>(sourceModel());
    if (role != Qt::DisplayRole || !files || !index.isValid() || index.column() == FileNameColumn)
        return QIdentityProxyModel::data(index, role);
    const QFileInfo info = files->fileInfo(mapToSource(index));
    switch (index.column()) {
    case FileSizeColumn:
        return info.isDir() ? QString() : size(info.size());
    case FileKindColumn:
        if (info.isDir())
            return tr("Folder");
        return info.suffix().isEmpty()
                   ? tr("File")
                   : tr("%1 file").arg(DeskText::leftToRight(info.suffix().toUpper()));
    case FileDateColumn:
        return DeskText::dateTime(info.lastModified().toUTC());
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

namespace FileChooser {

QFileDialog *dialog(QWidget *parent, const QString &caption, const QString &start,
                    const QString &filter, QFileDialog::AcceptMode mode,
                    QFileDialog::Options options)
{
    auto *d = new QFileDialog(parent, caption, start, filter);
    d->setAcceptMode(mode);
    d->setFileMode(mode == QFileDialog::AcceptSave ? QFileDialog::AnyFile
                                                   : QFileDialog::ExistingFile);
    d->setOptions(options);
    // Only Qt's own dialog reads its list through a proxy; a system dialog
    // formats its list itself.
    d->setProxyModel(new FileListText(d));
    // Paths read left to right in either language.
    for (const char *name : {"lookInCombo", "fileNameEdit"}) {
        if (auto *w = d->findChild<QWidget *>(QLatin1String(name)))
            w->setLayoutDirection(Qt::LeftToRight);
    }
    // Room for the whole word beside the icon ("احفظ", "ألغِ").
    if (auto *box = d->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))) {
        for (QAbstractButton *b : box->buttons()) {
            const int wanted = b->fontMetrics().horizontalAdvance(b->text()) +
                               b->iconSize().width() + 4 * b->fontMetrics().averageCharWidth();
            b->setMinimumWidth(qMax(b->minimumWidth(), wanted));
        }
    }
    return d;
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &start,
                     const QString &filter, QFileDialog::Options options)
{
    QFileDialog *d = dialog(parent, caption, start, filter, QFileDialog::AcceptSave, options);
    const bool chosen = d->exec() == QDialog::Accepted && !d->selectedFiles().isEmpty();
    const QString path = chosen ? d->selectedFiles().first() : QString();
    delete d;
    return path;
}

QString openFileName(QWidget *parent, const QString &caption, const QString &start,
                     const QString &filter)
{
    QFileDialog *d = dialog(parent, caption, start, filter, QFileDialog::AcceptOpen);
    const bool chosen = d->exec() == QDialog::Accepted && !d->selectedFiles().isEmpty();
    const QString path = chosen ? d->selectedFiles().first() : QString();
    delete d;
    return path;
}

} // namespace FileChooser
