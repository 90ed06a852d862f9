#include "importing/ImportRunner.h"

#include "importing/SubjectFields.h"
#include "storage/SubjectRepository.h"
#include "storage/Workspace.h"

#include <QHash>

Result<ImportRunner::Counts> ImportRunner::write(Workspace &workspace, const ImportPlan &plan, bool skipBad,
                                                 const std::function<bool(int, int)> &progress)
{
    Counts counts;
    const Status status = workspace.write([&]() -> Status {
        SubjectRepository subjects(workspace);
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
                auto existing = subjects.find(row.existingSubjectId);
                if (!existing)
                    return Error{existing.error()};
                subject = *existing;
            } else if (known) {
                subject = subjectOfLine.value(row.sameAsLine);
            }
            if (known) {
                const QList<ImportField> taken = row.fieldsTakenFromFile();
                for (ImportField field : taken)
                    SubjectFields::copy(row.subject, subject, field);
                if (!taken.isEmpty()) {
                    if (Status saved = subjects.save(subject); !saved)
                        return Error{tr("Line %1: %2").arg(row.line).arg(saved.error())};
                    for (ImportField field : taken) {
                        FieldSource source{{}, subject.id, SubjectFields::column(field), plan.source, false};
                        if (Status saved = subjects.save(source); !saved)
                            return saved;
                    }
                    ++counts.updatedSubjects;
                }
            } else {
                subject = row.subject;
                if (Status saved = subjects.save(subject); !saved)
                    return Error{tr("Line %1: %2").arg(row.line).arg(saved.error())};
                for (ImportField field : SubjectFields::identity()) {
                    if (SubjectFields::isEmpty(subject, field))
                        continue;
                    FieldSource source{{}, subject.id, SubjectFields::column(field), plan.source, false};
                    if (Status saved = subjects.save(source); !saved)
                        return saved;
                }
                ++counts.newSubjects;
            }
            subjectOfLine.insert(row.line, subject);
            if (known && row.sameAsLine)
                subjectOfLine.insert(row.sameAsLine, subject);  // later lines of that person see what this one changed
            if (row.measurement) {
                Measurement measurement = *row.measurement;
                measurement.subjectId = subject.id;
                if (Status saved = subjects.save(subject, measurement); !saved)
                    return Error{tr("Line %1: %2").arg(row.line).arg(saved.error())};
                ++counts.measurements;
            }
        }
        return {};
    });
    if (!status)
        return Error{status.error()};
    return counts;
}
