#include "InternalCopiesDialog.h"

#include "documents/DocumentKind.h"
#include "domain/DateText.h"
#include "storage/CycleRepository.h"
#include "storage/PrintRecordRepository.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

InternalCopiesDialog::InternalCopiesDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Internal copies made"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("By"), tr("Document"), tr("Cycle"), tr("Case"), tr("Where it went")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    QHash<qint64, QString> cycles;
    for (const Cycle &cycle : CycleRepository(workspace).all().value_or({}))
        cycles.insert(cycle.id, tr("Cycle %1 of %2").arg(cycle.number).arg(cycle.year));
    const auto records = PrintRecordRepository(workspace).all();
    for (const PrintRecord &record : records.value_or({})) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const auto kind = DocumentKinds::fromCode(record.documentKind);
        const QStringList cells = {DateText::shortDate(record.printedAt.date()) + QLatin1Char(' ') + record.printedAt.time().toString(QStringLiteral("HH.mm")),
                                   record.printedBy,
                                   kind ? DocumentKinds::displayName(*kind) : record.documentKind,
                                   cycles.value(record.cycleId),
                                   record.caseCode,
                                   QDir::toNativeSeparators(record.destination)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();

    auto *note = new QLabel(records ? tr("Every internal copy with the families' identities printed, previewed or saved as PDF, newest first.")
                                    : records.error(),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 420);
}
