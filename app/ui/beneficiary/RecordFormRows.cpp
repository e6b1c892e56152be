#include "ui/beneficiary/RecordFormRows.h"

#include "ui/widgets/ValidatedLineEdit.h"

#include <QGridLayout>
#include <QLabel>
#include <QLayoutItem>
#include <QWidget>

#include <utility>
#include <vector>

namespace {

constexpr int kRecordPairsPerRow = 3;
constexpr int kRecordMessageLines = 1;
constexpr int kNameRows = 2;

// The label and field names, in reading (and tab) order.
const std::pair<const char *, const char *> kRecordPairs[] = {
    {"firstNameLabel", "firstNameEdit"},
    {"fatherNameLabel", "fatherNameEdit"},
    {"grandfatherNameLabel", "grandfatherNameEdit"},
    {"familyNameLabel", "familyNameEdit"},
    {"idTypeLabel", "idTypeCombo"},
    {"idNumberLabel", "idNumberLayout"},
    {"phoneLabel", "phoneEdit"},
    {"birthDateLabel", "birthDateEdit"},
    {"genderLabel", "genderCombo"},
    {"nationalityLabel", "nationalityCombo"},
    {"familySizeLabel", "familySizeEdit"},
    {"incomeLabel", "incomeEdit"},
    {"cityLabel", "cityEdit"},
    {"districtLabel", "districtEdit"},
    {"consentPurposeLabel", "consentPurposeEdit"},
};

bool isNamed(QLayoutItem *item, const char *name)
{
    const QObject *o = item->widget() ? static_cast<const QObject *>(item->widget())
                                      : static_cast<const QObject *>(item->layout());
    return o && o->objectName() == QLatin1String(name);
}

// Puts an item into the grid; a layout through addLayout, which makes the
// grid its parent again (takeAt gave it up).
void placeItem(QGridLayout *grid, QLayoutItem *item, int row, int column, int columnSpan = 1,
               Qt::Alignment alignment = {})
{
    if (QLayout *layout = item->layout()) {
        grid->addLayout(layout, row, column, 1, columnSpan, alignment);
        return;
    }
    grid->addItem(item, row, column, 1, columnSpan, alignment);
}

} // namespace

namespace RecordFormRows {

void arrange(QWidget *form, QGridLayout *grid)
{
    std::vector<QLayoutItem *> items;
    while (QLayoutItem *item = grid->takeAt(0))
        items.push_back(item);
    const auto take = [&](const char *name) -> QLayoutItem * {
        for (auto it = items.begin(); it != items.end(); ++it) {
            if (isNamed(*it, name)) {
                QLayoutItem *found = *it;
                items.erase(it);
                return found;
            }
        }
        return nullptr;
    };
    for (int c = 0; c < 2 * kRecordPairsPerRow; ++c)
        grid->setColumnStretch(c, c % 2);
    grid->setVerticalSpacing(4);

    // The name's message has a line of its own under the name's rows; the
    // fields' messages one line each (longer ones end in "…", whole in their
    // tooltip): the rows stay where they are whatever is said.
    QLayoutItem *nameMessage = take("nameMessage");
    if (nameMessage && nameMessage->widget()) {
        auto *label = qobject_cast<QLabel *>(nameMessage->widget());
        if (label) {
            label->setWordWrap(false);
            label->setFixedHeight(label->fontMetrics().lineSpacing());
        }
    }
    for (ValidatedLineEdit *field : form->findChildren<ValidatedLineEdit *>())
        field->setMessageLines(kRecordMessageLines);

    // Rows of three: a label, its field; all at the top of their row, as the
    // fields with a message under them are taller.
    int i = 0;
    for (const auto &[labelName, fieldName] : kRecordPairs) {
        QLayoutItem *label = take(labelName);
        QLayoutItem *field = take(fieldName);
        // The name's four parts fill the first two rows; its message follows.
        const int row = i / kRecordPairsPerRow + (i / kRecordPairsPerRow >= kNameRows ? 1 : 0);
        const int column = 2 * (i % kRecordPairsPerRow);
        if (label)
            placeItem(grid, label, row, column, 1, Qt::AlignTop);
        if (field)
            placeItem(grid, field, row, column + 1, 1, Qt::AlignTop);
        ++i;
    }
    if (nameMessage)
        placeItem(grid, nameMessage, kNameRows, 0, 2 * kRecordPairsPerRow);
    int row = (i + kRecordPairsPerRow - 1) / kRecordPairsPerRow + 1;
    // Under the purpose, the consent to it (its words are long: five
    // columns) and the privacy notice given with it.
    if (QLayoutItem *consent = take("consentCheck"))
        placeItem(grid, consent, row, 0, 2 * kRecordPairsPerRow - 1);
    if (QLayoutItem *notice = take("privacyNoticeButton"))
        placeItem(grid, notice, row, 2 * kRecordPairsPerRow - 1, 1, Qt::AlignLeading);
    ++row;
    for (QLayoutItem *rest : items)
        placeItem(grid, rest, row++, 0, 2 * kRecordPairsPerRow);

    // Tab order: the consent, then its purpose (enabled by it) and the notice.
    const auto child = [form](const char *name) {
        return form->findChild<QWidget *>(QLatin1String(name));
    };
    QWidget *district = child("districtEdit");
    QWidget *notice = child("privacyNoticeButton");
    QWidget *consent = child("consentCheck");
    QWidget *purpose = child("consentPurposeEdit");
    if (district && notice && consent && purpose) {
        QWidget::setTabOrder(district, consent);
        QWidget::setTabOrder(consent, purpose);
        QWidget::setTabOrder(purpose, notice);
    }
}

} // namespace RecordFormRows
