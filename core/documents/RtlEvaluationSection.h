#pragma once

#include "Result.h"
#include "audit/CycleSummary.h"
#include "domain/ItemEvaluation.h"
#include "storage/RtlItemRow.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class DocumentComposer;
class Workspace;

// The evaluation of a cycle's follow-up plan (RTL), for the evaluation report and chapter VII of
// the cycle report: how many items each agency did, and each item with what was done. Items are
// shown by case code only. The caller writes the headings.
class RtlEvaluationSection {
    Q_DECLARE_TR_FUNCTIONS(RtlEvaluationSection)
public:
    static Result<RtlEvaluationSection> load(Workspace &workspace, qint64 cycleId);

    int itemCount() const { return int(m_items.size()); }
    const CycleSummary &summary() const { return m_summary; }

    // Items done, partly done, not done and not yet evaluated by agency, with a totals row.
    void writeAgencyTable(DocumentComposer &composer) const;
    // The same shares by timing (segera, terencana).
    void writeTimingTable(DocumentComposer &composer) const;
    // Every item by agency: case, activity, status, what was done with its evidence, obstacle, next step.
    void writeItems(DocumentComposer &composer) const;

    static QString share(int done, int total);  // "61,5 %", or a dash when there is nothing to share

private:
    struct Item {
        RtlItemRow row;
        QString agencyName;  // full name, as in the summary
        std::optional<ItemEvaluation> evaluation;
    };
    void writeShares(DocumentComposer &composer, const QString &firstColumn, const QList<CycleSummary::DoneShare> &shares) const;

    CycleSummary m_summary;
    QList<Item> m_items;  // by agency as the summary orders them, then by due date
};
