#include "growth/ZScoreExplanation.h"

#include "growth/MeasurementAssessor.h"

#include <QLocale>
#include <QStringList>

namespace {
QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}
}

QString ZScoreExplanation::indexName(ChildIndex index)
{
    switch (index) {
    case ChildIndex::LengthForAge: return tr("Length/height-for-age (PB/U, TB/U)");
    case ChildIndex::WeightForAge: return tr("Weight-for-age (BB/U)");
    case ChildIndex::WeightForLength: return tr("Weight-for-length/height (BB/PB, BB/TB)");
    case ChildIndex::BmiForAge: return tr("BMI-for-age (IMT/U)");
    case ChildIndex::HeadForAge: return tr("Head circumference-for-age");
    case ChildIndex::ArmForAge: return tr("Arm circumference-for-age");
    case ChildIndex::TricepsForAge: return tr("Triceps skinfold-for-age");
    case ChildIndex::SubscapularForAge: return tr("Subscapular skinfold-for-age");
    }
    return {};
}

QString ZScoreExplanation::explain(const ChildInput &input, ChildIndex index)
{
    const ChildResult result = ChildZScores::compute(input);
    const IndexResult &r = result[index];
    QStringList lines;
    lines << indexName(index);
    if (std::isnan(result.ageDays))
        lines << tr("Age: unknown");
    else
        lines << tr("Age: %1 days (%2 months)").arg(result.ageDays).arg(number(result.ageMonths, 1));
    if (index == ChildIndex::LengthForAge || index == ChildIndex::WeightForLength || index == ChildIndex::BmiForAge) {
        QString length = tr("Length/height used: %1 cm").arg(number(result.clenhei, 1));
        if (!std::isnan(input.lenhei) && result.clenhei != input.lenhei)
            length += QLatin1Char(' ') + (result.clenhei > input.lenhei ? tr("(measured standing, %1 cm added)") : tr("(measured lying, %1 cm subtracted)")).arg(number(0.7, 1));
        lines << length;
        if (result.c9moFlag)
            lines << tr("Measured standing before 9 months: the position is set aside");
    }
    if (index == ChildIndex::WeightForLength)
        lines << (r.lengthTable ? tr("Table: weight-for-length (45 to 110 cm)") : tr("Table: weight-for-height (65 to 120 cm)"));
    if (!std::isnan(r.measurement) && index != ChildIndex::LengthForAge)
        lines << tr("Value used: %1").arg(number(r.measurement, 2));
    return working(lines, r, tr("No z-score: a value is missing, out of the table's range, or excluded (oedema, age 60 months or more)"));
}

QString ZScoreExplanation::explain(const Who2007Input &input, ChildIndex index)
{
    const Who2007Result result = Who2007ZScores::compute(input);
    const IndexResult *r = index == ChildIndex::LengthForAge ? &result.heightForAge
                           : index == ChildIndex::WeightForAge ? &result.weightForAge
                           : index == ChildIndex::BmiForAge  ? &result.bmiForAge
                                                              : nullptr;
    if (!r)
        return {};
    QStringList lines;
    lines << (index == ChildIndex::LengthForAge ? tr("Height-for-age (TB/U)") : indexName(index));
    lines << tr("Standard: WHO Reference 2007 (5 to 19 years)");
    if (std::isnan(input.ageMonths)) {
        lines << tr("Age: unknown");
    } else {
        const double lower = std::trunc(input.ageMonths);
        lines << (input.ageMonths > lower ? tr("Age: %1 months (L, M and S interpolated between months %2 and %3)")
                                                .arg(number(input.ageMonths, 2))
                                                .arg(lower)
                                                .arg(lower + 1)
                                          : tr("Age: %1 months").arg(number(input.ageMonths, 2)));
    }
    if (!std::isnan(r->measurement))
        lines << tr("Value used: %1").arg(number(r->measurement, 2));
    return working(lines, *r, tr("No z-score: a value is missing, out of the table's range (60 to 228 months; weight-for-age to 120 months), or excluded (oedema)"));
}

QString ZScoreExplanation::explain(const Subject &subject, const Measurement &measurement, ChildIndex index)
{
    if (const auto input = MeasurementAssessor::childInput(subject, measurement))
        return explain(*input, index);
    if (const auto older = MeasurementAssessor::who2007Input(subject, measurement))
        return explain(*older, index);
    return {};
}

QString ZScoreExplanation::working(QStringList lines, const IndexResult &r, const QString &missing)
{
    if (r.lms.valid)
        lines << tr("L = %1, M = %2, S = %3").arg(number(r.lms.l, 4), number(r.lms.m, 4), number(r.lms.s, 5));
    if (std::isnan(r.z)) {
        lines << missing;
        return lines.join(QLatin1Char('\n'));
    }
    switch (r.branch) {
    case LmsFormula::Branch::Plain: lines << tr("Formula: z = ((y/M)^L - 1) / (S L)"); break;
    case LmsFormula::Branch::Restricted: lines << tr("Formula: z = ((y/M)^L - 1) / (S L), within ±3 SD"); break;
    case LmsFormula::Branch::AboveThree: lines << tr("Formula: above +3 SD, measured in units of the gap between +2 and +3 SD"); break;
    case LmsFormula::Branch::BelowMinusThree: lines << tr("Formula: below -3 SD, measured in units of the gap between -2 and -3 SD"); break;
    }
    lines << tr("z = %1 (unrounded %2)").arg(number(r.z, 2), number(r.raw, 4));
    lines << (r.flag == 1 ? tr("Flagged as implausible by WHO's rules: check the measurement") : tr("Not flagged"));
    return lines.join(QLatin1Char('\n'));
}
