#include "importing/ImportRunner.h"

#include "importing/SubjectFields.h"
#include "storage/SubjectBatchWriter.h"
#include "storage/SubjectRepository.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QSet>

namespace {
// The columns of the identity fields the subject has a value for: the fields the file gave.
QStringList givenFields(const Subject &subject)
{
    QStringList fields;
    for (ImportField field : SubjectFields::identity()) {
        if (!SubjectFields::isEmpty(subject, field))
            fields << SubjectFields::column(field);
    }
    return fields;
}

// The lines that later lines join: only their subjects need keeping at hand.
QSet<int> joinedLines(const ImportPlan &plan)
{
    QSet<int> lines;
    for (const ImportRow &row : plan.rows) {
        if (row.sameAsLine)
            lines.insert(row.sameAsLine);
    }
    return lines;
}

// The people already in the workspace that rows join, read in one query.
Result<QHash<qint64, Subject>> knownSubjects(const SubjectRepository &subjects, const ImportPlan &plan)
{
    QList<qint64> ids;
    for (const ImportRow &row : plan.rows) {
        if (row.existingSubjectId)
            ids << row.existingSubjectId;
    }
    QHash<qint64, Subject> byId;
    if (ids.isEmpty())
        return byId;
    auto found = subjects.find(ids);
    if (!found)
        return Error{found.error()};
    for (const Subject &subject : *found)
        byId.insert(subject.id, subject);
    return byId;
}
}

Result<ImportRunner::Counts> ImportRunner::write(Workspace &workspace, const ImportPlan &plan, bool skipBad,
                                                 const std::function<bool(int, int)> &progress)
{
    Counts counts;
    const Status status = workspace.write([&]() -> Status {
        SubjectRepository subjects(workspace);
        SubjectBatchWriter batch(workspace);
        auto preloaded = knownSubjects(subjects, plan);
        if (!preloaded)
            return Error{preloaded.error()};
        QHash<qint64, Subject> &existingSubjects = *preloaded;
        const QSet<int> joined = joinedLines(plan);
        QHash<int, Subject> subjectOfLine;
        int done = 0;
        for (const ImportRow &row : plan.rows) {
            if (progress && !progress(done, int(plan.rows.size())))
                return Error{tr("The import was cancelled; nothing was stored.")};
            ++done;
            if (!row.problems.isEmpty()) {
                if (!skipBad)
                    return Error{tr("Line %1: %2. Nothing was stored.").arg(row.line).arg(row.problems.join(QStringLiteral(", ")))};
                ++counts.skipped;
                continue;
            }
            Subject subject;
            const bool known = row.isDuplicate() && row.choice != DuplicateChoice::KeepBoth;
            if (known && row.existingSubjectId) {
                if (!existingSubjects.contains(row.existingSubjectId))
                    return Error{tr("Line %1: the subject it joins is no longer in the workspace.").arg(row.line)};
                subject = existingSubjects.value(row.existingSubjectId);
            } else if (known) {
                subject = subjectOfLine.value(row.sameAsLine);
            }
            if (known) {
                const QList<ImportField> taken = row.fieldsTakenFromFile();
                for (ImportField field : taken)
                    SubjectFields::copy(row.subject, subject, field);
                if (!taken.isEmpty()) {
                    // The repository reads and writes the subject and its measurements: the rows
                    // given to the batch so far must be in the workspace first.
                    if (Status flushed = batch.flush(); !flushed)
                        return flushed;
                    if (Status saved = subjects.save(subject); !saved)
                        return Error{tr("Line %1: %2").arg(row.line).arg(saved.error())};
                    for (ImportField field : taken) {
                        FieldSource source{{}, subject.id, SubjectFields::column(field), plan.source, false};
                        if (Status saved = subjects.save(source); !saved)
                            return saved;
                    }
                    if (existingSubjects.contains(subject.id))
                        existingSubjects.insert(subject.id, subject);  // later lines of that person see what this one changed
                    ++counts.updatedSubjects;
                }
            } else {
                subject = row.subject;
                if (Status saved = batch.insert(subject, plan.source, givenFields(subject), row.line); !saved)
                    return saved;
                ++counts.newSubjects;
            }
            if (joined.contains(row.line))
                subjectOfLine.insert(row.line, subject);
            if (known && row.sameAsLine)
                subjectOfLine.insert(row.sameAsLine, subject);  // later lines of that person see what this one changed
            if (row.measurement) {
                Measurement measurement = *row.measurement;
                measurement.subjectId = subject.id;
                if (Status saved = batch.insert(subject, measurement, row.line); !saved)
                    return saved;
                ++counts.measurements;
            }
        }
        return batch.flush();
    });
    if (!status)
        return Error{status.error()};
    return counts;
}
