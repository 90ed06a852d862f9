#include "storage/PrintRecordRepository.h"

#include "storage/QueryRows.h"
#include "storage/SqlValue.h"
#include "storage/TableWriter.h"
#include "storage/Workspace.h"

Status PrintRecordRepository::add(PrintRecord &record)
{
    record.id = 0;
    return m_workspace.write([&]() -> Status {
        return TableWriter::save(m_workspace, QStringLiteral("print_record"), record,
                                 {{QStringLiteral("document_kind"), record.documentKind},
                                  {QStringLiteral("cycle_id"), SqlValue::id(record.cycleId)},
                                  {QStringLiteral("case_code"), record.caseCode},
                                  {QStringLiteral("printed_by"), record.printedBy},
                                  {QStringLiteral("printed_at"), SqlValue::from(record.printedAt)},
                                  {QStringLiteral("destination"), record.destination}});
    });
}

Result<QList<PrintRecord>> PrintRecordRepository::all() const
{
    SqlQuery query(m_workspace, QStringLiteral("SELECT * FROM print_record ORDER BY printed_at DESC, id DESC"));
    return QueryRows::list<PrintRecord>(query, [](const SqlQuery &q, PrintRecord &r) {
        r.documentKind = q.value(QStringLiteral("document_kind")).toString();
        r.cycleId = q.value(QStringLiteral("cycle_id")).toLongLong();
        r.caseCode = q.value(QStringLiteral("case_code")).toString();
        r.printedBy = q.value(QStringLiteral("printed_by")).toString();
        r.printedAt = SqlValue::toDateTime(q.value(QStringLiteral("printed_at")));
        r.destination = q.value(QStringLiteral("destination")).toString();
    });
}
