#include "growth/SubjectAssessment.h"

#include "growth/FamilyRiskScreen.h"
#include "growth/MaternalRiskScreen.h"
#include "growth/MeasurementAssessor.h"
#include "growth/NutritionalStatus.h"

#include <QLocale>

namespace {
QStringList childZScores(const Subject &subject, const Measurement &measurement)
{
    const auto input = MeasurementAssessor::childInput(subject, measurement);
    if (!input)
        return {SubjectAssessment::tr("Enter the birth date and a measurement date within 60 months of it to see z-scores.")};
    const ChildResult result = ChildZScores::compute(*input);
    const struct {
        ChildIndex index;
        const char *label;
    } shown[] = {{ChildIndex::LengthForAge, QT_TRANSLATE_NOOP("SubjectAssessment", "PB/U or TB/U")},
                 {ChildIndex::WeightForAge, QT_TRANSLATE_NOOP("SubjectAssessment", "BB/U")},
                 {ChildIndex::WeightForLength, QT_TRANSLATE_NOOP("SubjectAssessment", "BB/PB or BB/TB")},
                 {ChildIndex::BmiForAge, QT_TRANSLATE_NOOP("SubjectAssessment", "IMT/U")}};
    QStringList lines;
    for (const auto &item : shown) {
        const IndexResult &r = result[item.index];
        if (std::isnan(r.z))
            continue;
        const NutritionalCategory category = NutritionalStatus::categorise(item.index, r.z, r.flag == 1);
        lines << SubjectAssessment::tr("%1: z = %2 (%3)")
                     .arg(SubjectAssessment::tr(item.label), QLocale().toString(r.z, 'f', 2), NutritionalStatus::name(category));
    }
    if (lines.isEmpty())
        lines << SubjectAssessment::tr("No z-score yet: enter sex, weight and length or height.");
    return lines;
}
}

QStringList SubjectAssessment::describe(const Subject &subject, const std::optional<Measurement> &measurement,
                                        const RiskAnswerValues &answers, const RiskThresholds &thresholds)
{
    QStringList lines;
    if (isChildGroup(subject.group) && measurement)
        lines << childZScores(subject, *measurement);
    for (const RiskFinding &finding : risks(subject, measurement, answers, thresholds))
        lines << tr("%1 (%2)").arg(finding.description, finding.value);
    if (lines.isEmpty())
        lines << (measurement || !answers.isEmpty() ? tr("No risk found in these values.") : tr("No measurement or risk answers yet."));
    return lines;
}

QList<RiskFinding> SubjectAssessment::risks(const Subject &subject, const std::optional<Measurement> &measurement,
                                            const RiskAnswerValues &answers, const RiskThresholds &thresholds)
{
    QList<RiskFinding> found;
    if (!isChildGroup(subject.group)) {
        const QDate on = measurement && measurement->measuredOn.isValid() ? measurement->measuredOn : QDate::currentDate();
        const int age = subject.birthDate.isValid() && subject.birthDate <= on ? int(subject.birthDate.daysTo(on) / 365.25) : -1;
        found << MaternalRiskScreen::screen(subject.group, age, measurement.value_or(Measurement{}), answers, thresholds);
    }
    found << FamilyRiskScreen::screen(answers);
    return found;
}
