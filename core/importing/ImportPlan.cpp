#include "importing/ImportPlan.h"

#include "importing/ImportRowChecker.h"

#include <QHash>

int ImportPlan::rejectedCount() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const ImportRow &row) { return row.isRejected(); }));
}

int ImportPlan::duplicateCount() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const ImportRow &row) { return row.isDuplicate(); }));
}

QList<ImportField> ImportPlan::requiredFields(TargetGroup group)
{
    if (isChildGroup(group))
        return {ImportField::Name, ImportField::Sex, ImportField::BirthDate, ImportField::Desa};
    return {ImportField::Name, ImportField::Desa};
}

Result<ImportPlan> ImportPlan::build(Workspace &workspace, const ImportTable &table, TargetGroup group, DataSource source,
                                     std::optional<ColumnMapping> mapping)
{
    auto lookup = ImportLookup::load(workspace, group);
    if (!lookup)
        return Error{lookup.error()};
    return build(*lookup, table, group, source, std::move(mapping));
}

Result<ImportPlan> ImportPlan::build(const ImportLookup &lookup, const ImportTable &table, TargetGroup group, DataSource source,
                                     std::optional<ColumnMapping> mapping, const std::function<bool(int, int)> &progress)
{
    ImportPlan plan;
    plan.group = group;
    plan.source = source;
    plan.header = table.header;
    plan.mapping = mapping ? *mapping : ColumnMapping::propose(table.header);
    QStringList missing;
    for (ImportField field : requiredFields(group)) {
        if (!plan.mapping.has(field))
            missing << enumName(field);
    }
    if (!missing.isEmpty())
        return Error{tr("The file has no column for: %1. Check the header line, or choose the columns.").arg(missing.join(QStringLiteral(", ")))};

    const ImportRowChecker checker(lookup, plan.mapping, group, source);
    plan.rows.reserve(table.rows.size());
    const int total = int(table.rows.size());
    for (const ImportTable::Row &line : table.rows) {
        if (progress && plan.rows.size() % 1000 == 0 && !progress(int(plan.rows.size()), total))
            return Error{tr("Reading the file was cancelled.")};
        plan.rows.append(checker.check(line));
    }
    plan.matchDuplicates(lookup);
    return plan;
}

void ImportPlan::matchDuplicates(const ImportLookup &lookup)
{
    QHash<QString, int> lineByNik;
    QHash<QString, int> lineByPerson;
    for (ImportRow &row : rows) {
        if (row.isRejected())
            continue;
        const Subject &s = row.subject;
        const QString key = ImportLookup::personKey(s.name, s.birthDate, s.desaId);
        if (!s.nik.isEmpty() && lookup.subjectWithNik(s.nik))
            row.existingSubjectId = lookup.subjectWithNik(s.nik);
        else if (const qint64 id = lookup.subjectLike(key))
            row.existingSubjectId = id;
        else if (!s.nik.isEmpty() && lineByNik.contains(s.nik))
            row.sameAsLine = lineByNik.value(s.nik);
        else if (lineByPerson.contains(key))
            row.sameAsLine = lineByPerson.value(key);
        if (row.existingSubjectId)
            row.warnings << tr("already in the workspace: the measurement is added to that subject");
        else if (row.sameAsLine)
            row.warnings << tr("the same person as line %1: the measurement is added to that subject").arg(row.sameAsLine);
        else {
            if (!s.nik.isEmpty())
                lineByNik.insert(s.nik, row.line);
            lineByPerson.insert(key, row.line);
        }
    }
}
