#include "documents/RtlEvaluationSection.h"

#include "documents/DocumentComposer.h"
#include "domain/DateText.h"
#include "storage/ActionItemRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RtlRepository.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

Result<RtlEvaluationSection> RtlEvaluationSection::load(Workspace &workspace, qint64 cycleId)
{
    auto summary = CycleSummary::of(workspace, cycleId);
    if (!summary)
        return Error{summary.error()};
    auto rows = RtlRepository(workspace).items(cycleId);
    auto agencies = PeopleRepository(workspace).agencies();
    if (!rows || !agencies)
        return Error{!rows ? rows.error() : agencies.error()};

    RtlEvaluationSection section;
    section.m_summary = *summary;
    QHash<qint64, QString> agencyNames;
    for (const Agency &agency : *agencies)
        agencyNames.insert(agency.id, agency.name);
    ActionItemRepository items(workspace);
    for (const RtlItemRow &row : *rows) {
        auto evaluations = items.evaluations(row.item.id);
        if (!evaluations)
            return Error{evaluations.error()};
        Item item{row, agencyNames.value(row.item.agencyId, CycleSummary::tr("No agency")), std::nullopt};
        if (!evaluations->isEmpty())
            item.evaluation = evaluations->last();
        section.m_items.append(item);
    }
    // The summary's order of agencies: by name, items without an agency last.
    QStringList order;
    for (const CycleSummary::DoneShare &share : section.m_summary.byAgency)
        order.append(share.label);
    std::stable_sort(section.m_items.begin(), section.m_items.end(),
                     [&order](const Item &a, const Item &b) { return order.indexOf(a.agencyName) < order.indexOf(b.agencyName); });
    return section;
}

QString RtlEvaluationSection::share(int done, int total)
{
    if (total <= 0)
        return QStringLiteral("–");
    return QLocale().toString(100.0 * done / total, 'f', 1) + QStringLiteral(" %");
}

void RtlEvaluationSection::writeShares(DocumentComposer &composer, const QString &firstColumn, const QList<CycleSummary::DoneShare> &shares) const
{
    DocumentTable table({tr("No."), firstColumn, tr("Items"), tr("Done"), tr("Partly done"), tr("Not done"), tr("Not evaluated"), tr("Share done")},
                        {6, 30, 9, 9, 11, 10, 14, 11});
    table.alignCentre(0);
    for (int column = 2; column <= 7; ++column)
        table.alignRight(column);
    CycleSummary::DoneShare total{tr("Total"), 0, 0};
    int number = 0;
    for (const CycleSummary::DoneShare &row : shares) {
        if (row.total == 0)
            continue;
        table.addRow({QString::number(++number), row.label, QString::number(row.total), QString::number(row.done),
                      QString::number(row.partlyDone), QString::number(row.notDone), QString::number(row.notEvaluated()),
                      share(row.done, row.total)});
        total.total += row.total;
        total.done += row.done;
        total.partlyDone += row.partlyDone;
        total.notDone += row.notDone;
    }
    table.addRow({QString(), total.label, QString::number(total.total), QString::number(total.done), QString::number(total.partlyDone),
                  QString::number(total.notDone), QString::number(total.notEvaluated()), share(total.done, total.total)});
    table.setFontPointSize(9.5);
    composer.table(table);
}

void RtlEvaluationSection::writeAgencyTable(DocumentComposer &composer) const
{
    writeShares(composer, tr("Agency (OPD)"), m_summary.byAgency);
    composer.note(tr("Only items with the status \"done\" count as done; partly done items do not. Items not evaluated are still "
                     "planned or in progress."));
}

void RtlEvaluationSection::writeTimingTable(DocumentComposer &composer) const
{
    writeShares(composer, tr("Timing"), m_summary.byTiming);
}

void RtlEvaluationSection::writeItems(DocumentComposer &composer) const
{
    DocumentTable table({tr("No."), tr("Case"), tr("Activity and target"), tr("Status"), tr("What was done and evidence"),
                         tr("Obstacle and next step")},
                        {5, 21, 23, 13, 20, 18});
    table.alignCentre(0);
    QString agency;
    int number = 0;
    for (const Item &item : m_items) {
        if (number == 0 || item.agencyName != agency) {
            agency = item.agencyName;
            table.addGroupRow(agency);
        }
        const ActionItem &action = item.row.item;
        QStringList activity{action.activity};
        if (!action.target.isEmpty())
            activity << tr("Target: %1").arg(action.target);
        QStringList status{enumName(action.status)};
        QStringList done;
        QStringList obstacle;
        if (item.evaluation) {
            status << DateText::shortDate(item.evaluation->evaluatedOn);
            if (!item.evaluation->whatWasDone.isEmpty())
                done << item.evaluation->whatWasDone;
            if (!item.evaluation->evidence.isEmpty())
                done << tr("Evidence: %1").arg(item.evaluation->evidence);
            if (!item.evaluation->obstacle.isEmpty())
                obstacle << item.evaluation->obstacle;
            if (!item.evaluation->nextStep.isEmpty())
                obstacle << tr("Next step: %1").arg(item.evaluation->nextStep);
        } else {
            done << tr("Not evaluated yet");
        }
        table.addRow({QString::number(++number), item.row.caseCode.isEmpty() ? tr("General") : item.row.caseCode,
                      activity.join(QLatin1Char('\n')), status.join(QLatin1Char('\n')), done.join(QLatin1Char('\n')),
                      obstacle.isEmpty() ? QStringLiteral("–") : obstacle.join(QLatin1Char('\n'))});
    }
    table.setFontPointSize(9);
    composer.table(table);
}
