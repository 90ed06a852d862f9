#include "NewCycleDialog.h"

#include "storage/CycleRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

NewCycleDialog::NewCycleDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_year(new QSpinBox(this))
    , m_number(new QComboBox(this))
    , m_start(new QDateEdit(this))
    , m_end(new QDateEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("New audit cycle"));
    const QDate today = QDate::currentDate();
    m_year->setRange(2020, 2100);
    m_year->setValue(today.year());
    m_number->addItem(tr("Cycle 1 (January to June)"), 1);
    m_number->addItem(tr("Cycle 2 (July to December)"), 2);
    m_number->setCurrentIndex(today.month() >= 7 ? 1 : 0);
    for (QDateEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    }
    proposePeriod();
    m_problem->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Year:"), m_year);
    form->addRow(tr("Cycle:"), m_number);
    form->addRow(tr("Period from:"), m_start);
    form->addRow(tr("to:"), m_end);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_year, &QSpinBox::valueChanged, this, &NewCycleDialog::proposePeriod);
    connect(m_number, &QComboBox::currentIndexChanged, this, &NewCycleDialog::proposePeriod);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCycleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewCycleDialog::reject);
}

void NewCycleDialog::proposePeriod()
{
    const QDate start(m_year->value(), m_number->currentData().toInt() == 1 ? 1 : 7, 1);
    m_start->setDate(start);
    m_end->setDate(start.addMonths(6).addDays(-1));
}

void NewCycleDialog::accept()
{
    if (m_end->date() < m_start->date()) {
        m_problem->setText(tr("The period ends before it starts."));
        m_problem->show();
        return;
    }
    Cycle cycle;
    cycle.year = m_year->value();
    cycle.number = m_number->currentData().toInt();
    cycle.periodStart = m_start->date();
    cycle.periodEnd = m_end->date();
    cycle.status = CycleStatus::InProgress;
    CycleRepository cycles(m_workspace);
    if (auto existing = cycles.all()) {
        for (const Cycle &other : *existing) {
            if (other.year == cycle.year && other.number == cycle.number) {
                m_problem->setText(tr("Cycle %1 of %2 already exists in this workspace.").arg(cycle.number).arg(cycle.year));
                m_problem->show();
                return;
            }
        }
    }
    if (Status saved = cycles.save(cycle); !saved) {
        m_problem->setText(saved.error());
        m_problem->show();
        return;
    }
    m_cycle = cycle;
    QDialog::accept();
}
