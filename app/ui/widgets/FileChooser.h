// Choosing a file to open or save, in the interface's language (issue 14).
// Where the system offers no file dialog of its own (no desktop theme, as
// under Xvfb), Qt draws its widget dialog, whose file list formats sizes and
// dates with the C locale ("KiB 32.07" in an Arabic row), names a folder in
// English and shows the "look in" path right to left. This dialog is that
// one, with its list read through FileListText (sizes, dates and kinds in the
// interface's language and digits), the path boxes left to right, and its
// buttons wide enough for their Arabic words.
#pragma once

#include <QFileDialog>
#include <QIdentityProxyModel>
#include <QString>

// The file list's size, kind and date columns, as a person reads them.
class FileListText final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override;

    // "٣٢٫١ كيلوبايت" in Arabic, "32.1 KB" in English.
    static QString size(qint64 bytes);
};

namespace FileChooser {

// The dialog, set up and not shown yet (for tests and for the functions below).
QFileDialog *dialog(QWidget *parent, const QString &caption, const QString &start,
                    const QString &filter, QFileDialog::AcceptMode mode,
                    QFileDialog::Options options = {});
// The chosen file, or empty when the person cancelled.
QString saveFileName(QWidget *parent, const QString &caption, const QString &start,
                     const QString &filter, QFileDialog::Options options = {});
QString openFileName(QWidget *parent, const QString &caption, const QString &start,
                     const QString &filter);

} // namespace FileChooser
