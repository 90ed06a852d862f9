#include "growth/SubjectAssessment.h"

#include "growth/MaternalRiskScreen.h"
#include "growth/MeasurementAssessor.h"
#include "growth/NutritionalStatus.h"

#include <QLocale>

QStringList SubjectAssessment::describe(const Subject &subject, const Measurement &measurement, const RiskThresholds &thresholds)
{
    QStringList lines;
    if (isChildGroup(subject.group)) {
        const auto input = MeasurementAssessor::childInput(subject, measurement);
        if (!input)
            return {tr("Enter the birth date and a measurement date within 60 months of it to see z-scores.")};
        const ChildResult result = ChildZScores::compute(*input);
        const struct {
            ChildIndex index;
            const char *label;
        } shown[] = {{ChildIndex::LengthForAge, QT_TR_NOOP("PB/U or TB/U")},
                     {ChildIndex::WeightForAge, QT_TR_NOOP("BB/U")},
                     {ChildIndex::WeightForLength, QT_TR_NOOP("BB/PB or BB/TB")},
                     {ChildIndex::BmiForAge, QT_TR_NOOP("IMT/U")}};
        for (const auto &item : shown) {
            const IndexResult &r = result[item.index];
            if (std::isnan(r.z))
                continue;
            const NutritionalCategory category = NutritionalStatus::categorise(item.index, r.z, r.flag == 1);
            lines << tr("%1: z = %2 (%3)").arg(tr(item.label), QLocale().toString(r.z, 'f', 2), NutritionalStatus::name(category));
        }
        if (lines.isEmpty())
            lines << tr("No z-score yet: enter sex, weight and length or height.");
        return lines;
    }
    for (const RiskFinding &finding : risks(subject, measurement, thresholds))
        lines << tr("%1 (%2)").arg(finding.description, finding.value);
    if (lines.isEmpty())
        lines << tr("No risk found in these values.");
    return lines;
}

QList<RiskFinding> SubjectAssessment::risks(const Subject &subject, const Measurement &measurement, const RiskThresholds &thresholds)
{
    const int age = subject.birthDate.isValid() && measurement.measuredOn.isValid()
                        ? int(subject.birthDate.daysTo(measurement.measuredOn) / 365.25)
                        : -1;
    return MaternalRiskScreen::screen(subject.group, age, measurement, {}, thresholds);
}
