#include "audit/CaseRemovalSummary.h"

#include <QMap>

QStringList CaseRemovalSummary::lines(const CaseSnapshot &snapshot)
{
    // In the order a reader thinks of them; tables not named here are still listed, by table name.
    const QList<QPair<QString, const char *>> known = {
        {QStringLiteral("expert_review"), QT_TR_N_NOOP("%n expert review(s)")},
        {QStringLiteral("review_expert"), QT_TR_N_NOOP("%n reviewer(s) named on the review")},
        {QStringLiteral("worksheet_answer"), QT_TR_N_NOOP("%n worksheet answer(s)")},
        {QStringLiteral("review_cause"), QT_TR_N_NOOP("%n cause(s)")},
        {QStringLiteral("recommendation"), QT_TR_N_NOOP("%n recommendation(s)")},
        {QStringLiteral("action_item"), QT_TR_N_NOOP("%n RTL item(s)")},
        {QStringLiteral("item_evaluation"), QT_TR_N_NOOP("%n evaluation(s) of RTL items")},
        {QStringLiteral("agency_commitment"), QT_TR_N_NOOP("%n agency commitment(s) to RTL items")},
        {QStringLiteral("monitoring_visit"), QT_TR_N_NOOP("%n monitoring visit(s)")},
    };
    QMap<QString, int> counts;
    for (const SnapshotRow &row : snapshot.removed) {
        if (row.table != QLatin1String("audit_case"))
            ++counts[row.table];
    }
    QStringList lines;
    for (const auto &[table, text] : known) {
        if (const int count = counts.take(table); count > 0)
            lines.append(tr(text, nullptr, count));
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        lines.append(tr("%1: %n record(s)", nullptr, it.value()).arg(it.key()));
    if (!snapshot.detached.isEmpty())
        lines.append(tr("%n other record(s) keep their place but lose their link to it", nullptr, int(snapshot.detached.size())));
    return lines;
}
