#include "importing/RejectedRowsFile.h"

#include "exporting/CsvTableWriter.h"

Result<int> RejectedRowsFile::write(const ImportPlan &plan, const QString &path)
{
    ExportTable table;
    table.header = QStringList(plan.header) << tr("Line") << tr("Problems");
    for (const ImportRow &row : plan.rows) {
        if (!row.isRejected())
            continue;
        QVariantList fields;
        for (int column = 0; column < plan.header.size(); ++column)
            fields << (column < row.cells.size() ? row.cells.at(column) : QString());
        fields << QString::number(row.line) << row.problems.join(QStringLiteral("; "));
        table.rows << fields;
    }
    if (Status written = CsvTableWriter::write(table, path); !written)
        return Error{written.error()};
    return int(table.rows.size());
}
