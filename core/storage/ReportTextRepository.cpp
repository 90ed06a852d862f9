#include "storage/ReportTextRepository.h"

#include "storage/QueryRows.h"
#include "storage/TableWriter.h"
#include "storage/Workspace.h"

#include <QSet>
#include <algorithm>

Result<QList<ReportText>> ReportTextRepository::forCycle(qint64 cycleId) const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM report_text WHERE cycle_id = :cycle"));
    query.bind(QStringLiteral(":cycle"), cycleId);
    QSet<qint64> unknown;  // parts a later version of Tuntas wrote: kept in the file, not shown
    auto rows = QueryRows::list<ReportText>(query, [&](const SqlQuery &q, ReportText &text) {
        text.cycleId = q.value(QStringLiteral("cycle_id")).toLongLong();
        const auto part = enumFromCode<ReportPart>(q.value(QStringLiteral("part")).toString());
        if (!part)
            unknown.insert(text.id);
        text.part = part.value_or(ReportPart::Background);
        text.body = q.value(QStringLiteral("body")).toString();
    });
    if (!rows)
        return rows;
    QList<ReportText> texts;
    for (const ReportText &text : *rows) {
        if (!unknown.contains(text.id))
            texts.append(text);
    }
    std::sort(texts.begin(), texts.end(), [](const ReportText &a, const ReportText &b) { return a.part < b.part; });
    return texts;
}

Status ReportTextRepository::save(ReportText &text)
{
    if (text.cycleId <= 0)
        return Error{tr("A report text belongs to a cycle.")};
    ReportText draft = text;
    Status status = m_workspace.write([&]() -> Status {
        // The row of this cycle and part, whether or not the caller knows it.
        SqlQuery existing(m_workspace, QStringLiteral("SELECT id, uuid, created_at FROM report_text WHERE cycle_id = :cycle AND part = :part"));
        existing.bind(QStringLiteral(":cycle"), draft.cycleId).bind(QStringLiteral(":part"), enumCode(draft.part));
        if (Status found = existing.exec(); !found)
            return found;
        if (existing.next()) {
            draft.id = existing.value(0).toLongLong();
            draft.uuid = existing.value(1).toString();
            draft.createdAt = SqlValue::toDateTime(existing.value(2));
        } else {
            draft.id = 0;
        }
        return TableWriter::save(m_workspace, QStringLiteral("report_text"), draft,
                                 {{QStringLiteral("cycle_id"), draft.cycleId},
                                  {QStringLiteral("part"), enumCode(draft.part)},
                                  {QStringLiteral("body"), draft.body}});
    });
    if (status)
        text = draft;
    return status;
}

Status ReportTextRepository::save(QList<ReportText> &texts)
{
    QList<ReportText> draft = texts;
    Status status = m_workspace.write([&]() -> Status {
        for (ReportText &text : draft) {
            if (Status stored = save(text); !stored)
                return stored;
        }
        return {};
    });
    if (status)
        texts = draft;
    return status;
}
