#include "wizards/MembersPage.h"

#include "DialogHook.h"
#include "models/TeamMemberTableModel.h"
#include "wizards/PersonDialog.h"
#include "wizards/TeamWizard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <functional>

namespace {
std::function<void(PersonDialog &)> g_dialogHook;
}

void MembersPage::setDialogHook(std::function<void(PersonDialog &)> hook)
{
    g_dialogHook = std::move(hook);
}

MembersPage::MembersPage(TeamWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_model(new TeamMemberTableModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add member…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setTitle(tr("Team members"));
    setSubTitle(tr("Pick people the workspace already knows, or add new ones, each with their role in the team."));
    QMap<qint64, QString> agencies;
    for (const Agency &agency : wizard->choices().agencies)
        agencies.insert(agency.id, agency.displayName());
    QMap<qint64, QString> desa;
    for (const Desa &d : wizard->choices().desa)
        desa.insert(d.id, d.name);
    m_model->setNames(agencies, desa);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { edit(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(m_view->currentIndex().row()); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { edit(index.row()); });
    connect(m_remove, &QPushButton::clicked, this, &MembersPage::remove);
    connect(m_wizard, &TeamWizard::draftReplaced, this, &MembersPage::refresh);
}

void MembersPage::initializePage()
{
    refresh();
}

void MembersPage::refresh()
{
    m_model->setRows(m_wizard->draft().members);
    m_view->resizeColumnsToContents();
}

void MembersPage::edit(int row)
{
    QList<DraftMember> &members = m_wizard->draft().members;
    if (row >= members.size())
        return;
    PersonDialog dialog(m_wizard->choices(), row >= 0 ? members.at(row) : DraftMember{}, this);
    execOrHook(dialog, g_dialogHook);
    if (dialog.result() != QDialog::Accepted)
        return;
    if (row >= 0)
        members[row] = dialog.member();
    else
        members.append(dialog.member());
    m_wizard->markChanged();
    refresh();
}

void MembersPage::remove()
{
    const int row = m_view->currentIndex().row();
    QList<DraftMember> &members = m_wizard->draft().members;
    if (row < 0 || row >= members.size())
        return;
    members.removeAt(row);
    m_wizard->markChanged();
    refresh();
}
