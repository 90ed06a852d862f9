#include "wizards/TeamWizard.h"

#include "DiscardQuestion.h"
#include "MessageBox.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RegionRepository.h"
#include "storage/TeamStore.h"
#include "wizards/DecreePage.h"
#include "wizards/FinishAndPrint.h"
#include "wizards/MembersPage.h"
#include "wizards/TeamReviewPage.h"

TeamWizard::TeamWizard(Workspace &workspace, qint64 cycleId, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_cycleId(cycleId)
{
    auto cycle = CycleRepository(workspace).find(cycleId);
    setWindowTitle(cycle ? tr("Team formation — cycle %1 of %2").arg(cycle->number).arg(cycle->year) : tr("Team formation"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    if (auto loaded = TeamStore(workspace).load(cycleId))
        m_draft = *loaded;
    m_choices.people = PeopleRepository(workspace).people().value_or({});
    m_choices.agencies = PeopleRepository(workspace).agencies().value_or({});
    m_choices.kecamatan = RegionRepository(workspace).kecamatan().value_or({});
    m_choices.desa = RegionRepository(workspace).desa().value_or({});

    addPage(new DecreePage(this));
    addPage(new MembersPage(this));
    addPage(new TeamReviewPage(this));
    resize(860, 600);
    FinishAndPrint::install(this, workspace, cycleId, [cycleId] {
        DocumentRequest request;
        request.kind = DocumentKind::Decree;
        request.cycleId = cycleId;
        return request;
    });
}

bool TeamWizard::reusePreviousTeam()
{
    auto previous = TeamStore(m_workspace).previousTeam(m_cycleId);
    if (!previous || previous->members.isEmpty())
        return false;
    const Decree current = m_draft.decree;
    m_draft = *previous;
    m_draft.decree.id = current.id;
    m_draft.decree.uuid = current.uuid;
    m_draft.decree.number = current.number;
    m_draft.decree.date = current.date;
    m_changed = true;
    Q_EMIT draftReplaced();
    return true;
}

void TeamWizard::accept()
{
    if (Status saved = TeamStore(m_workspace).save(m_cycleId, m_draft); !saved) {
        MessageBox::critical(this, windowTitle(), tr("The team could not be saved; nothing was changed.\n\n%1").arg(saved.error()));
        return;
    }
    m_changed = false;
    QWizard::accept();
}

void TeamWizard::reject()
{
    if (m_changed
        && !DiscardQuestion::confirmed(this, windowTitle(), tr("Discard the changes to the decree and the team?")))
        return;
    QWizard::reject();
}
