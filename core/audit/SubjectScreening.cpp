#include "audit/SubjectScreening.h"

#include "growth/SubjectAssessment.h"

SubjectScreening SubjectScreening::of(const SubjectRow &row, const RiskAnswerValues &answers, const RiskThresholds &thresholds)
{
    SubjectScreening screening;
    Subject subject;
    subject.group = row.group;
    subject.sex = row.sex;
    subject.birthDate = row.birthDate;
    if (row.lastMeasurement || !answers.isEmpty())
        screening.findings = SubjectAssessment::describe(subject, row.lastMeasurement, answers, thresholds);
    if (isChildGroup(row.group)) {
        // The stored z-score decides "stunted"; the text shows the full screening.
        const auto &m = row.lastMeasurement;
        screening.atRisk = m && m->zLengthAge && *m->zLengthAge < -2 && !m->zFlags.contains(QStringLiteral("zlen"));
    } else {
        screening.atRisk = !SubjectAssessment::risks(subject, row.lastMeasurement, answers, thresholds).isEmpty();
    }
    return screening;
}
