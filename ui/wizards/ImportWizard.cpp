#include "wizards/ImportWizard.h"

#include "BackgroundTask.h"
#include "DiscardQuestion.h"
#include "MessageBox.h"
#include "importing/ImportMappings.h"
#include "storage/RegionRepository.h"
#include "storage/Workspace.h"
#include "wizards/ImportConfirmPage.h"
#include "wizards/ImportDuplicatesPage.h"
#include "wizards/ImportFilePage.h"
#include "wizards/ImportMappingPage.h"
#include "wizards/ImportPreviewPage.h"


ImportWizard::ImportWizard(Workspace &workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Import subjects and measurements"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    RegionRepository regions(workspace);
    for (const Desa &desa : regions.desa().value_or({}))
        m_desaNames.insert(desa.id, desa.name);
    for (const Posyandu &posyandu : regions.posyandu().value_or({}))
        m_posyanduNames.insert(posyandu.id, posyandu.name);
    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(PreviewPage, new ImportPreviewPage(this));
    setPage(DuplicatesPage, new ImportDuplicatesPage(this));
    setPage(ConfirmPage, new ImportConfirmPage(this));
    resize(1100, 660);
}

void ImportWizard::setFile(const QString &path, TargetGroup group, DataSource source)
{
    m_path = path;
    m_group = group;
    m_source = source;
}

bool ImportWizard::buildPlan(const ColumnMapping &mapping)
{
    auto lookup = ImportLookup::load(m_workspace, m_group);
    if (!lookup) {
        MessageBox::critical(this, windowTitle(), lookup.error());
        return false;
    }
    const ImportLookup &rules = *lookup;
    auto plan = BackgroundTask::run<Result<ImportPlan>>(this, tr("Checking every row…"), [&](const auto &progress) {
        return ImportPlan::build(rules, m_table, m_group, m_source, mapping, progress);
    });
    if (!plan) {
        MessageBox::warning(this, windowTitle(), plan.error());
        return false;
    }
    m_plan = std::move(plan).value();
    m_skipRejected = false;
    return true;
}

int ImportWizard::nextId() const
{
    if (currentId() == PreviewPage)
        return m_plan.duplicateCount() > 0 ? DuplicatesPage : ConfirmPage;
    return QWizard::nextId();
}

void ImportWizard::accept()
{
    // Stored on another thread, through a connection of its own (Qt's connections belong to one
    // thread), so that the window stays responsive and Cancel works on the largest files.
    const QString path = m_workspace.path();
    auto counts = BackgroundTask::run<Result<ImportRunner::Counts>>(this, tr("Storing the rows…"), [&](const auto &progress) {
        auto connection = Workspace::open(path);
        return connection ? ImportRunner::write(**connection, m_plan, m_skipRejected, progress) : Result<ImportRunner::Counts>(Error{connection.error()});
    });
    if (!counts) {
        MessageBox::critical(this, windowTitle(), tr("Nothing was imported; the workspace is as it was.\n\n%1").arg(counts.error()));
        return;
    }
    m_counts = *counts;
    if (m_rememberMapping)
        ImportMappings(m_workspace).remember(enumCode(m_source), m_plan.mapping, m_plan.header);
    QWizard::accept();
}

void ImportWizard::reject()
{
    if (currentId() != FilePage
        && !DiscardQuestion::confirmed(this, windowTitle(), tr("Stop this import? Nothing has been stored yet.")))
        return;
    QWizard::reject();
}
