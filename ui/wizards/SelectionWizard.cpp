#include "wizards/SelectionWizard.h"

#include "DiscardQuestion.h"
#include "MessageBox.h"
#include "models/CandidateTableModel.h"
#include "storage/CycleRepository.h"
#include "wizards/CandidatesPage.h"
#include "wizards/FinishAndPrint.h"
#include "wizards/SelectionReviewPage.h"

SelectionWizard::SelectionWizard(Workspace &workspace, qint64 cycleId, QWidget *parent)
    : QWizard(parent)
    , m_selection(workspace)
    , m_cycleId(cycleId)
    , m_model(new CandidateTableModel(this))
{
    auto cycle = CycleRepository(workspace).find(cycleId);
    setWindowTitle(cycle ? tr("Case selection — cycle %1 of %2").arg(cycle->number).arg(cycle->year) : tr("Case selection"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    if (auto candidates = m_selection.candidates(cycleId))
        m_model->setRows(*candidates);
    connect(m_model, &CandidateTableModel::selectionChanged, this, [this] { m_changed = true; });
    addPage(new CandidatesPage(this));
    addPage(new SelectionReviewPage(this));
    resize(1100, 640);
    // After selection the technical team visits the families with blank worksheets.
    FinishAndPrint::install(this, workspace, cycleId, [] {
        DocumentRequest request;
        request.kind = DocumentKind::Worksheet;
        return request;
    });
}

void SelectionWizard::accept()
{
    auto codes = m_selection.select(m_cycleId, m_model->rows());
    if (!codes) {
        MessageBox::critical(this, windowTitle(), tr("The selection could not be saved; nothing was changed.\n\n%1").arg(codes.error()));
        return;
    }
    m_codes = *codes;
    m_changed = false;
    QWizard::accept();
}

void SelectionWizard::reject()
{
    if (m_changed
        && !DiscardQuestion::confirmed(this, windowTitle(), tr("Discard the cases you selected?")))
        return;
    QWizard::reject();
}
