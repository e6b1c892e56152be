// What the seven step pages of the case screen share: the services they call
// (CaseDesk for every change, one transaction per call; DeskQueries for what
// they read), the case they show, and the keyboard rule that Enter moves on
// (to the next field, and from the last field of the page to the next step).
//
// The screen shows a page with showCase(); a page that may be edited saves
// what was changed on it when it is left (save()). A page that changes the
// case itself (e.g. a beneficiary chosen, a declaration recorded) says so with
// caseChanged(); its own failures and notes go out through reported().
#pragma once

#include "core/CaseContext.h"
#include "core/Result.h"
#include "reports/CaseDocument.h"
#include "services/CaseDesk.h"
#include "services/DeskQueries.h"

#include <QWidget>

class Database;
class Session;

// The services the case screen and its pages work through.
struct CaseServices
{
    CaseServices(Database &database, const Session &deskSession)
        : db(database), session(deskSession), desk(database, deskSession),
          queries(database, deskSession)
    {}
    CaseServices(const CaseServices &) = delete;
    CaseServices &operator=(const CaseServices &) = delete;

    Database &db;
    const Session &session;
    CaseDesk desk;
    DeskQueries queries;
};

class CaseStepPage : public QWidget
{
    Q_OBJECT

public:
    Step step() const { return m_step; }
    qint64 caseId() const { return m_ctx.theCase.id; }
    const CaseContext &context() const { return m_ctx; }
    bool isEditable() const { return m_editable; }

    // Shows the case; editable is false when the case is not at this page's
    // step or can no longer change (the page is then only for reading and
    // printing).
    void showCase(const CaseContext &ctx, bool editable);
    // Saves what was changed on the page; nothing when not editable.
    virtual Status save() = 0;
    // Puts the cursor in the page's first field.
    virtual void focusFirstField();
    // What Ctrl+Enter does on the page as it is now ("next step"): the one
    // source of the key's hint, for the page's own text and the keys bar.
    virtual QString nextKeyMeaning() const;

    // The case as the page's fields show it now, saved or not: the screen
    // judges what blocks the next step on it while the person types.
    virtual CaseContext onScreen() const { return m_ctx; }
    // What saving would refuse in what is typed now (in words), beside the
    // workflow's own requirements.
    virtual QStringList refusals() const { return {}; }
    // What saving the page will do that the person may not expect (e.g.
    // register the new beneficiary typed), in words; empty when nothing.
    virtual QString whatSaveDoes() const { return {}; }

signals:
    // The page changed the case itself: the screen reads it again.
    void caseChanged();
    // A field was changed on the screen (nothing saved): onScreen() differs.
    void edited();
    // Enter on the page's last field: the screen moves on.
    void finished();
    // A failure (in words) or a note for the screen's message area.
    void reported(const QString &text, bool isError);

protected:
    CaseStepPage(Step step, CaseServices &services, QWidget *parent);

    CaseServices &services() const { return m_services; }
    // Fills the page from context(); isEditable() tells whether it may change.
    virtual void load() = 0;
    // Reports a failed status; true when it succeeded.
    bool check(const Status &status);
    // Enter pressed in focus: true when the page acted on it itself (e.g.
    // Enter in an answer field gives the answer), so it does not move on.
    virtual bool handleEnter(QWidget *focus);
    // What the printed papers show for this case.
    CaseDocumentData documentData() const;
    // Prints (through the preview) or saves one of the case's papers, and
    // records it against the person (services/CasePapers). saved: the path
    // written, empty when the person cancelled.
    Status printPaper(CaseDocument::Kind kind);
    Result<QString> savePaper(CaseDocument::Kind kind);
    // A staff member's name as people know it.
    QString staffName(qint64 userId) const;

    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

    // The next field in the focus chain that Enter moves to: visible, enabled,
    // not a push button.
    QWidget *nextFieldAfter(QWidget *current) const;

private:
    void alignValues();

    Step m_step;
    CaseServices &m_services;
    CaseContext m_ctx;
    bool m_editable = false;
};
