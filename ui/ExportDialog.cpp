#include "ExportDialog.h"

#include "BackgroundTask.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "exporting/ExportFile.h"
#include "storage/CycleRepository.h"
#include "storage/ExportRepository.h"
#include "storage/Workspace.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {
QString explanation(ExportContent content)
{
    switch (content) {
    case ExportContent::Subjects:
        return ExportDialog::tr("Names, NIK, birth dates and addresses, for correcting data. Keep the file safe.");
    case ExportContent::Measurements:
        return ExportDialog::tr("Every measurement with its z-scores, and the subject's name and NIK.");
    case ExportContent::Cases:
        return ExportDialog::tr("Case codes, groups, places, reasons and outcomes, without names: fit to share.");
    }
    return {};
}
}

ExportDialog::ExportDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_contents(new QButtonGroup(this))
    , m_cycle(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_export(new QPushButton(tr("Export…"), this))
{
    setWindowTitle(tr("Export to a spreadsheet"));
    auto *contentBox = new QGroupBox(tr("What to export"), this);
    auto *contentLayout = new QVBoxLayout(contentBox);
    for (ExportContent content : enumValues<ExportContent>()) {
        auto *button = new QRadioButton(enumName(content), contentBox);
        auto *note = new QLabel(explanation(content), contentBox);
        note->setWordWrap(true);
        note->setContentsMargins(24, 0, 0, 6);
        note->setForegroundRole(QPalette::PlaceholderText);
        m_contents->addButton(button, int(content));
        contentLayout->addWidget(button);
        contentLayout->addWidget(note);
    }
    m_contents->button(int(ExportContent::Subjects))->setChecked(true);

    addCycles();
    m_format->addItem(tr("Excel workbook (.xlsx)"), QStringLiteral("xlsx"));
    m_format->addItem(tr("CSV file for any spreadsheet (.csv)"), QStringLiteral("csv"));
    auto *form = new QFormLayout;
    form->addRow(tr("Cases of:"), m_cycle);
    form->addRow(tr("File type:"), m_format);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    m_export->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(contentBox);
    layout->addLayout(form);
    layout->addWidget(buttons);

    auto updateCycle = [this] { m_cycle->setEnabled(content() == ExportContent::Cases); };
    updateCycle();
    connect(m_contents, &QButtonGroup::idToggled, this, updateCycle);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::exportTable);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
}

QRadioButton *ExportDialog::contentButton(ExportContent content) const
{
    return qobject_cast<QRadioButton *>(m_contents->button(int(content)));
}

ExportContent ExportDialog::content() const
{
    return ExportContent(m_contents->checkedId());
}

void ExportDialog::addCycles()
{
    m_cycle->addItem(tr("All cycles"));
    if (auto cycles = CycleRepository(m_workspace).all()) {
        for (const Cycle &cycle : *cycles)
            m_cycle->addItem(tr("Cycle %1 of %2").arg(cycle.number).arg(cycle.year), cycle.id);
    }
}

void ExportDialog::exportTable()
{
    const bool xlsx = m_format->currentData().toString() == QLatin1String("xlsx");
    const QString path = FileDialog::saveFileName(this, tr("Export %1").arg(enumName(content())),
                                                  xlsx ? tr("Excel workbook (*.xlsx)") : tr("CSV file (*.csv)"),
                                                  xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv"));
    if (path.isEmpty())
        return;
    std::optional<qint64> cycleId;
    if (content() == ExportContent::Cases && m_cycle->currentData().isValid())
        cycleId = m_cycle->currentData().toLongLong();

    // Read and written on another thread, through a connection of its own, so that a large
    // table does not freeze the window.
    const QString workspacePath = m_workspace.path();
    const ExportContent what = content();
    const Result<int> rows = BackgroundTask::run<Result<int>>(this, tr("Exporting…"), [&](const auto &) -> Result<int> {
        auto connection = Workspace::openReadOnly(workspacePath);
        if (!connection)
            return Error{connection.error()};
        const Result<ExportTable> table = ExportRepository(**connection).table(what, cycleId);
        if (!table)
            return Error{table.error()};
        if (Status written = ExportFile::write(*table, path); !written)
            return Error{written.error()};
        return int(table->rows.size());
    });
    if (!rows) {
        MessageBox::critical(this, tr("Export"), rows.error());
        return;
    }
    m_written = path;
    MessageBox::information(this, tr("Export"), tr("Rows written to %1: %2.").arg(QDir::toNativeSeparators(path)).arg(*rows));
    accept();
}
