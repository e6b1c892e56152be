// A one-line field that checks what is typed while it is typed and says in
// words, under the field, what is wrong or what it understood (DESIGN.md 6:
// live validation in words). Subclasses give the rule: NationalIdEdit,
// PhoneEdit, DualDateEdit. While the text can still become valid (fewer
// digits than needed) it is "incomplete" and only a hint shows; when the field
// is left incomplete, the reason shows.
//
// The child widgets are named "edit" (the QLineEdit) and "messageLabel".
#pragma once

#include <QWidget>

#include <memory>

class QLineEdit;

namespace Ui {
class ValidatedLineEdit;
}

class ValidatedLineEdit : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged USER true)

public:
    enum class State
    {
        Empty,
        Incomplete, // can still become valid by typing more
        Invalid,
        Valid
    };
    Q_ENUM(State)

    ~ValidatedLineEdit() override;

    QString text() const;
    void setText(const QString &text);
    void clear();

    State state() const { return m_state; }
    bool isValid() const { return m_state == State::Valid; }
    // Valid, but the message under the field is a warning to check (shown as
    // such, not as an error): the value can still be saved.
    bool hasWarning() const { return m_warning; }
    // What the message under the field says now.
    QString message() const;

    QLineEdit *lineEdit() const;
    void setPlaceholderText(const QString &text);
    // Gives the message under the field exactly this many lines, so that no
    // message ever pushes the fields below under the pointer: a longer one
    // ends in "…", whole in the tooltip and the field's accessible
    // description. Unset, the message takes the lines it needs.
    void setMessageLines(int lines);

signals:
    void textChanged(const QString &text);
    void stateChanged(ValidatedLineEdit::State state);
    void editingFinished();
    void returnPressed();

protected:
    struct Verdict
    {
        State state = State::Empty;
        QString message;
        bool warning = false; // a Valid text whose message is a warning
    };

    explicit ValidatedLineEdit(QWidget *parent = nullptr);

    // The verdict on text; finished is true once the person left the field
    // (an incomplete text is then invalid, with its reason).
    virtual Verdict judge(const QString &text, bool finished) const = 0;
    // Called after every new verdict, before the signals.
    virtual void verdictChanged() {}
    // Checks the text again (after a rule or the language changed).
    void revalidate();

    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onTextEdited();
    void onEditingFinished();
    void apply(const Verdict &verdict);
    void updateLook();
    void updateAlignment();
    void showMessage();

    std::unique_ptr<Ui::ValidatedLineEdit> m_ui;
    State m_state = State::Empty;
    bool m_warning = false;
    bool m_finished = false;
    QString m_message;
    int m_messageLines = 0; // 0: as many as the message needs
};
